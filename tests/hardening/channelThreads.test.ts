import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BROADCAST_VERBS } from '../../cards/broadcastVerbs.ts';
import { openConversationStore } from '../../bot/platform/store/conversationStore.ts';
import { CHANNEL, groupMessage, LEADER, SERVICE_URL } from '../../test-support/activities.ts';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startAuthedTestBot, type TestBot } from '../../test-support/harness.ts';
import { cardsTo, click, FORM, LEADER_CHAT, leaderSays } from '../broadcasts/e2eKit.ts';

const thread = (n: number) => `${CHANNEL};messageid=17000000000${n}`;

let bot: TestBot | undefined;
let dir: string | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A mention of the bot in a channel: a new post (the channel's id) or a reply in a thread (the id with ;messageid=). */
function inChannel(conversationId: string) {
  const m = groupMessage('channel', 'wat is de meldcode?');
  return { ...m, conversation: { ...m.conversation, id: conversationId } };
}

describe('a channel where the bot is mentioned in several threads (JWT validation on)', () => {
  it('is one recipient: an update to every channel goes out once, as a new post in the channel; replies stay in their thread', async () => {
    const started = await startAuthedTestBot({ env: { PROJECT_LEADERS: LEADER.aadObjectId } });
    bot = started;

    for (const id of [thread(1), thread(2), thread(3), CHANNEL]) expect((await bot.post(inChannel(id))).status).toBe(200);
    // Each answer went where the question was asked.
    for (const id of [thread(1), thread(2), thread(3), CHANNEL]) expect(bot.connector.messages().filter((c) => c.conversationId === id)).toHaveLength(1);

    await leaderSays(bot, 'update');
    const preview = await click(bot, BROADCAST_VERBS.preview, { ...FORM, audience: 'channels' });
    expect(cardText(preview.card)).toMatch(/Ontvangers 1 chat of kanaal/);
    const confirm = cardActions(preview.card).find((a) => a.verb === BROADCAST_VERBS.confirm);
    bot.connector.reset();
    await click(bot, BROADCAST_VERBS.confirm, confirm?.data as Record<string, unknown>);
    await bot.app.idle();

    const updates = bot.connector.messages().filter((c) => c.conversationId !== LEADER_CHAT);
    expect(updates.map((c) => c.conversationId)).toEqual([CHANNEL]);
    expect(cardText(cardsTo(bot, CHANNEL, 'POST')[0])).toContain(FORM.title);
    expect(cardText(cardsTo(bot, LEADER_CHAT, 'PUT').at(-1))).toMatch(/Verstuurd 1 van 1/);
  });
});

describe('conversations.json written before channels were stored once (version 1)', () => {
  it('is migrated on load: one record per channel, earliest install, latest activity, active if any, an opt-out kept', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-threads-'));
    const record = (id: string, fields: Record<string, unknown>) => ({
      conversationId: id,
      conversationType: 'channel',
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      botId: '28:bot',
      title: 'Netwerk > Algemeen',
      installedAt: '2026-03-01T10:00:00.000Z',
      lastSeenAt: '2026-03-01T10:00:00.000Z',
      active: true,
      updatesOptOut: false,
      ...fields,
    });
    const personal = { ...record('a:1chat', {}), conversationType: 'personal', updatesOptOut: true };
    const v1 = {
      version: 1,
      data: {
        conversations: {
          [CHANNEL]: record(CHANNEL, { installedAt: '2026-02-01T09:00:00.000Z', lastSeenAt: '2026-02-01T09:00:00.000Z', active: false, inactiveReason: 'removed' }),
          [thread(1)]: record(thread(1), { installedAt: '2026-01-15T08:00:00.000Z', lastSeenAt: '2026-05-01T12:00:00.000Z', title: 'Netwerk > Algemeen (nieuw)' }),
          [thread(2)]: record(thread(2), { installedAt: '2026-04-01T08:00:00.000Z', lastSeenAt: '2026-04-01T08:00:00.000Z' }),
          'a:1chat': personal,
        },
      },
    };
    await writeFile(path.join(dir, 'conversations.json'), JSON.stringify(v1));

    const store = await openConversationStore(dir);
    expect(store.list().map((c) => c.conversationId).sort()).toEqual(['a:1chat', CHANNEL].sort());
    const channel = store.get(thread(3));
    expect(channel).toMatchObject({
      conversationId: CHANNEL,
      installedAt: '2026-01-15T08:00:00.000Z',
      lastSeenAt: '2026-05-01T12:00:00.000Z',
      active: true,
      title: 'Netwerk > Algemeen (nieuw)',
    });
    expect(channel?.inactiveReason).toBeUndefined();
    expect(store.get('a:1chat')?.updatesOptOut).toBe(true);

    // A thread seen later updates the channel's record, no new one; the file was migrated with a backup kept.
    await store.upsert({ conversationId: thread(9), conversationType: 'channel', channelId: 'msteams', serviceUrl: SERVICE_URL, botId: '28:bot' }, new Date('2026-06-01T00:00:00Z'));
    await store.flush();
    expect(store.list()).toHaveLength(2);
    const file = JSON.parse(await readFile(path.join(dir, 'conversations.json'), 'utf-8')) as { version: number; data: { conversations: Record<string, unknown> } };
    expect(file.version).toBe(2);
    expect(Object.keys(file.data.conversations).sort()).toEqual(['a:1chat', CHANNEL].sort());
  });

  it('keeps an opt-out when any duplicate of a conversation had one', async () => {
    const { mergeThreadRecords } = await import('../../bot/platform/store/conversationStore.ts');
    const merged = mergeThreadRecords({
      [CHANNEL]: { conversationId: CHANNEL, updatesOptOut: true, active: true, lastSeenAt: '2026-01-01T00:00:00.000Z' },
      [thread(1)]: { conversationId: thread(1), updatesOptOut: false, active: true, lastSeenAt: '2026-02-01T00:00:00.000Z' },
    });
    expect(merged).toEqual({ [CHANNEL]: expect.objectContaining({ updatesOptOut: true, active: true }) });
  });
});
