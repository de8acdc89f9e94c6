import { access, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { openJsonStore, type JsonStore, type JsonStoreOptions } from './jsonStore.ts';

/**
 * Where the stores keep their data: the files of one DATA_DIR (embedded, the default: one process), or PostgreSQL
 * (scaled: any number of instances, pgStore.ts). Every store is a JsonStore either way, so no feature knows which.
 * A store's name is a path ("groups.json", "broadcast-deliveries/<id>/part-0000.json"): a file in DATA_DIR, or the
 * name of its rows in PostgreSQL.
 */
export interface StoreBackend {
  readonly kind: 'embedded' | 'postgres';
  open<S extends z.ZodType>(options: StoreOpenOptions<S>): Promise<ObservedStore<z.output<S>>>;
  /** Whether a store of this name holds data (a file, or rows). */
  exists(name: string): Promise<boolean>;
  /** The names directly under a folder-like prefix ("broadcast-deliveries/"): the next path segment, once each. */
  children(prefix: string): Promise<string[]>;
  /** Removes every store whose name starts with the prefix. */
  remove(prefix: string): Promise<void>;
  /** How an operator finds a store: a file path, or "postgres:<name>". */
  locate(name: string): string;
  /** Told (with the store's name) after an open store was reloaded because another instance changed it. */
  onRemoteChange(listener: (name: string) => void): () => void;
  /**
   * Resolves when every open store holds at least what the database held when this was called: a user's action on
   * one instance sees what their previous action wrote through another, even before that instance's change notice
   * arrived. Waits at most `timeoutMs` in all (then the stores are read as they are). Nothing to do when embedded.
   */
  catchUp(timeoutMs?: number): Promise<void>;
}

export type StoreOpenOptions<S extends z.ZodType> = Omit<JsonStoreOptions<S>, 'dir'>;

/** A store that can also say when another instance changed it (never, in the embedded mode). */
export interface ObservedStore<T> extends JsonStore<T> {
  /** Called after the data was reloaded because another instance wrote it. Returns the unsubscribe function. */
  onRemoteChange(listener: () => void): () => void;
}

/** What the store functions take: a backend, or (tests, scripts) the DATA_DIR of an embedded one. */
export type StoreLocation = string | StoreBackend;

export function backendOf(where: StoreLocation): StoreBackend {
  return typeof where === 'string' ? embeddedBackend(where) : where;
}

export function embeddedBackend(dataDir: string): StoreBackend {
  const dir = path.resolve(dataDir);
  const file = (name: string) => path.join(dir, ...name.split('/'));
  return {
    kind: 'embedded',
    async open(options) {
      const full = file(options.name);
      const store = await openJsonStore({ ...options, dir: path.dirname(full), name: path.basename(full) });
      return { ...store, onRemoteChange: () => () => undefined };
    },
    exists: (name) =>
      access(file(name)).then(
        () => true,
        () => false,
      ),
    async children(prefix) {
      try {
        return (await readdir(file(prefix), { withFileTypes: true })).map((d) => d.name);
      } catch {
        return [];
      }
    },
    remove: (prefix) => rm(file(prefix), { recursive: true, force: true }),
    locate: file,
    // One process per DATA_DIR: nobody else changes these files.
    onRemoteChange: () => () => undefined,
    catchUp: () => Promise.resolve(),
  };
}
