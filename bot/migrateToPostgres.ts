import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import type { z } from 'zod';
import { openAnswerLogStore } from './answers/answerLogStore.ts';
import { openBroadcastStore } from './broadcasts/broadcastStore.ts';
import { openTicketStore } from './experts/ticketStore.ts';
import { DRAFTS_DIR } from './experts/kbDraft.ts';
import { openGroupStore } from './groups/groupStore.ts';
import { openMeetingStore } from './meetings/meetingStore.ts';
import type { Logger } from './platform/log.ts';
import { openConversationStore } from './platform/store/conversationStore.ts';
import { acquireDataDirLock } from './platform/store/dataDirLock.ts';
import { applyBatch, StoreError, type BatchJob } from './platform/store/jsonStore.ts';
import { describePgError, openPgDatabase } from './platform/store/pgDatabase.ts';
import { postgresBackend } from './platform/store/pgStore.ts';
import { embeddedBackend, type ObservedStore, type StoreBackend, type StoreOpenOptions } from './platform/store/storeBackend.ts';

/**
 * `npm run migrate:to-postgres`: copies every store of an embedded DATA_DIR into the PostgreSQL of the scaled mode.
 *
 * Each store is read by its own feature's open function, so it is validated (and migrated to the current version)
 * by that store's schema, exactly as a start of the bot would. The functions get a backend of our own: its open()
 * reads the DATA_DIR's store and hands back the same-named store in PostgreSQL, holding that document. Every store
 * function is called (and for the updates, every delivery queue found in DATA_DIR), so nothing is copied that no
 * store of this Meldwijzer would accept, and a store added later is copied as soon as it is opened here.
 *
 * Two passes: the first only reads (every store opened and validated, writes at open kept in memory), the second
 * copies. A damaged file therefore stops the copy before anything reaches the database. (A file of an older version
 * is migrated in place on the way, with a backup copy next to it, as the bot's start would do.)
 *
 * Refused, with nothing written to the database:
 * - while a bot runs on the DATA_DIR (its lock; we hold the lock ourselves while copying, so no bot starts meanwhile);
 * - while a Meldwijzer runs on the database (the advisory lock of leadership.ts is taken; we hold it too);
 * - when the database already holds stores, unless `force`: then they are all removed first, so the database ends
 *   up holding exactly what DATA_DIR holds.
 */

/** Why the copy did not start; nothing was written to the database. The message is Dutch, for the operator. */
export class MigrationRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationRefusal';
  }
}

export interface MigrateToPostgresOptions {
  readonly dataDir: string;
  readonly databaseUrl: string;
  /** A schema of its own (tests), as openPgDatabase takes it. */
  readonly schema?: string;
  /** Replace whatever the database already holds. */
  readonly force?: boolean;
  readonly log: Logger;
}

export interface CopiedStore {
  readonly name: string;
  /** Items in the store's lists and maps (conversations, groups, recipients, ...): a count, nothing more. */
  readonly records: number;
  /** Not in DATA_DIR: created empty in the database, as a start of the bot would. */
  readonly absent: boolean;
}

export interface MigrationReport {
  readonly dataDir: string;
  readonly stores: readonly CopiedStore[];
  /** Stores that were in the database before and were removed (only with force). */
  readonly removedFromTarget: number;
  /** JSON files in DATA_DIR that no store opened (relative paths): not copied. */
  readonly notCopied: readonly string[];
}

const DELIVERIES = 'broadcast-deliveries/';
/** The top-level stores: one of them must be in DATA_DIR, else it is not a Meldwijzer DATA_DIR. */
const TOP_LEVEL = ['conversations.json', 'groups.json', 'meetings.json', 'experts.json', 'answers.json', 'broadcasts.json'];

/** What JSON keeps of a value (an undefined property is no difference). */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;
const sameJson = (a: unknown, b: unknown) => isDeepStrictEqual(asJson(a), asJson(b));

function countRecords(doc: unknown): number {
  if (doc === null || typeof doc !== 'object') return 0;
  let n = 0;
  for (const v of Object.values(doc)) {
    if (Array.isArray(v)) n += v.length;
    else if (v !== null && typeof v === 'object') n += Object.keys(v).length;
  }
  return n;
}

