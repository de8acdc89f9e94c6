import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGroupStore } from '../../bot/groups/groupStore.ts';
import { startTestBot } from '../../test-support/harness.ts';
import { botAdded, botRemoved, CHANNEL, installationUpdate } from '../../test-support/activities.ts';

describe('when the bot is removed from a channel', () => {
  it.each([
    ['conversationUpdate (membersRemoved)', () => botRemoved('channel')],
    ['installationUpdate remove', () => installationUpdate('channel', 'remove')],
  ])('forgets the conversation and unlinks it from every group (%s)', async (_label, removal) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'mw-uninstall-'));
    const seed = await openGroupStore(dataDir);
    const group = await seed.create({ name: 'Netwerk aandachtsfunctionarissen' });
    await seed.link(group.id, CHANNEL);
    await seed.link(group.id, '19:other-channel@thread.tacv2');
    await seed.flush();

    const bot = await startTestBot({ dataDir });
    await bot.post(botAdded('channel'));
    const res = await bot.post(removal());
    expect(res.status).toBe(200);
    await bot.stop();

    const groups = JSON.parse(await readFile(path.join(dataDir, 'groups.json'), 'utf-8')) as { data: { groups: Array<{ linkedConversations: string[] }> } };
    expect(groups.data.groups[0]?.linkedConversations).toEqual(['19:other-channel@thread.tacv2']);
    const conversations = JSON.parse(await readFile(path.join(dataDir, 'conversations.json'), 'utf-8')) as { data: { conversations: Record<string, unknown> } };
    expect(conversations.data.conversations).toEqual({});
  });
});
