import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import {
  channelToken,
  ISSUER,
  KEYS_PATH,
  makeSigningKey,
  OPENID_PATH,
  OPENID_URL,
  serveBotFrameworkMetadata,
  serveTokenEndpoint,
  type BotFrameworkKeys,
} from '../../test-support/botFrameworkAuth.ts';
import { personalMessage, SERVICE_URL } from '../../test-support/activities.ts';

/**
 * When the Bot Framework's signing keys cannot be fetched, nothing is let through: a request with a token that
 * would be valid is refused (401), not processed and not a 500. Its own file (its own process): botbuilder
 * caches keys per process once a fetch succeeds, and here no fetch may have succeeded before the last test.
 */
const APP_ID = '0d7e3f1a-5b2c-4d6e-8f90-123456789abc';
let bot: TestBot;
let keys: BotFrameworkKeys;

beforeAll(async () => {
  keys = await makeSigningKey();
  bot = await startTestBot({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret-not-real' }, app: { authTimeoutMs: 1500 } });
  serveTokenEndpoint();
});
afterAll(async () => {
  await bot.stop();
});

async function expectRefusedWithValidToken() {
  bot.connector.reset();
  const token = await channelToken(keys, { appId: APP_ID, serviceUrl: SERVICE_URL });
  const res = await bot.post(personalMessage('wat is de meldcode?'), { token });
  expect(res.status).toBe(401);
  expect(bot.connector.calls).toHaveLength(0);
  expect(bot.logs.at(-1)?.event).toBe('auth-keys-unavailable');
}

describe('signing keys that cannot be fetched', () => {
  it('OpenID metadata answers 500: refused with 401', async () => {
    const scope = nock(OPENID_URL).get(OPENID_PATH).reply(500, 'down');
    await expectRefusedWithValidToken();
    expect(scope.isDone()).toBe(true);
  });

  it('the key set answers 500: refused with 401', async () => {
    const scope = nock(OPENID_URL).get(OPENID_PATH).reply(200, { issuer: ISSUER, jwks_uri: `${OPENID_URL}${KEYS_PATH}` }).get(KEYS_PATH).reply(503);
    await expectRefusedWithValidToken();
    expect(scope.isDone()).toBe(true);
  });

  it('network error (host unreachable): refused with 401, not 500', async () => {
    // No interceptor: nock's disallowed connection makes node-fetch reject with FetchError (ENETUNREACH), which
    // escapes botbuilder without a status: a 500 without failClosed.
    await expectRefusedWithValidToken();
  });

  it('a key server that never answers: refused with 401 after the auth timeout, not held open', async () => {
    const scope = nock(OPENID_URL).get(OPENID_PATH).delay(60_000).reply(200, {});
    const started = Date.now();
    await expectRefusedWithValidToken();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(scope.isDone()).toBe(true);
  });

  it('metadata that is not JSON: refused with 401', async () => {
    const scope = nock(OPENID_URL).get(OPENID_PATH).reply(200, '<html>captive portal</html>');
    await expectRefusedWithValidToken();
    expect(scope.isDone()).toBe(true);
  });

  it('once the keys can be fetched again, a valid request is answered (the process stayed up)', async () => {
    serveBotFrameworkMetadata(keys);
    bot.connector.reset();
    const token = await channelToken(keys, { appId: APP_ID, serviceUrl: SERVICE_URL });
    const res = await bot.post(personalMessage('wat is de meldcode?'), { token });
    expect(res.status).toBe(200);
    expect(bot.connector.messages()).toHaveLength(1);
  });
});
