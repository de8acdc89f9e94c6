import { memoryLogger } from './memoryLogger.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { startApp, type App, type StartOptions } from '../bot/main.ts';
import type { Clock } from '../bot/platform/clock.ts';
import { SERVICE_URL } from './activities.ts';
import { stubConnector } from './connectorStub.ts';
import { channelToken, makeSigningKey, serveBotFrameworkMetadata, serveTokenEndpoint } from './botFrameworkAuth.ts';
import { sharedAnswers } from './sharedAnswers.ts';

export { sharedAnswers } from './sharedAnswers.ts';

/** More options for startApp (test-only features, timeouts, transport time). */
export type TestAppOptions = Pick<StartOptions, 'extraFeatures' | 'authTimeoutMs' | 'shutdownGraceMs' | 'transportClock' | 'deliveryRatePerSecond'>;

export interface TestBot {
  app: App;
  dataDir: string;
  connector: ReturnType<typeof stubConnector>;
  /** Every log line the bot wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  /** POSTs an activity to /api/messages; returns status and parsed body (for invokes). */
  post(activity: unknown, options?: { token?: string; rawBody?: string; headers?: Record<string, string> }): Promise<{ status: number; body: unknown }>;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export async function startTestBot(
  options: {
    env?: Record<string, string>;
    dataDir?: string;
    clock?: Clock;
    /** More options for startApp (test-only features, timeouts, transport time). */
    app?: TestAppOptions;
  } = {},
): Promise<TestBot> {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'meldwijzer-test-')));
  const connector = stubConnector(SERVICE_URL);
  const { log, logs } = memoryLogger('info');
  const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'info', ...options.env };
  const app = await startApp({
    env,
    answers: await sharedAnswers((env as { KNOWLEDGE_DIR?: string }).KNOWLEDGE_DIR),
    log,
    ...(options.clock ? { clock: options.clock } : {}),
    ...options.app,
  });
  return {
    app,
    dataDir,
    connector,
    logs,
    async post(activity, postOptions = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...postOptions.headers };
      if (postOptions.token) headers.authorization = `Bearer ${postOptions.token}`;
      const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers, body: postOptions.rawBody ?? JSON.stringify(activity) });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body };
    },
    async stop(stopOptions = {}) {
      await app.close();
      nock.cleanAll();
      if (!stopOptions.keepData && !options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The app id the JWT tests' bot runs under (a made-up GUID). */
export const TEST_APP_ID = '0d7e3f1a-5b2c-4d6e-8f90-123456789abc';

/**
 * A test bot with JWT validation on, as in Teams: a fresh signing key, the Bot Framework's OpenID metadata and keys
 * and the token endpoint served by nock, and `post` carrying a valid channel token unless the caller gives one.
 */
export async function startAuthedTestBot(
  options: { env?: Record<string, string>; clock?: Clock; app?: TestAppOptions } = {},
): Promise<TestBot> {
  const keys = await makeSigningKey();
  const started = await startTestBot({
    env: { MicrosoftAppId: TEST_APP_ID, MicrosoftAppPassword: 'test-secret-not-real', ...options.env },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.app ? { app: options.app } : {}),
  });
  serveBotFrameworkMetadata(keys);
  serveTokenEndpoint();
  const token = await channelToken(keys, { appId: TEST_APP_ID, serviceUrl: SERVICE_URL });
  return { ...started, post: (activity, postOptions) => started.post(activity, { token, ...postOptions }) };
}
