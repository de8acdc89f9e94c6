import { memoryLogger } from '../../test-support/memoryLogger.ts';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RecipientRecord } from '../../bot/broadcasts/broadcastStore.ts';
import { DeliveryError } from '../../bot/platform/delivery/deliveryError.ts';
import type { OutgoingCard, ProactiveSender } from '../../bot/platform/delivery/proactiveSender.ts';
import { openConversationStore, type ConversationRecord, type ConversationStore } from '../../bot/platform/store/conversationStore.ts';

export const tempDir = () => mkdtemp(path.join(tmpdir(), 'meldwijzer-bc-'));

export function silentLog() {
  const { log, logs } = memoryLogger('info');
  return { log, lines: logs };
}

/** An answer the fake connector gives: ok, or an HTTP status (with Retry-After in ms), or hang. */
export type Reply = 'ok' | 'hang' | { status: number; retryAfterMs?: number } | { network: true };

export interface FakeSender extends ProactiveSender {
  /** Successful sends per conversation id (what the recipient saw). */
  readonly delivered: Map<string, number>;
  /** Every attempt, in order. */
  readonly attempts: Array<{ conversationId: string; at: number }>;
  inFlight: number;
  maxInFlight: number;
  /** Releases hanging sends (each resolves as delivered). */
  releaseHanging(): void;
}

/**
 * A connector stand-in. `script(conversationId, attempt)` decides each answer; latency in ms.
 * A "delivered" count goes up when the fake Teams accepts the message (before the answer travels back).
 */
export function fakeSender(script: (conversationId: string, attempt: number) => Reply = () => 'ok', latencyMs = 1, now: () => number = Date.now): FakeSender {
  const delivered = new Map<string, number>();
  const attempts: Array<{ conversationId: string; at: number }> = [];
  const perConv = new Map<string, number>();
  const hanging: Array<() => void> = [];
  const sender: FakeSender = {
    delivered,
    attempts,
    inFlight: 0,
    maxInFlight: 0,
    releaseHanging() {
      for (const h of hanging.splice(0)) h();
    },
    async send(c: ConversationRecord, _m: OutgoingCard) {
      const n = (perConv.get(c.conversationId) ?? 0) + 1;
      perConv.set(c.conversationId, n);
      attempts.push({ conversationId: c.conversationId, at: now() });
      sender.inFlight++;
      sender.maxInFlight = Math.max(sender.maxInFlight, sender.inFlight);
      try {
        const reply = script(c.conversationId, n);
        if (reply === 'hang') {
          delivered.set(c.conversationId, (delivered.get(c.conversationId) ?? 0) + 1);
          await new Promise<void>((r) => hanging.push(r));
          return { activityId: `act-${n}` };
        }
        await new Promise((r) => setTimeout(r, latencyMs));
        if (reply === 'ok') {
          delivered.set(c.conversationId, (delivered.get(c.conversationId) ?? 0) + 1);
          return { activityId: `act-${n}` };
        }
        if ('network' in reply) throw new DeliveryError('ECONNRESET', undefined, undefined);
        throw new DeliveryError(`HTTP ${reply.status}`, reply.status, reply.retryAfterMs);
      } finally {
        sender.inFlight--;
      }
    },
    async update() {},
  };
  return sender;
}

/** n conversation records written straight into conversations.json (one upsert per record would be slow), then opened. */
export async function seededConversations(dir: string, n: number, options: { type?: ConversationRecord['conversationType']; prefix?: string } = {}): Promise<{ store: ConversationStore; ids: string[] }> {
  const now = new Date().toISOString();
  const conversations: Record<string, ConversationRecord> = {};
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const type = options.type ?? 'personal';
    const id = `${options.prefix ?? 'a:1conv'}-${i}`;
    ids.push(id);
    conversations[id] = {
      conversationId: id,
      conversationType: type,
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      botId: '28:bot',
      ...(type === 'personal' ? { userAadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` } : {}),
      installedAt: now,
      lastSeenAt: now,
      active: true,
      updatesOptOut: false,
    };
  }
  await writeFile(path.join(dir, 'conversations.json'), JSON.stringify({ version: 1, data: { conversations } }));
  return { store: await openConversationStore(dir), ids };
}

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, stepMs = 10): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

/** The delivery queue as it is on disk now (what a restart would see). */
export function queueOnDisk(dataDir: string, broadcastId: string): RecipientRecord[] {
  const dir = path.join(dataDir, 'broadcast-deliveries', broadcastId);
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf-8')) as { data: { resolvedAt?: string; parts: number } };
  if (!index.data.resolvedAt) return [];
  const out: RecipientRecord[] = [];
  for (let n = 0; n < index.data.parts; n++) {
    const part = JSON.parse(readFileSync(path.join(dir, `part-${String(n).padStart(4, '0')}.json`), 'utf-8')) as { data: { recipients: RecipientRecord[] } };
    out.push(...part.data.recipients);
  }
  return out;
}