/** A store kept in memory only: the first pass's stand-in, so that a write at open (a trim, a repair) goes nowhere. */
function memoryStore<S extends z.ZodType>(options: StoreOpenOptions<S>, doc: z.output<S>, where: string): ObservedStore<z.output<S>> {
  type T = z.output<S>;
  let current = doc;
  return {
    file: where,
    read: () => current,
    update<R>(fn: (data: T) => R): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        const job: BatchJob<T> = { fn, resolve: resolve as (v: unknown) => void, reject };
        try {
          const { next, results, failures } = applyBatch(current, [job], options.schema, (issue) => new StoreError(where, `wijziging geweigerd (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'onbekend'})`));
          if (failures.has(job)) {
            reject(failures.get(job));
            return;
          }
          current = next;
          resolve(results.get(job) as R);
        } catch (err) {
          reject(err);
        }
      });
    },
    flush: () => Promise.resolve(),
    status: () => ({ file: where, ok: true, pendingWrites: 0, lastWriteAt: undefined, lastError: undefined }),
    onRemoteChange: () => () => undefined,
  };
}

/**
 * The backend the store functions get: reads from DATA_DIR, and (second pass) hands back the store in PostgreSQL
 * holding the same document; in the first pass an in-memory copy. Lists and existence come from DATA_DIR.
 */
function copyingBackend(source: StoreBackend, target: StoreBackend | undefined, copied: Map<string, CopiedStore>): StoreBackend {
  return {
    kind: target?.kind ?? source.kind,
    async open<S extends z.ZodType>(options: StoreOpenOptions<S>): Promise<ObservedStore<z.output<S>>> {
      type T = z.output<S>;
      const absent = !(await source.exists(options.name));
      // A store missing from DATA_DIR is not created there: it starts empty, as at a first start of the bot.
      const doc: T = absent ? options.schema.parse(options.initial()) : structuredClone((await source.open(options)).read() as T);
      copied.set(options.name, { name: options.name, records: countRecords(doc), absent });
      if (!target) return memoryStore(options, doc, source.locate(options.name));
      const store = await target.open({ ...options, initial: () => structuredClone(doc) });
      if (!sameJson(store.read(), doc)) {
        // It was there already (not when the database was emptied first): one update replaces its document.
        await store.update((d) => {
          const draft = d as Record<string, unknown>;
          for (const key of Object.keys(draft)) delete draft[key];
          Object.assign(draft, structuredClone(doc));
        });
      }
      if (!sameJson(store.read(), doc)) throw new Error(`${options.name}: de inhoud in PostgreSQL is na het overzetten niet gelijk aan die in DATA_DIR`);
      return store;
    },
    exists: (name) => source.exists(name),
    children: (prefix) => source.children(prefix),
    remove: () => Promise.reject(new Error('migrate:to-postgres removes no store')),
    locate: (name) => source.locate(name),
    onRemoteChange: () => () => undefined,
    catchUp: () => Promise.resolve(),
  };
}

/** Opens every store through the backend (as the bot's start does), and every delivery queue of the updates. */
async function openEveryStore(backend: StoreBackend): Promise<void> {
  const conversations = await openConversationStore(backend);
  const groups = await openGroupStore(backend);
  const meetings = await openMeetingStore(backend);
  const tickets = await openTicketStore(backend);
  const answers = await openAnswerLogStore(backend);
  await answers.close();
  const broadcasts = await openBroadcastStore(backend);
  for (const id of await broadcasts.deliveryFileIds()) await broadcasts.deliveries(id);
  await Promise.all([conversations.flush(), groups.flush(), meetings.flush(), tickets.flush(), broadcasts.flush()]);
}

/** JSON files under dir (relative, with "/"), leaving out hidden files (the lock, temporary files) and the kb drafts. */
async function jsonFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (rel !== DRAFTS_DIR) out.push(...(await jsonFiles(dir, rel)));
    } else if (entry.name.endsWith('.json')) out.push(rel);
  }
  return out;
}

const leaderKey = (schema: string | undefined) => `meldwijzer:background:${schema ?? ''}`;

