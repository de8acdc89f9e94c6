import { createHmac, createPublicKey } from 'node:crypto';
import { SignJWT } from 'jose';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import {
  channelToken,
  ISSUER,
  KEYS_PATH,
  makeSigningKey,
  OPENID_PATH,
  OPENID_URL,
  serveTokenEndpoint,
  type BotFrameworkKeys,
} from '../../test-support/botFrameworkAuth.ts';
import { personalMessage, SERVICE_URL } from '../../test-support/activities.ts';

/**
 * One test per way a request can fail authentication. Every one must be a 401 (never a 500: botbuilder
 * rethrows jsonwebtoken's errors without a status, bot/teams/adapter.ts failClosed maps them), send nothing
 * to the connector, and leave the process serving: the last test sends a valid request.
 *
 * botbuilder caches the OpenID metadata per process (JwtTokenExtractor.openIdMetadataCache); vitest runs each
 * file in its own fork, so this file serves its keys once, and authKeysUnavailable.test.ts tests missing keys.
 */
const APP_ID = '0d7e3f1a-5b2c-4d6e-8f90-123456789abc';
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

let bot: TestBot;
let keys: BotFrameworkKeys;
/** In the JWKS, but endorsed for another channel only. */
let webchatKey: BotFrameworkKeys;
/** Not in the JWKS at all. */
let strangerKey: BotFrameworkKeys;

beforeAll(async () => {
  keys = await makeSigningKey('test-key-1');
  webchatKey = await makeSigningKey('webchat-only-key');
  strangerKey = await makeSigningKey('stranger-key');
  bot = await startTestBot({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret-not-real' } });
  nock(OPENID_URL)
    .persist()
    .get(OPENID_PATH)
    .reply(200, { issuer: ISSUER, jwks_uri: `${OPENID_URL}${KEYS_PATH}`, id_token_signing_alg_values_supported: ['RS256'] })
    .get(KEYS_PATH)
    .reply(200, { keys: [{ ...keys.jwk, endorsements: ['msteams'] }, { ...webchatKey.jwk, endorsements: ['webchat'] }] });
  serveTokenEndpoint();
});
afterAll(async () => {
  await bot.stop();
});

const valid = () => channelToken(keys, { appId: APP_ID, serviceUrl: SERVICE_URL });
const payload = () => {
  const now = Math.floor(Date.now() / 1000);
  return { iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, iat: now - 10, nbf: now - 10, exp: now + 3600 };
};

async function expectRefused(headers: Record<string, string>) {
  bot.connector.reset();
  const res = await bot.post(personalMessage('wat is de meldcode?'), { headers });
  expect(res.status).toBe(401);
  expect(bot.connector.calls).toHaveLength(0);
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('a request to /api/messages with credentials configured', () => {
  it('is answered with a valid channel token (the baseline)', async () => {
    const res = await bot.post(personalMessage('wat is de meldcode?'), { token: await valid() });
    expect(res.status).toBe(200);
    expect(cardText(bot.connector.messages()[0]?.body.attachments)).toMatch(/meldcode/i);
  });

  it('without an Authorization header: 401', async () => {
    await expectRefused({});
  });

  it('with a garbage token: 401', async () => {
    await expectRefused(bearer('not-a-jwt'));
    await expectRefused({ authorization: 'Basic dXNlcjpwYXNz' });
    await expectRefused(bearer('a.b.c'));
  });

  it('with an expired token (beyond the 5 minutes of clock tolerance): 401', async () => {
    await expectRefused(bearer(await channelToken(keys, { appId: APP_ID, serviceUrl: SERVICE_URL, expiresInSeconds: -600 })));
  });

  it('with a token that is not valid yet (nbf 10 minutes ahead): 401', async () => {
    // jsonwebtoken's NotBeforeError is rethrown by botbuilder without a status: a 500 without failClosed.
    await expectRefused(bearer(await channelToken(keys, { appId: APP_ID, serviceUrl: SERVICE_URL, notBeforeOffsetSeconds: 600 })));
  });

  it('with a token for another bot (wrong audience): 401', async () => {
    await expectRefused(bearer(await channelToken(keys, { appId: APP_ID, serviceUrl: SERVICE_URL, audience: '99999999-9999-4999-8999-999999999999' })));
  });

  it('with a token from another issuer: 401', async () => {
    await expectRefused(bearer(await channelToken(keys, { appId: APP_ID, serviceUrl: SERVICE_URL, issuer: 'https://evil.example.com' })));
  });

  it('signed by a key whose kid is not in the JWKS: 401', async () => {
    await expectRefused(bearer(await channelToken(strangerKey, { appId: APP_ID, serviceUrl: SERVICE_URL })));
  });

  it('signed by another key that claims a known kid (bad signature): 401', async () => {
    const forged = await new SignJWT(payload()).setProtectedHeader({ alg: 'RS256', kid: keys.kid, typ: 'JWT' }).sign(strangerKey.privateKey);
    await expectRefused(bearer(forged));
  });

  it('with alg "none" and no signature: 401', async () => {
    const unsigned = `${b64url({ alg: 'none', kid: keys.kid, typ: 'JWT' })}.${b64url(payload())}.`;
    await expectRefused(bearer(unsigned));
  });

  it('with HS256, using the public key as the HMAC secret (algorithm confusion): 401', async () => {
    // The secret is the public key exactly as botbuilder turns the JWK into PEM (PKCS#1, rsa-pem-from-mod-exp).
    const pem = createPublicKey({ key: keys.jwk as import('node:crypto').JsonWebKey, format: 'jwk' }).export({ type: 'pkcs1', format: 'pem' }).toString();
    const head = `${b64url({ alg: 'HS256', kid: keys.kid, typ: 'JWT' })}.${b64url(payload())}`;
    const sig = createHmac('sha256', pem).update(head).digest('base64url');
    await expectRefused(bearer(`${head}.${sig}`));
  });

  it('with a serviceurl claim that is not the activity serviceUrl: 401', async () => {
    await expectRefused(bearer(await channelToken(keys, { appId: APP_ID, serviceUrl: 'https://evil.example.com/teams/' })));
  });

  it('signed by a key that is not endorsed for msteams: 401', async () => {
    await expectRefused(bearer(await channelToken(webchatKey, { appId: APP_ID, serviceUrl: SERVICE_URL })));
  });

  it('logs each refusal without the token, and stays up: a valid request is still answered', async () => {
    const refusals = bot.logs.filter((l) => l.event === 'auth-refused');
    expect(refusals.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(bot.logs)).not.toMatch(/eyJ[\w-]{10,}/); // no JWT in any log line
    bot.connector.reset();
    const res = await bot.post(personalMessage('wat is de meldcode?'), { token: await valid() });
    expect(res.status).toBe(200);
    expect(bot.connector.messages()).toHaveLength(1);
  });
});
