import path from 'node:path';
import os from 'node:os';
import { openConversationStore } from '../bot/platform/store/conversationStore.ts';
import { openPgDatabase } from '../bot/platform/store/pgDatabase.ts';
import { postgresBackend } from '../bot/platform/store/pgStore.ts';
import { BOT_ID, BOT_NAME, LEADER, TENANT_ID } from './activities.ts';

/**
 * What the two-instance test (tests/scale) and the scaled benchmark (bench/scaled.ts) both need: the environment of a
 * bot process in the scaled mode, and people who installed the app, written through the bot's own PostgreSQL store.
 */
const root = path.resolve(import.meta.dirname, '..');

export interface ScaledEnvOptions {
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
}

/** Local mode (no credentials), the project leader of activities.ts, the stores in PostgreSQL and sending on Redis. */
export function scaledBotEnv(o: ScaledEnvOptions): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? os.tmpdir(),
    NODE_ENV: 'development',
    PORT: String(o.port),
    HOST: '127.0.0.1',
    DATA_DIR: o.dataDir,
    KNOWLEDGE_DIR: path.join(root, 'knowledge'),
    LOG_LEVEL: 'warn',
    PROJECT_LEADERS: LEADER.aadObjectId,
    DATABASE_URL: o.databaseUrl,
    REDIS_URL: o.redisUrl,
  };
}

/** The Entra object id of seeded person `i`. */
export const seededPerson = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/**
 * Personal chats of people who installed the app, and the leader's own chat, as the bot stores them; in batches, so
 * 5,000 do not queue up as one write. Returns the conversation ids, in the order of `seededPerson`.
 */
export async function seedPersonalChats(o: { databaseUrl: string; serviceUrl: string; count: number; idOf: (i: number) => string; leaderChat: string }): Promise<string[]> {
  const db = await openPgDatabase({ url: o.databaseUrl });
  try {
    const conversations = await openConversationStore(postgresBackend(db));
    const add = (conversationId: string, aad: string) =>
      conversations.upsert({ conversationId, conversationType: 'personal', channelId: 'msteams', serviceUrl: o.serviceUrl, tenantId: TENANT_ID, botId: BOT_ID, botName: BOT_NAME, userAadObjectId: aad });
    await add(o.leaderChat, LEADER.aadObjectId);
    const ids = Array.from({ length: o.count }, (_, i) => o.idOf(i));
    for (let from = 0; from < o.count; from += 500) await Promise.all(ids.slice(from, from + 500).map((id, k) => add(id, seededPerson(from + k))));
    await conversations.flush();
    return ids;
  } finally {
    await db.close();
  }
}