export async function migrateToPostgres(options: MigrateToPostgresOptions): Promise<MigrationReport> {
  const dataDir = path.resolve(options.dataDir);
  const isDir = await stat(dataDir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new MigrationRefusal(`DATA_DIR ${dataDir} bestaat niet of is geen map. Er is niets overgezet.`);
  const source = embeddedBackend(dataDir);
  const found = await Promise.all(TOP_LEVEL.map((name) => source.exists(name)));
  if (!found.some(Boolean)) throw new MigrationRefusal(`In ${dataDir} staan geen gegevens van Meldwijzer (geen ${TOP_LEVEL.join(', ')}). Controleer DATA_DIR of --data-dir. Er is niets overgezet.`);

  // The bot must be stopped: its lock, held by us until the end, so that it does not start meanwhile either.
  const lock = await acquireDataDirLock(dataDir, options.log);
  const session = new pg.Client({ connectionString: options.databaseUrl, application_name: 'meldwijzer-migrate', connectionTimeoutMillis: 10_000, ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}) });
  session.on('error', () => undefined);
  try {
    // First pass: every store read and validated, nothing written anywhere.
    await openEveryStore(copyingBackend(source, undefined, new Map()));

    let existing: number;
    try {
      await session.connect();
      // No Meldwijzer may run on the database: a running one holds (or keeps trying to take) this lock.
      const leader = await session.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [leaderKey(options.schema)]);
      if (leader.rows[0]?.ok !== true) {
        throw new MigrationRefusal('Er draait nog een Meldwijzer op deze database (DATABASE_URL). Stop alle instanties eerst. Er is niets overgezet.');
      }
      const table = await session.query<{ t: string | null }>(`SELECT to_regclass('store_heads')::text AS t`);
      existing = table.rows[0]?.t ? Number((await session.query<{ n: string }>('SELECT count(*) AS n FROM store_heads')).rows[0]?.n ?? 0) : 0;
    } catch (err) {
      if (err instanceof MigrationRefusal) throw err;
      throw new MigrationRefusal(`PostgreSQL (DATABASE_URL) is niet bereikbaar: ${describePgError(err)}. Er is niets overgezet.`);
    }
    if (existing > 0 && options.force !== true) {
      throw new MigrationRefusal(
        `De database bevat al gegevens van Meldwijzer (${existing} opslagen). Er is niets overgezet. ` +
          'Wilt u die vervangen door de gegevens uit DATA_DIR, draai dan opnieuw met --force (alles wat nu in de database staat, gaat dan weg).',
      );
    }

    const database = await openPgDatabase({ url: options.databaseUrl, ...(options.schema ? { schema: options.schema } : {}), log: options.log, applicationName: 'meldwijzer-migrate' });
    const copied = new Map<string, CopiedStore>();
    try {
      if (existing > 0) await database.pool.query('DELETE FROM store_heads');
      await openEveryStore(copyingBackend(source, postgresBackend(database), copied));
    } finally {
      await database.close();
    }
    const notCopied = (await jsonFiles(dataDir)).filter((rel) => !copied.has(rel)).sort();
    const stores = [...copied.values()].sort((a, b) => Number(a.name.startsWith(DELIVERIES)) - Number(b.name.startsWith(DELIVERIES)) || a.name.localeCompare(b.name));
    return { dataDir, stores, removedFromTarget: existing, notCopied };
  } finally {
    await session.end().catch(() => undefined);
    await lock.release();
  }
}

/** The operator's summary (Dutch): stores and counts, no content. */
export function describeMigration(report: MigrationReport): string {
  const lines = [`Overgezet van ${report.dataDir} naar PostgreSQL:`];
  const deliveries = report.stores.filter((s) => s.name.startsWith(DELIVERIES));
  for (const s of report.stores) {
    if (s.name.startsWith(DELIVERIES)) continue;
    lines.push(`  ${s.name}: ${s.records} ${s.records === 1 ? 'record' : 'records'}${s.absent ? ' (stond niet in DATA_DIR: leeg aangemaakt)' : ''}`);
  }
  const updates = new Set(deliveries.map((s) => s.name.slice(DELIVERIES.length).split('/')[0]));
  const recipients = deliveries.reduce((n, s) => n + s.records, 0);
  lines.push(`  ${DELIVERIES.slice(0, -1)}: ${updates.size} ${updates.size === 1 ? 'update' : 'updates'}, ${deliveries.length} bestanden, ${recipients} ontvangers`);
  if (report.removedFromTarget > 0) lines.push(`Eerst verwijderd uit de database (--force): ${report.removedFromTarget} opslagen.`);
  if (report.notCopied.length > 0) lines.push(`Niet overgezet (geen opslag van Meldwijzer): ${report.notCopied.join(', ')}`);
  lines.push(
    `Concepten voor de kennisbank (${DRAFTS_DIR}/) blijven bestanden en gaan niet mee.`,
    'Start de bot nu met DATABASE_URL en REDIS_URL. DATA_DIR is niet gewist: bewaar hem als reservekopie, maar start er geen bot meer op (dan lopen de gegevens uiteen).',
  );
  return `${lines.join('\n')}\n`;
}
