import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { personalMessage } from '../../test-support/activities.ts';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe('a message Teams delivers again (same id)', () => {
  it('is answered once; another message, or the same id in another conversation, is answered as usual', async () => {
    bot = await startTestBot();
    const message = personalMessage('wat is de kindcheck?');
    for (let i = 0; i < 3; i++) expect((await bot.post(message)).status).toBe(200);
    expect(bot.connector.messages()).toHaveLength(1);
    expect(bot.logs.filter((l) => l['event'] === 'message-replayed')).toHaveLength(2);

    await bot.post(personalMessage('wat is de kindcheck?'));
    expect(bot.connector.messages()).toHaveLength(2);
    await bot.post({ ...message, conversation: { ...message.conversation, id: `${message.conversation.id}-other` } });
    expect(bot.connector.messages()).toHaveLength(3);
  });
});
