import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';

/**
 * One lowdb JSON file, validated by a zod schema on load and before every write.
 *
 * - Atomic writes: lowdb's JSONFile writes through steno (temp file + rename), so a crash leaves either
 *   the old or the new file, never half of one.
 * - Serialized updates: `update` runs mutations one after another; a mutation that throws, or leaves
 *   data that fails the schema, is rolled back and nothing is written.
 * - A file that cannot be parsed or fails its schema stops the start with a StoreError naming the file;
 *   it is never overwritten.
 * - Versioned: `{ version, data }`. Older versions are migrated on open, after a backup copy.
 */

export class StoreError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`Gegevensbestand ${file}: ${message}. Het bestand is niet aangeraakt; herstel het of zet een reservekopie terug.`);
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
}

interface Envelope {
  version: number;
  data: unknown;
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
  let queue: Promise<unknown> = Promise.resolve();
  if (needsWrite) queue = db.write();
  await queue;

  const store: JsonStore<T> = {
    file,
    read: () => current,
    update<R>(fn: (data: T) => R): Promise<R> {
      const run = async (): Promise<R> => {
        const draft = structuredClone(current);
        const result = fn(draft);
        const parsed = options.schema.safeParse(draft);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new StoreError(file, `wijziging geweigerd (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'onbekend'})`);
        }
        current = parsed.data;
        db.data = { version: options.version, data: current };
        await db.write();
        return result;
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    flush: () => queue.then(() => undefined),
  };
  return store;
}
