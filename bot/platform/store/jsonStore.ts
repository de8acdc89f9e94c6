import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { StartupError } from '../startupError.ts';
import { createCommitQueue } from './commitQueue.ts';

/**
 * One lowdb JSON file, validated by a zod schema on load and before every write.
 *
 * - Atomic writes: lowdb's JSONFile writes through steno (temp file + rename), so a crash leaves either
 *   the old or the new file, never half of one. Verified in the code (lowdb 7.0.1, steno 4): JSONFile ->
 *   DataFile -> TextFile.write -> steno Writer#write, which does `writeFile('.<name>.tmp')` then
 *   `rename(tmp, file)` (node_modules/steno/lib/index.js), and queues a write that arrives while one runs.
 *   There is no fsync: a killed process never leaves a torn file (tests/hardening/crashSafety.test.ts
 *   SIGKILLs a writer to show it), but after a power loss the OS may have lost the newest writes.
 * - Serialized updates: `update` runs mutations one after another, each on the result of the ones before;
 *   a mutation that throws, or leaves data that fails the schema, is refused alone (the others still go in).
 *   Updates that queue up during a write share the next write (group commit, see below).
 * - A file that cannot be parsed or fails its schema stops the start with a StoreError naming the file;
 *   it is never overwritten.
 * - Versioned: `{ version, data }`. Older versions are migrated on open, after a backup copy.
 */

/** A data file that cannot be read, migrated or written; at start it stops the bot (a StartupError). */
export class StoreError extends StartupError {
  constructor(
    readonly file: string,
    message: string,
    /** What the operator can do; the default is for a file (a store in PostgreSQL says what fits there). */
    advice = 'Het bestand is niet aangeraakt; herstel het of zet een reservekopie terug.',
  ) {
    super(`Gegevensbestand ${file}: ${message}. ${advice}`);
    this.name = 'StoreError';
  }
}

export type Migration = (data: unknown) => unknown;

export interface JsonStoreOptions<S extends z.ZodType> {
  dir: string;
  /** File name inside dir, e.g. "conversations.json". */
  name: string;
  schema: S;
  initial: () => z.output<S>;
  /** Current schema version; migrations[v] turns version v data into version v+1. */
  version: number;
  migrations?: Readonly<Record<number, Migration>>;
}

export interface JsonStore<T> {
  readonly file: string;
  /** The current data. Treat it as read-only; change it through update(). */
  read(): Readonly<T>;
  /** Runs fn on a working copy, validates the result and writes it atomically. Returns fn's result. */
  update<R>(fn: (data: T) => R): Promise<R>;
  /** Resolves when every update queued so far has been written. */
  flush(): Promise<void>;
  /**
   * For /healthz: queued writes, the last successful write and the last failed one (main.ts shows only the file name
   * and error code). While the last write failed, each call also starts one attempt to write the file again (none
   * while one is on its way), so the status recovers once the disk works again.
   */
  status(): StoreStatus;
}

export interface StoreStatus {
  readonly file: string;
  readonly ok: boolean;
  readonly pendingWrites: number;
  readonly lastWriteAt: string | undefined;
  /** The last write that failed (e.g. disk full), until a later write succeeds. */
  readonly lastError: string | undefined;
}

interface Envelope {
  version: number;
  data: unknown;
}

