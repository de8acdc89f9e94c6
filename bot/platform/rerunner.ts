/**
 * "Run again if called while running": calls during a run collapse into one more run afterwards, which sees the
 * latest state. For work whose last result is all that counts (a card showing counts, a store's pending writes,
 * a scheduler's due jobs).
 */
export interface Rerunner {
  /** Starts a run, or asks for one more after the current one; resolves when no run is left. */
  run(): Promise<void>;
  readonly running: boolean;
  /** Resolves when no run is left (at once when idle). */
  idle(): Promise<void>;
}

export function createRerunner(work: () => Promise<void>, options: { shouldRepeat?: () => boolean } = {}): Rerunner {
  let current: Promise<void> | undefined;
  let again = false;
  const shouldRepeat = options.shouldRepeat ?? (() => true);
  return {
    run() {
      if (current) {
        again = true;
        return current;
      }
      current = (async () => {
        try {
          do {
            again = false;
            await work();
          } while (again && shouldRepeat());
        } finally {
          current = undefined;
        }
      })();
      return current;
    },
    get running() {
      return current !== undefined;
    },
    idle: () => current ?? Promise.resolve(),
  };
}
