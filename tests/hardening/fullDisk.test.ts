import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { personalMessage } from '../../test-support/activities.ts';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe('a message with danger when the conversation cannot be saved (full or read-only disk)', () => {
  it('still gets the emergency card first, and the failed save is logged without the message text', async () => {
    bot = await startTestBot();
    // A directory where the conversations file is: every write of it fails, as on a full disk.
    const file = path.join(bot.dataDir, 'conversations.json');
    await rm(file, { force: true });
    await mkdir(path.join(file, 'blocker'), { recursive: true });

    const text = 'mijn vriend staat nu met een mes voor de deur en schreeuwt dat hij me vermoordt';
    const res = await bot.post(personalMessage(text));
    expect(res.status).toBe(200);
    const [first] = bot.connector.cards();
    expect(cardActions(first).map((a) => a.url)).toContain('tel:112');
    expect(cardText(first)).toMatch(/112/);
    const logged = bot.logs.map((l) => JSON.stringify(l)).join('\n');
    expect(logged).toContain('conversation-save-failed');
    expect(logged).not.toContain('vermoordt');
  });
});
