import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import nock from 'nock';
// Not botbuilder's public surface: its static cache of fetched signing keys (see forgetFetchedKeys).
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor.js';

/**
 * The Bot Framework's side of authentication, for tests: OpenID metadata and signing keys served by nock at
 * the real addresses botbuilder fetches, and channel tokens signed with our own key. Also stands in for the
 * token endpoint the bot calls to get a token for its replies.
 */
export const OPENID_URL = 'https://login.botframework.com';
export const OPENID_PATH = '/v1/.well-known/openidconfiguration';
export const KEYS_PATH = '/v1/.well-known/keys';
export const ISSUER = 'https://api.botframework.com';

export interface BotFrameworkKeys {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function makeSigningKey(kid = 'test-key-1'): Promise<BotFrameworkKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  return { kid, privateKey, jwk: { ...jwk, kid, kty: 'RSA', use: 'sig' } };
}

/** Serves metadata and keys (persisting), and the AAD token endpoint for outgoing calls. */
export function serveBotFrameworkMetadata(keys: BotFrameworkKeys, options: { endorsements?: string[] } = {}) {
  forgetFetchedKeys();
  const metadata = nock(OPENID_URL)
    .persist()
    .get(OPENID_PATH)
    .reply(200, {
      issuer: ISSUER,
      authorization_endpoint: 'https://invalid.botframework.com',
      jwks_uri: `${OPENID_URL}${KEYS_PATH}`,
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
    })
    .get(KEYS_PATH)
    .reply(200, { keys: [{ ...keys.jwk, endorsements: options.endorsements ?? ['msteams'] }] });
  return metadata;
}

export function serveTokenEndpoint() {
  // MSAL (used by botbuilder for the bot's own token) discovers the authority, then asks for a token.
  return nock('https://login.microsoftonline.com')
    .persist()
    .get(/\/discovery\/instance.*/)
    .reply(200, {
      tenant_discovery_endpoint: 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
      'api-version': '1.1',
      metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net'] }],
    })
    .get(/\/botframework\.com\/v2\.0\/\.well-known\/openid-configuration.*/)
    .reply(200, {
      token_endpoint: 'https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token',
      issuer: 'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0',
      authorization_endpoint: 'https://login.microsoftonline.com/botframework.com/oauth2/v2.0/authorize',
      jwks_uri: 'https://login.microsoftonline.com/botframework.com/discovery/v2.0/keys',
      response_types_supported: ['code'],
      end_session_endpoint: 'https://login.microsoftonline.com/botframework.com/oauth2/v2.0/logout',
    })
    .post(/\/botframework\.com\/oauth2\/v2\.0\/token.*/)
    .reply(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'outgoing-test-token' });
}

export interface TokenClaims {
  appId: string;
  serviceUrl: string;
  issuer?: string;
  audience?: string;
  expiresInSeconds?: number;
  notBeforeOffsetSeconds?: number;
}

/** A channel token as the Bot Framework issues it for an activity to our bot. */
export async function channelToken(keys: BotFrameworkKeys, claims: TokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ serviceurl: claims.serviceUrl })
    .setProtectedHeader({ alg: 'RS256', kid: keys.kid, typ: 'JWT' })
    .setIssuer(claims.issuer ?? ISSUER)
    .setAudience(claims.audience ?? claims.appId)
    .setIssuedAt(now - 10)
    .setNotBefore(now + (claims.notBeforeOffsetSeconds ?? -10))
    .setExpirationTime(now + (claims.expiresInSeconds ?? 3600))
    .sign(keys.privateKey);
}

/**
 * botbuilder keeps the keys it fetched in a static cache per metadata address and fetches again only after an
 * hour. Test files that share modules in one worker (vitest.config.ts, project "shared") each make their own key
 * under the same key id, so the keys served now replace whatever an earlier file left in that cache.
 */
function forgetFetchedKeys(): void {
  (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, unknown> }).openIdMetadataCache.clear();
}
