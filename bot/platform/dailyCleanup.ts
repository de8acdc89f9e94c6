import { DateTime } from 'luxon';
import type { Clock } from './clock.ts';
import type { Logger } from './log.ts';
import { describeError } from './describeError.ts';

/** One store's retention purge: deletes what is older than its retention period, returns how many items went. */
export interface RetentionJob {
  readonly name: string;
  purge(now: Date): Promise<number>;
}

export interface DailyCleanupOptions {
  clock: Clock;
  /** Read at every run, so a job registered after the start is included. */
  jobs: readonly RetentionJob[];
  log: Logger;
  timezone: string;
  /** Local hour of the daily run; a quiet hour. Default 3 (03:00). */
  hour?: number;
  /** A catch-up run this long after the start, so a service restarted often still purges. Default 1 minute. */
  firstRunAfterMs?: number;
}

export interface CleanupStatus {
  readonly state: 'idle' | 'running' | 'stopped';
  readonly lastRunAt: string | undefined;
  readonly nextRunAt: string | undefined;
  readonly lastCounts: Readonly<Record<string, number>> | undefined;
  /** Names of the jobs that failed in the last run. */
  readonly lastFailures: readonly string[];
}

export interface DailyCleanup {
  /** Runs every job once now (also what the timer does); a failing job is logged and the others still run. */
  runNow(): Promise<Record<string, number>>;
  status(): CleanupStatus;
  /** Cancels the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/** The daily retention clean-up: every job at `hour` local time, on the injected clock. */
export function startDailyCleanup(options: DailyCleanupOptions): DailyCleanup {
  const { clock, jobs, log } = options;
  const hour = options.hour ?? 3;
  let cancel: (() => void) | undefined;
  let nextRunAt: Date | undefined;
  let lastRunAt: string | undefined;
  let lastCounts: Record<string, number> | undefined;
  let lastFailures: string[] = [];
  let running: Promise<Record<string, number>> | undefined;
  let stopped = false;

  const runAll = async (): Promise<Record<string, number>> => {
    const now = clock.now();
    const counts: Record<string, number> = {};
    const failures: string[] = [];
    for (const job of jobs) {
      try {
        counts[job.name] = await job.purge(now);
      } catch (err) {
        failures.push(job.name);
        log.error({ event: 'retention-failed', job: job.name, err: describeError(err) }, 'retention purge failed');
      }
    }
    lastRunAt = now.toISOString();
    lastCounts = counts;
    lastFailures = failures;
    log.info({ event: 'retention-run', counts, failures: failures.length }, 'daily clean-up done');
    return counts;
  };

  const runNow = (): Promise<Record<string, number>> => {
    // Runs never overlap: a second call while one runs waits for it, then runs again.
    const run = (running ?? Promise.resolve({})).then(runAll, runAll);
    running = run;
    void run.finally(() => {
      if (running === run) running = undefined;
    });
    return run;
  };

  const arm = (at: Date) => {
    if (stopped) return;
    nextRunAt = at;
    cancel = clock.setTimer(() => {
      void runNow().finally(() => arm(nextDaily(clock.now(), hour, options.timezone)));
    }, at.getTime() - clock.now().getTime());
  };
  arm(new Date(clock.now().getTime() + (options.firstRunAfterMs ?? 60_000)));

  return {
    runNow,
    status: () => ({
      state: stopped ? 'stopped' : running ? 'running' : 'idle',
      lastRunAt,
      nextRunAt: stopped ? undefined : nextRunAt?.toISOString(),
      lastCounts,
      lastFailures,
    }),
    async stop() {
      stopped = true;
      cancel?.();
      await running?.catch(() => undefined);
    },
  };
}

/** The next `hour`:00 in the time zone, strictly after now (luxon keeps it right across DST changes). */
export function nextDaily(now: Date, hour: number, timezone: string): Date {
  const local = DateTime.fromJSDate(now, { zone: timezone });
  let at = local.set({ hour, minute: 0, second: 0, millisecond: 0 });
  if (at.toMillis() <= now.getTime()) at = at.plus({ days: 1 }).set({ hour, minute: 0, second: 0, millisecond: 0 });
  return at.toJSDate();
}