/** One queued update: the change, and how to tell its caller. */
export interface BatchJob<T> {
  fn: (data: T) => unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * A batch of updates applied to a copy of `current`, one after another (each sees the ones before it, as if they ran
 * alone), validated once. An update that throws, or whose result breaks the schema, is left out (its error in
 * `failures`); the others stay in. Pure: no I/O, `current` is not changed. Both backends commit through it.
 */
export function applyBatch<T>(
  current: T,
  batch: readonly BatchJob<T>[],
  schema: z.ZodType,
  refused: (issue: z.core.$ZodIssue | undefined) => Error,
): { next: T; results: Map<BatchJob<T>, unknown>; failures: Map<BatchJob<T>, unknown> } {
  const failures = new Map<BatchJob<T>, unknown>();
  /** Applies the jobs in order to a fresh copy; a job that throws is left out (and the copy rebuilt without it). */
  const apply = (jobs: readonly BatchJob<T>[]) => {
    for (;;) {
      const draft = structuredClone(current);
      const results = new Map<BatchJob<T>, unknown>();
      let threw = false;
      for (const job of jobs) {
        if (failures.has(job)) continue;
        try {
          results.set(job, job.fn(draft));
        } catch (err) {
          failures.set(job, err);
          threw = true;
          break;
        }
      }
      if (!threw) return { draft, results };
    }
  };
  let { draft, results } = apply(batch);
  let parsed = schema.safeParse(draft);
  if (!parsed.success) {
    // Rare: find which updates break the schema by adding them one at a time; refuse those, keep the rest.
    const accepted: BatchJob<T>[] = [];
    for (const job of batch) {
      if (failures.has(job)) continue;
      const trial = apply([...accepted, job]);
      const check = schema.safeParse(trial.draft);
      if (check.success) accepted.push(job);
      else failures.set(job, refused(check.error.issues[0]));
    }
    ({ draft, results } = apply(accepted));
    parsed = schema.safeParse(draft);
    if (!parsed.success) throw refused(parsed.error.issues[0]); // cannot happen: each step was valid
  }
  return { next: parsed.data as T, results, failures };
}

export async function openJsonStore<S extends z.ZodType>(options: JsonStoreOptions<S>): Promise<JsonStore<z.output<S>>> {
  type T = z.output<S>;
  const file = path.resolve(options.dir, options.name);
  await mkdir(path.dirname(file), { recursive: true });

  let raw: string | null;
  try {
    raw = await readFile(file, 'utf-8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new StoreError(file, `kan niet gelezen worden (${(err as Error).message})`);
    raw = null;
  }

  let current: T;
  let needsWrite = false;
  if (raw === null) {
    current = options.schema.parse(options.initial());
    needsWrite = true;
  } else {
    let envelope: Envelope;
    try {
      const json: unknown = JSON.parse(raw);
      if (typeof json !== 'object' || json === null || typeof (json as Envelope).version !== 'number' || !('data' in json)) {
        throw new Error('geen { version, data }');
      }
      envelope = json as Envelope;
    } catch (err) {
      throw new StoreError(file, `is geen geldig JSON-bestand van Meldwijzer (${(err as Error).message})`);
    }
    if (envelope.version > options.version) {
      throw new StoreError(file, `heeft versie ${envelope.version}, nieuwer dan deze Meldwijzer (versie ${options.version})`);
    }
    let data = envelope.data;
    if (envelope.version < options.version) {
      await copyFile(file, `${file}.v${envelope.version}.bak`);
      for (let v = envelope.version; v < options.version; v++) {
        const migrate = options.migrations?.[v];
        if (!migrate) throw new StoreError(file, `geen migratie van versie ${v} naar ${v + 1}`);
        data = migrate(data);
      }
      needsWrite = true;
    }
    const parsed = options.schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new StoreError(file, `klopt niet met het schema (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'onbekend'})`);
    }
    current = parsed.data;
  }

  const db = new Low<Envelope>(new JSONFile<Envelope>(file), { version: options.version, data: current });
  db.data = { version: options.version, data: current };
  if (needsWrite) await db.write();
  let lastWriteAt: string | undefined;
  let lastError: string | undefined;

  /**
   * Group commit. Updates queue up while a write is on its way; the next batch applies them one after another
   * to one working copy (each sees the ones before it, as if they ran alone), validates once and writes once.
   * Every update is acknowledged only by the write that contains it. Under load this turns N writes of the
   * whole file into one (bench/load.ts), and one writer at a time still means no write overtakes another.
   */
  type Job = BatchJob<T>;

  const refused = (issue: z.core.$ZodIssue | undefined) =>
    new StoreError(file, `wijziging geweigerd (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'onbekend'})`);

  const commit = async (batch: Job[]) => {
    const { next, results, failures } = applyBatch(current, batch, options.schema, refused);
    const ok = batch.filter((j) => !failures.has(j));
    for (const [job, err] of failures) job.reject(err);
    if (ok.length === 0) return;
    // The new state becomes visible only once it is on disk: a failed write rejects these updates and leaves
    // memory as it was, so a later write cannot persist a change its caller was told had failed.
    db.data = { version: options.version, data: next };
    try {
      await db.write();
    } catch (err) {
      db.data = { version: options.version, data: current };
      lastError = `${(err as NodeJS.ErrnoException).code ?? (err as Error).name}: ${(err as Error).message.slice(0, 200)}`;
      const failure = new StoreError(file, `kon niet geschreven worden (${lastError})`);
      for (const job of ok) job.reject(failure);
      return;
    }
    current = next;
    lastError = undefined;
    lastWriteAt = new Date().toISOString();
    for (const job of ok) job.resolve(results.get(job));
  };

  const queue = createCommitQueue<T>(commit);

  const store: JsonStore<T> = {
    file,
    read: () => current,
    update: (fn) => queue.update(fn),
    flush: () => queue.flush(),
    status() {
      // A file that could not be written is tried again when someone asks (/healthz, so the platform's health probe
      // drives it): its committed data written once more, one attempt at a time. Without this the file stayed
      // "degraded" after the disk was fixed until a user happened to change it (issue 15, finding 8).
      const now: StoreStatus = { file, ok: lastError === undefined, pendingWrites: queue.pending(), lastWriteAt, lastError };
      queue.retryWhile(lastError !== undefined);
      return now;
    },
  };
  return store;
}
