import path from 'node:path';
import { z } from 'zod';
import { StoreError, type JsonStore, type StoreStatus } from '../platform/store/jsonStore.ts';
import { backendOf, type StoreBackend, type StoreLocation } from '../platform/store/storeBackend.ts';
import { audienceSchema } from './audience.ts';
import { FAILURE_REASONS } from './backoff.ts';
import { contentSchema } from './draft.ts';

/**
 * Two kinds of files:
 * - broadcasts.json: every broadcast (draft to done) and the audit log: small, rewritten on each state change;
 * - broadcast-deliveries/<id>.json: one per broadcast, a state per recipient: the durable delivery queue.
 *   Only the delivery loop of that broadcast writes it, in batches (see deliveryRun.ts for the crash bound).
 */

const iso = z.iso.datetime();
export const actorSchema = z.object({ aadObjectId: z.string().min(1).max(100), name: z.string().max(200).optional() });
export type Actor = z.infer<typeof actorSchema>;
const cardRefSchema = z.object({ conversationId: z.string().min(1), activityId: z.string().min(1).optional() });
export type CardRef = z.infer<typeof cardRefSchema>;

export const BROADCAST_STATUSES = ['draft', 'awaiting-approval', 'rejected', 'scheduled', 'sending', 'done', 'cancelled'] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

export const countsSchema = z.object({
  total: z.number().int().nonnegative(),
  sent: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});
export type DeliveryCounts = z.infer<typeof countsSchema>;

export const broadcastSchema = z.object({
  id: z.string().min(1).max(64),
  status: z.enum(BROADCAST_STATUSES),
  content: contentSchema,
  audience: audienceSchema,
  /** The audience in words at the moment it was chosen (groups can be renamed or deleted later). */
  audienceLabel: z.string().max(500),
  sendAt: iso.optional(),
  composer: actorSchema,
  /** The composer's card (form, preview, then report) that is updated in place. */
  statusCard: cardRefSchema.optional(),
  approval: z
    .object({
      requestedAt: iso,
      /** The approval cards sent to the other leaders, so they can be updated once one of them decides. */
      requests: z.array(z.object({ aadObjectId: z.string().min(1), conversationId: z.string().min(1), activityId: z.string().optional() })),
      decision: z.enum(['approved', 'rejected']).optional(),
      decidedBy: actorSchema.optional(),
      decidedAt: iso.optional(),
    })
    .optional(),
  createdAt: iso,
  updatedAt: iso,
  /** When the current run (the first send or a resend) started, and when it ended. */
  runStartedAt: iso.optional(),
  finishedAt: iso.optional(),
  cancelledBy: actorSchema.optional(),
  /** Totals when the last run ended (the live numbers are in the delivery file). */
  counts: countsSchema.optional(),
  /** 1 after the first send; +1 per "Opnieuw naar mislukte". */
  runs: z.number().int().nonnegative().default(0),
});
export type Broadcast = z.infer<typeof broadcastSchema>;

export const AUDIT_EVENTS = ['submitted', 'approved', 'rejected', 'scheduled', 'started', 'finished', 'cancelled', 'resend'] as const;
export const auditSchema = z.object({
  id: z.string(),
  at: iso,
  event: z.enum(AUDIT_EVENTS),
  broadcastId: z.string(),
  /** Azure AD object id of the leader who did it; "systeem" for the scheduler; "gewist" after `vergeet mij`. */
  actor: z.string().max(100),
  title: z.string().max(200),
  audience: z.string().max(500),
  counts: countsSchema.optional(),
  sendAt: iso.optional(),
  durationMs: z.number().nonnegative().optional(),
});
export type AuditEntry = z.infer<typeof auditSchema>;

const fileSchema = z.object({ broadcasts: z.array(broadcastSchema), audit: z.array(auditSchema) });
export type BroadcastsFile = z.infer<typeof fileSchema>;

export const RECIPIENT_STATES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;
export type RecipientState = (typeof RECIPIENT_STATES)[number];
export const SKIP_REASONS = ['cancelled', 'opted-out', 'inactive'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const recipientSchema = z.object({
  conversationId: z.string().min(1),
  conversationType: z.enum(['personal', 'groupChat', 'channel']),
  state: z.enum(RECIPIENT_STATES),
  attempts: z.number().int().nonnegative(),
  /** A retry waits until then (ISO, as every stored moment; files written before 2027 hold epoch ms). */
  nextAttemptAt: z.union([z.number().transform((ms) => new Date(ms).toISOString()), z.string().regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/)]).optional(),
  /** HTTP status of the last failed attempt. */
  lastStatus: z.number().int().optional(),
  reason: z.enum([...FAILURE_REASONS, ...SKIP_REASONS]).optional(),
  // A cheap check on purpose: this schema runs on every write of the delivery loop (z.iso is ~10x slower).
  sentAt: z.string().regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/).optional(),
});
export type RecipientRecord = z.infer<typeof recipientSchema>;

