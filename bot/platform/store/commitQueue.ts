import type { BatchJob } from './jsonStore.ts';

/**
 * The write queue both store backends share (jsonStore.ts, pgStore.ts): group commit. Updates queue up while a
 * commit is on its way; the next batch goes to `commit` as one (one file write, one transaction), one batch at a time,
 * so no write overtakes another. Every update is settled by the commit that contains it; a commit that throws rejects
 * its whole batch.
 */
export interface CommitQueue<T> {
  update<R>(fn: (data: T) => R): Promise<R>;
  /** Resolves when every update queued so far has been committed (or refused). */
  flush(): Promise<void>;
  /** Updates waiting or being committed. */
  pending(): number;
  /** A commit is under way. */
  busy(): boolean;
  /**
   * For status(): while `failing`, each call starts one empty update (none while one is under way), so a store whose
   * last write failed is tried again when someone asks (/healthz), and its status recovers once the cause is gone.
   */
  retryWhile(failing: boolean): void;
}

export function createCommitQueue<T>(commit: (batch: BatchJob<T>[]) => Promise<void>, afterEach: () => void = () => undefined): CommitQueue<T> {
  let queued: BatchJob<T>[] = [];
  let inFlight = 0;
  let running: Promise<void> | undefined;
  let idle: Array<() => void> = [];
  let rechecking = false;

  const drain = async () => {
    while (queued.length > 0) {
      const batch = queued;
      queued = [];
      inFlight = batch.length;
      try {
        await commit(batch);
      } catch (err) {
        for (const job of batch) job.reject(err);
      }
      inFlight = 0;
    }
    running = undefined;
    for (const resolve of idle) resolve();
    idle = [];
    afterEach();
  };

  const queue: CommitQueue<T> = {
    update<R>(fn: (data: T) => R): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queued.push({ fn, resolve: resolve as (v: unknown) => void, reject });
        // Start on the next tick, so updates issued together (one turn, many turns at once) share a commit.
        running ??= Promise.resolve().then(drain);
      });
    },
    flush: () => (running ? new Promise<void>((resolve) => idle.push(resolve)) : Promise.resolve()),
    pending: () => queued.length + inFlight,
    busy: () => running !== undefined,
    retryWhile(failing) {
      if (!failing || running || rechecking) return;
      rechecking = true;
      queue
        .update(() => undefined)
        .catch(() => undefined) // still failing: the store's last error says why
        .finally(() => (rechecking = false));
    },
  };
  return queue;
}
