import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { groupMessage, personalMessage } from '../../test-support/activities.ts';
import type { Feature } from '../../bot/teams/feature.ts';

/**
 * The typing indicator goes out only when a reply is slow (not started within about 300 ms), never in a channel,
 * and the reply never waits for it.
 */
const slow: Feature = {
  name: 'test-slow',
  commands: [
    {
      verbs: ['traag'],
      description: 'test: answers after 800 ms',
      scopes: ['personal', 'groupChat', 'team'],
      run: async (turn) => {
        await new Promise((r) => setTimeout(r, 800));
        await turn.reply('Klaar.');
      },
    },
  ],
};

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ app: { extraFeatures: [slow] } });
});
afterAll(async () => {
  await bot.stop();
});
beforeEach(() => {
  bot.connector.calls.length = 0;
});

describe('typing indicator', () => {
  it('is not sent before an answer that is ready at once', async () => {
    await bot.post(personalMessage('help'));
    expect(bot.connector.calls.map((c) => c.body.type)).toEqual(['message']);
  });

  it('is sent while a slow reply is being made in a personal chat, before the reply', async () => {
    await bot.post(personalMessage('traag'));
    expect(bot.connector.calls.map((c) => c.body.type)).toEqual(['typing', 'message']);
    expect(bot.connector.messages()[0]?.body.text).toBe('Klaar.');
  });

  it('is sent for a slow reply in a group chat', async () => {
    await bot.post(groupMessage('groupChat', 'traag'));
    expect(bot.connector.calls.map((c) => c.body.type)).toEqual(['typing', 'message']);
  });

  it('is never sent in a channel, also not for a slow reply', async () => {
    await bot.post(groupMessage('channel', 'traag'));
    expect(bot.connector.calls.map((c) => c.body.type)).toEqual(['message']);
  });
});