/**
 * The recipients are kept in parts of PART_SIZE, one file each: every write of the delivery loop rewrites
 * only the part(s) it touched (a few ms), not the whole audience (5,000 recipients ~ 1.2 MB ~ 40 ms).
 */
export const PART_SIZE = 500;
const partSchema = z.object({ broadcastId: z.string(), part: z.number().int().nonnegative(), recipients: z.array(recipientSchema).max(PART_SIZE) });
const indexSchema = z.object({
  broadcastId: z.string(),
  /** Set after every part is written: without it the audience is resolved again (nothing was sent yet). */
  resolvedAt: iso.optional(),
  parts: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** The durable delivery queue of one broadcast. */
export interface DeliveryQueue {
  readonly broadcastId: string;
  resolvedAt(): string | undefined;
  /** Every recipient, in audience order (a fresh array; the rows are the stored ones: do not change them). */
  read(): readonly RecipientRecord[];
  /** Writes these rows (by position) durably; resolves when every part it touched is on disk. */
  write(rows: ReadonlyArray<readonly [number, RecipientRecord]>): Promise<void>;
  /** The resolved audience: writes all parts, then the index. */
  reset(recipients: readonly RecipientRecord[], resolvedAt: string): Promise<void>;
  /** Changes rows (resend, erase) on a copy and writes the ones that changed. Returns fn's result. */
  change<R>(fn: (recipients: RecipientRecord[]) => R): Promise<R>;
  flush(): Promise<void>;
  status(): StoreStatus;
}

export interface BroadcastStore {
  read(): Readonly<BroadcastsFile>;
  get(id: string): Broadcast | undefined;
  update<R>(fn: (data: BroadcastsFile) => R): Promise<R>;
  /** The delivery queue of one broadcast (opened on first use). */
  deliveries(id: string): Promise<DeliveryQueue>;
  deleteDeliveries(id: string): Promise<void>;
  /** Ids of broadcasts that have a delivery queue on disk. */
  deliveryFileIds(): Promise<string[]>;
  /** The directory of a broadcast's delivery queue (for messages to the operator). */
  deliveriesDir(id: string): string;
  flush(): Promise<void>;
  /** For /healthz: broadcasts.json, marked not ok while a delivery part cannot be written. */
  status(): StoreStatus;
}

export async function openBroadcastStore(where: StoreLocation): Promise<BroadcastStore> {
  const backend = backendOf(where);
  const store = await backend.open({ name: 'broadcasts.json', schema: fileSchema, initial: () => ({ broadcasts: [], audit: [] }), version: 1 });
  const deliveriesDir = 'broadcast-deliveries';
  const open = new Map<string, Promise<DeliveryQueue>>();
  const opened = new Map<string, DeliveryQueue>();
  const safe = (id: string) => {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw new Error(`invalid broadcast id ${JSON.stringify(id)}`);
    return id;
  };
  return {
    read: () => store.read(),
    get: (id) => store.read().broadcasts.find((b) => b.id === id),
    update: (fn) => store.update(fn),
    deliveries(id) {
      let q = open.get(id);
      if (!q) {
        q = openDeliveryQueue(backend, `${deliveriesDir}/${safe(id)}`, id).catch((err: unknown) => {
          // The operator's way out when there is no backup (README, "Data files").
          if (err instanceof StoreError) err.message += ` Geen reservekopie? Sluit de update dan af zonder nog iets te versturen: npm run delivery:close -- ${id}`;
          throw err;
        });
        open.set(id, q);
        q.then(
          (x) => opened.set(id, x),
          () => open.delete(id),
        );
      }
      return q;
    },
    async deleteDeliveries(id) {
      const q = open.get(id);
      if (q) {
        await (await q).flush();
        open.delete(id);
        opened.delete(id);
      }
      await backend.remove(`${deliveriesDir}/${safe(id)}`);
    },
    deliveriesDir: (id) => backend.locate(`${deliveriesDir}/${safe(id)}`),
    async deliveryFileIds() {
      return (await backend.children(`${deliveriesDir}/`)).filter((name) => /^[A-Za-z0-9-]{1,64}$/.test(name));
    },
    async flush() {
      await store.flush();
      await Promise.all([...open.values()].map(async (q) => (await q).flush()));
    },
    status() {
      const main = store.status();
      const broken = [...opened.values()].map((q) => q.status()).find((s) => !s.ok);
      return broken ? { ...main, ok: false, lastError: `${path.basename(path.dirname(broken.file))}/${path.basename(broken.file)}: ${broken.lastError ?? 'write failed'}` } : main;
    },
  };
}

/**
 * A delivery directory with a file missing is refused like a damaged one (issue 15, finding 10): an empty part in
 * its place would mark its recipients done without sending (they never get the update), and a new index would
 * resolve the audience again (the ones who got it get it twice). The index is written before any part, so parts
 * without an index, or fewer parts than the index counts, mean that files were moved or lost.
 */
const missing = (file: string) =>
  new StoreError(file, 'ontbreekt, terwijl de andere bestanden van deze verzending er wel zijn. Meldwijzer maakt het niet leeg opnieuw aan: dan zouden ontvangers de update niet of twee keer krijgen. Zet het bestand terug (uit een reservekopie van DATA_DIR)');

async function openDeliveryQueue(backend: StoreBackend, dir: string, broadcastId: string): Promise<DeliveryQueue> {
  const partName = (n: number) => `${dir}/part-${String(n).padStart(4, '0')}.json`;
  const indexName = `${dir}/index.json`;
  if (!(await backend.exists(indexName)) && (await backend.exists(partName(0)))) throw missing(backend.locate(indexName));
  const index = await backend.open({ name: indexName, schema: indexSchema, initial: () => ({ broadcastId, parts: 0, total: 0 }), version: 1 });
  const parts: Array<JsonStore<z.infer<typeof partSchema>>> = [];
  const openPart = (n: number) => backend.open({ name: partName(n), schema: partSchema, initial: () => ({ broadcastId, part: n, recipients: [] }), version: 1 });
  if (index.read().resolvedAt) {
    for (let n = 0; n < index.read().parts; n++) {
      if (!(await backend.exists(partName(n)))) throw missing(backend.locate(partName(n)));
      parts.push(await openPart(n));
    }
  }
  const write = async (rows: ReadonlyArray<readonly [number, RecipientRecord]>) => {
    const byPart = new Map<number, Array<readonly [number, RecipientRecord]>>();
    for (const row of rows) {
      const n = Math.floor(row[0] / PART_SIZE);
      const list = byPart.get(n) ?? [];
      list.push(row);
      byPart.set(n, list);
    }
    await Promise.all(
      [...byPart].map(([n, list]) => {
        const part = parts[n];
        if (!part) throw new Error(`delivery queue ${broadcastId}: no part ${n}`);
        return part.update((d) => {
          for (const [i, r] of list) d.recipients[i - n * PART_SIZE] = r;
        });
      }),
    );
  };
  const read = () => parts.flatMap((p) => p.read().recipients);
  return {
    broadcastId,
    resolvedAt: () => index.read().resolvedAt,
    read,
    write,
    async reset(recipients, resolvedAt) {
      await index.update((d) => {
        delete d.resolvedAt;
      });
      const count = Math.ceil(recipients.length / PART_SIZE);
      for (let n = 0; n < count; n++) {
        const part = parts[n] ?? (await openPart(n));
        parts[n] = part;
        await part.update((d) => {
          d.recipients = recipients.slice(n * PART_SIZE, (n + 1) * PART_SIZE).map((r) => ({ ...r }));
        });
      }
      parts.length = count;
      await index.update((d) => {
        d.parts = count;
        d.total = recipients.length;
        d.resolvedAt = resolvedAt;
      });
    },
    async change(fn) {
      const before = read();
      const draft = structuredClone(before) as RecipientRecord[];
      const result = fn(draft);
      const rows: Array<readonly [number, RecipientRecord]> = [];
      draft.forEach((r, i) => {
        if (JSON.stringify(r) !== JSON.stringify(before[i])) rows.push([i, r]);
      });
      if (rows.length > 0) await write(rows);
      return result;
    },
    async flush() {
      await index.flush();
      await Promise.all(parts.map((p) => p.flush()));
    },
    status() {
      return [index, ...parts].map((p) => p.status()).find((s) => !s.ok) ?? index.status();
    },
  };
}
