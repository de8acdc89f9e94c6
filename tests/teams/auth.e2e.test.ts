import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { channelToken, makeSigningKey, serveBotFrameworkMetadata, serveTokenEndpoint, type BotFrameworkKeys } from '../../test-support/botFrameworkAuth.ts';
import { personalMessage, SERVICE_URL } from '../../test-support/activities.ts';

const APP_ID = '0d7e3f1a-5b2c-4d6e-8f90-123456789abc';

describe('with Bot Framework credentials (JWT validation on)', () => {
  let bot: TestBot;
  let keys: BotFrameworkKeys;

  beforeAll(async () => {
    keys = await makeSigningKey();
    bot = await startTestBot({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret-not-real' } });
    serveBotFrameworkMetadata(keys);
    serveTokenEndpoint();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('answers an activity with a valid channel token, and authenticates its reply to the connector', async () => {
    const token = await channelToken(keys, { appId: APP_ID, serviceUrl: SERVICE_URL });
    const res = await bot.post(personalMessage('wat is de meldcode?'), { token });
    expect(res.status).toBe(200);
    const reply = bot.connector.messages()[0];
    expect(cardText(reply?.body.attachments)).toMatch(/meldcode/i);
    expect(reply?.authorization).toBe('Bearer outgoing-test-token');
  });

  it('refuses an activity without a token with 401 and sends nothing', async () => {
    bot.connector.reset();
    const res = await bot.post(personalMessage('wat is de meldcode?'));
    expect(res.status).toBe(401);
    expect(bot.connector.calls).toHaveLength(0);
  });

  it('refuses a token for another bot (wrong audience) with 401', async () => {
    bot.connector.reset();
    const token = await channelToken(keys, { appId: APP_ID, serviceUrl: SERVICE_URL, audience: '99999999-9999-4999-8999-999999999999' });
    const res = await bot.post(personalMessage('wat is de meldcode?'), { token });
    expect(res.status).toBe(401);
    expect(bot.connector.calls).toHaveLength(0);
  });
});
