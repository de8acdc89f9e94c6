import type { Logger } from '../platform/log.ts';
import { describeError } from '../platform/describeError.ts';
import { systemRandom, type Clock, type Random } from '../platform/clock.ts';
import type { Delivery as DeliveryPlatform } from '../platform/delivery/delivery.ts';
import { asDeliveryError, DeliveryError } from '../platform/delivery/deliveryError.ts';
import type { OutgoingCard } from '../platform/delivery/proactiveSender.ts';
import { reminderRetry, retryDelayMs, type RetryPolicy } from '../platform/delivery/retryPolicy.ts';
import { createRerunner } from '../platform/rerunner.ts';
import type { ConversationRecord } from '../platform/store/conversationStore.ts';
import type { Delivery, Job, Meeting, MeetingsFile, Notice } from './meetingSchema.ts';
import type { MeetingStore } from './meetingStore.ts';
import { instantOf } from './meetingTime.ts';

/**
 * The durable reminder scheduler.
 *
 * Everything it needs is in meetings.json: pending jobs with the moment they are due (runAt), and one record per
 * (job, conversation) send. In memory there is only one timer, armed for the earliest pending job; after every
 * change (a meeting planned, moved, cancelled) and after every run it is armed again from the store. On start it
 * re-arms from the store, so jobs that fell due while the bot was down run at once: a reminder is then still sent
 * (once) if its meeting has not started, and dropped and logged if it has.
 *
 * No duplicates, at most once: before a message is sent its record is written as "sending"; after the connector
 * answers, as "sent" (or why not). A record that exists is never sent again. A crash between the two writes leaves
 * "sending", which the next start turns into "uncertain" and does not send again: that one reminder may be missing
 * in that one conversation, but it never arrives twice. For the same reason a failure that may have been
 * delivered anyway (timeout, 500, 502, 504) is not retried; only answers that prove the message was refused
 * (429, 412, 503, connection refused, unknown host) are tried again, with backoff and Retry-After.
 */
export interface MessageComposer {
  /** The reminder card as sent to a conversation (the same for everyone there). */
  reminder(meeting: Meeting, now: Date): OutgoingCard;
  /** A short "moved" or "cancelled" message. */
  notice(meeting: Meeting, notice: Notice, now: Date): OutgoingCard;
  /** The card of a meeting as it is now, to replace reminder cards sent before a change. */
  current(meeting: Meeting, now: Date): OutgoingCard;
}

export interface SchedulerOptions {
  /** Sends per batch: one write marks a batch "sending" (and records the previous one's outcomes). Default: one second's worth of the app's budget. */
  batchSize?: number;
  /** Tries per (job, conversation) for refusals that prove non-delivery. */
  maxAttempts?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** After an unexpected error in a run (e.g. the disk is full), wait this long before the next run. */
  errorBackoffMs?: number;
}

export interface SchedulerState {
  busy: boolean;
  pendingJobs: number;
  /** Pending jobs whose moment has come (0 when idle). */
  dueNow: number;
  nextRunAt: string | null;
  lastRunAt: string | null;
  /** Since this start. */
  sent: number;
  dropped: number;
  uncertain: number;
  failed: number;
  gone: number;
  retried: number;
}

export interface ReminderScheduler {
  start(): Promise<void>;
  /** Cancels the timer and waits for a running batch to finish; the rest stays pending for the next start. */
  stop(): Promise<void>;
  /** Re-arms from the store after a change. */
  poke(): void;
  state(): SchedulerState;
  /** Resolves when no run is under way (tests await it instead of sleeping). */
  idle(): Promise<void>;
}

export interface SchedulerDeps {
  store: MeetingStore;
  clock: Clock;
  log: Logger;
  /** The app's one sender and budget; reminders and notices go at `urgent` priority, card updates at `normal`. */
  delivery: DeliveryPlatform<ConversationRecord>;
  /** For the retries' jitter (default: Math.random). */
  random?: Random;
  compose: MessageComposer;
  /** The active conversations a group's messages go to. */
  targets(groupId: string): ConversationRecord[];
  conversation(conversationId: string): ConversationRecord | undefined;
  markInactive(conversationId: string, reason: string): Promise<void>;
  options?: SchedulerOptions;
}

type Outcome = 'sent' | 'retry' | 'gone' | 'failed' | 'uncertain';

interface Work {
  job: Job;
  meeting: Meeting;
  message: OutgoingCard;
  targetIds: Set<string>;
}

interface Item {
  work: Work;
  conversation: ConversationRecord;
  attempts: number;
}

/** A failed send, in the scheduler's words: retry (proven not delivered), gone, failed (refused for good), or uncertain. */
export function classifyFailure(err: unknown, policy: Pick<RetryPolicy, 'retryOn'> = reminderRetry()): Exclude<Outcome, 'sent'> {
  if (!(err instanceof DeliveryError)) return 'uncertain';
  if (err.code === 'gone') return 'gone';
  if (policy.retryOn.includes(err.code)) return 'retry';
  return err.code === 'maybe-delivered' ? 'uncertain' : 'failed';
}

export function createReminderScheduler(deps: SchedulerDeps): ReminderScheduler {
  const { store, clock, log, delivery, compose } = deps;
  const random = deps.random ?? systemRandom;
  const o = {
    batchSize: deps.options?.batchSize ?? Math.max(8, Math.round(delivery.limiter.ratePerSecond)),
    errorBackoffMs: deps.options?.errorBackoffMs ?? 60_000,
  };
  // At most once: only a refusal that proves nothing arrived is tried again (README, "No duplicate reminders").
  const retry: RetryPolicy = {
    ...reminderRetry(deps.options?.maxAttempts),
    ...(deps.options?.retryBaseMs !== undefined ? { baseMs: deps.options.retryBaseMs } : {}),
    ...(deps.options?.retryMaxMs !== undefined ? { maxMs: deps.options.retryMaxMs } : {}),
  };
  const counters = { sent: 0, dropped: 0, uncertain: 0, failed: 0, gone: 0, retried: 0 };

  let cancelTimer: (() => void) | undefined;
  let failedRun = false;
  const runner = createRerunner(
    async () => {
      try {
        await runDue();
      } catch (err) {
        failedRun = true;
        backoffUntil = clock.now().getTime() + o.errorBackoffMs;
        log.error({ event: 'scheduler-error', err: describeError(err) }, 'reminder run failed; trying again later');
      }
    },
    { shouldRepeat: () => !stopping && !failedRun },
  );
  let stopping = false;
  let started = false;
  let backoffUntil = 0;
  let lastRunAt: Date | undefined;

  const startMs = (m: Meeting) => instantOf(m.start, m.zone).toMillis();

  function arm(): void {
    cancelTimer?.();
    cancelTimer = undefined;
    if (stopping || !started) return;
    const next = store.nextRunAt();
    if (next === undefined) return;
    const at = Math.max(next, backoffUntil);
    const delay = at - clock.now().getTime();
    if (delay <= 0) {
      kick();
      return;
    }
    cancelTimer = clock.setTimer(() => {
      cancelTimer = undefined;
      kick();
    }, delay);
  }

  function kick(): void {
    if (stopping) return;
    if (runner.running) {
      void runner.run();
      return;
    }
    void runner.run().finally(() => {
      failedRun = false;
      arm();
    });
  }

  const backoff = (attempts: number, retryAfterMs: number | undefined): number => retryDelayMs(attempts, retryAfterMs, retry, random);

  /** Jobs that end without sending anything (cancelled, dropped), written together with the first batch. */
  function finishJobs(d: MeetingsFile, changes: Array<{ job: Job; status: Job['status'] }>, now: Date): void {
    for (const c of changes) {
      const job = d.jobs[c.job.id];
      if (!job || job.status !== 'pending') continue;
      job.status = c.status;
      job.finishedAt = now.toISOString();
    }
  }

  /** After the last batch: each job is done, or waits for its retries. */
  function finalizeJobs(d: MeetingsFile, work: readonly Work[], doneAt: Date): void {
    for (const w of work) {
      const job = d.jobs[w.job.id];
      if (!job || job.status !== 'pending') continue;
      let retryAt: number | undefined;
      let sent = 0;
      const records = d.deliveries[job.id] ?? {};
      for (const conversationId of w.targetIds) {
        const rec = records[conversationId];
        if (rec?.status === 'sent') sent++;
        if (rec?.status === 'retry' && rec.nextAttemptAt) retryAt = Math.min(retryAt ?? Infinity, Date.parse(rec.nextAttemptAt));
      }
      if (retryAt !== undefined) {
        job.runAt = new Date(Math.max(retryAt, doneAt.getTime() + 1)).toISOString();
        job.attempts += 1;
      } else {
        job.status = 'done';
        job.finishedAt = doneAt.toISOString();
        log.info({ event: `${job.kind}-done`, jobId: job.id, meetingId: job.meetingId, moment: job.moment, conversations: w.targetIds.size, sent, lateMs: doneAt.getTime() - Date.parse(job.dueAt) }, `${job.kind} handled`);
      }
    }
  }

  async function runDue(): Promise<void> {
    const now = clock.now();
    const due = store.dueJobs(now);
    if (due.length === 0) return;
    lastRunAt = now;

    // When the bot was down over several moments of one meeting, only the latest one is still worth sending.
    const latest = new Map<string, Job>();
    for (const j of due) {
      if (j.kind !== 'reminder') continue;
      const cur = latest.get(j.meetingId);
      if (!cur || Date.parse(j.dueAt) > Date.parse(cur.dueAt)) latest.set(j.meetingId, j);
    }

    const finished: Array<{ job: Job; status: Job['status'] }> = [];
    const work: Work[] = [];
    const updates: Array<{ job: Job; meeting: Meeting }> = [];
    for (const job of due) {
      const meeting = store.meeting(job.meetingId);
      if (!meeting) {
        finished.push({ job, status: 'cancelled' });
        continue;
      }
      if (job.kind === 'update') {
        updates.push({ job, meeting });
        continue;
      }
      if (job.kind === 'reminder') {
        if (meeting.status !== 'planned' || !job.moment || !meeting.reminders.includes(job.moment)) {
          finished.push({ job, status: 'cancelled' });
          continue;
        }
        if (startMs(meeting) <= now.getTime()) {
          finished.push({ job, status: 'dropped' });
          counters.dropped++;
          log.warn({ event: 'reminder-dropped', reason: 'meeting-started', meetingId: meeting.id, moment: job.moment, dueAt: job.dueAt }, 'reminder fell due while the bot was down and the meeting has started; not sent');
          continue;
        }
        if (latest.get(meeting.id) !== job) {
          finished.push({ job, status: 'dropped' });
          counters.dropped++;
          log.info({ event: 'reminder-dropped', reason: 'superseded', meetingId: meeting.id, moment: job.moment, dueAt: job.dueAt }, 'a later reminder of the same meeting is due too; only that one is sent');
          continue;
        }
        if (now.getTime() - Date.parse(job.dueAt) > 60_000 && job.attempts === 0) {
          log.info({ event: 'reminder-late', meetingId: meeting.id, moment: job.moment, lateMs: now.getTime() - Date.parse(job.dueAt) }, 'reminder fell due while the bot was down; sending it now');
        }
        work.push({ job, meeting, message: compose.reminder(meeting, now), targetIds: new Set() });
        continue;
      }
      // notice
      const notice = job.notice;
      const relevantUntil = notice ? Math.max(startMs(meeting), instantOf(notice.previousStart, meeting.zone).toMillis()) : 0;
      if (!notice || relevantUntil <= now.getTime()) {
        finished.push({ job, status: 'dropped' });
        continue;
      }
      work.push({ job, meeting, message: compose.notice(meeting, notice, now), targetIds: new Set() });
    }
    const items: Item[] = [];
    for (const w of work) {
      const existing = store.read().deliveries[w.job.id] ?? {};
      for (const c of deps.targets(w.meeting.groupId)) {
        w.targetIds.add(c.conversationId);
        const prev = existing[c.conversationId];
        // The core of the guarantee: any record means this (job, conversation) was handled or is being retried.
        if (prev && !(prev.status === 'retry' && Date.parse(prev.nextAttemptAt ?? '') <= now.getTime())) continue;
        items.push({ work: w, conversation: c, attempts: prev?.attempts ?? 0 });
      }
    }

    if (finished.length > 0 || work.length > 0) await deliver(items, {
      first: (d) => finishJobs(d, finished, now),
      // Only when every batch went out: after a stop the jobs stay pending and resume at the next start.
      last: (d) => finalizeJobs(d, work, clock.now()),
    });

    for (const u of updates) {
      if (stopping) break;
      await runUpdate(u.job, u.meeting);
    }
  }

  interface Result {
    i: Item;
    outcome: Outcome;
    activityId: string | undefined;
    error: unknown;
    at: Date;
  }

  /** A meeting cancelled (or a moment removed) while earlier batches went out: leave the rest of it. */
  function stillWanted(i: Item): boolean {
    const m = store.meeting(i.work.meeting.id);
    const job = store.read().jobs[i.work.job.id];
    return m !== undefined && job?.status === 'pending' && (i.work.job.kind !== 'reminder' || m.status === 'planned');
  }

  /**
   * One write: the outcomes of the previous batch, and "sending" for the next one. Returns the items of the next
   * batch that may go out; they may only be sent after this write is on disk. `unsent`: items marked "sending" that a
   * stop kept from going out; their mark is taken back (as if never tried), so the next start sends them instead of
   * counting them "uncertain".
   */
  async function record(previous: Result[], next: Item[], extra?: (d: MeetingsFile) => void, unsent: readonly Item[] = []): Promise<Item[]> {
    const live = next.filter(stillWanted);
    if (previous.length === 0 && live.length === 0 && unsent.length === 0 && !extra) return [];
    const now = clock.now();
    const gone: Array<{ id: string; status: number | undefined }> = [];
    const marked = await store.transaction((d) => {
      for (const r of previous) {
        if (!d.jobs[r.i.work.job.id]) continue; // the meeting was purged meanwhile: keep no orphan records
        const attempts = r.i.attempts + 1;
        const status = r.error instanceof DeliveryError ? r.error.status : undefined;
        let outcome = r.outcome;
        if (outcome === 'retry' && attempts >= retry.maxAttempts) outcome = 'failed';
        const jobId = r.i.work.job.id;
        const conversationId = r.i.conversation.conversationId;
        const rec: Delivery = { status: outcome, attempts, updatedAt: r.at.toISOString() };
        if (r.activityId) rec.activityId = r.activityId;
        if (status !== undefined) rec.httpStatus = status;
        if (outcome === 'retry') {
          const retryAfter = r.error instanceof DeliveryError ? r.error.retryAfterMs : undefined;
          rec.nextAttemptAt = new Date(r.at.getTime() + backoff(attempts, retryAfter)).toISOString();
        }
        (d.deliveries[jobId] ??= {})[conversationId] = rec;
        counters[outcome === 'retry' ? 'retried' : outcome]++;
        if (outcome === 'gone') gone.push({ id: conversationId, status });
        if (outcome !== 'sent') {
          const level = outcome === 'retry' ? 'info' : 'warn';
          log[level](
            { event: `delivery-${outcome}`, jobId, conversationType: r.i.conversation.conversationType, status, attempts },
            outcome === 'uncertain' ? 'send failed in a way that may have delivered it anyway; not repeated' : `send ${outcome}`,
          );
        }
      }
      for (const i of unsent) {
        const jobId = i.work.job.id;
        const conversationId = i.conversation.conversationId;
        if (d.deliveries[jobId]?.[conversationId]?.status !== 'sending') continue;
        if (i.attempts === 0) delete d.deliveries[jobId]?.[conversationId];
        else (d.deliveries[jobId] ??= {})[conversationId] = { status: 'retry', attempts: i.attempts, updatedAt: now.toISOString(), nextAttemptAt: now.toISOString() };
      }
      const ok: Item[] = [];
      for (const i of live) {
        if (!d.jobs[i.work.job.id]) continue;
        (d.deliveries[i.work.job.id] ??= {})[i.conversation.conversationId] = {
          status: 'sending',
          attempts: i.attempts + 1,
          updatedAt: now.toISOString(),
        };
        ok.push(i);
      }
      extra?.(d);
      return ok;
    });
    for (const g of gone) {
      await deps.markInactive(g.id, `connector ${g.status ?? ''}: bot verwijderd`.trim());
      log.info({ event: 'conversation-inactive', status: g.status }, 'the bot was removed from a conversation; no more messages there');
    }
    return marked;
  }

  async function sendAll(batch: Item[]): Promise<Result[]> {
    return Promise.all(
      batch.map(async (i): Promise<Result> => {
        try {
          const r = await delivery.send(i.conversation, i.work.message, 'urgent');
          return { i, outcome: 'sent', activityId: r.activityId, error: undefined, at: clock.now() };
        } catch (error) {
          return { i, outcome: classifyFailure(error, retry), activityId: undefined, error, at: clock.now() };
        }
      }),
    );
  }

  /**
   * Sends in batches, pipelined: while one batch is on the wire, the next batch's "sending" records are written
   * (with the previous batch's outcomes). A batch starts only after its own "sending" write is on disk, so the
   * at-most-once guarantee holds; a crash can leave at most the batch in flight and the next one "uncertain"; a
   * stop finishes the batch in flight and takes back the next one's marks.
   * Returns false when a stop cut it short.
   */
  async function deliver(items: Item[], hooks: { first(d: MeetingsFile): void; last(d: MeetingsFile): void }): Promise<void> {
    const batches: Item[][] = [];
    for (let i = 0; i < items.length; i += o.batchSize) batches.push(items.slice(i, i + o.batchSize));
    let ready = await record([], batches[0] ?? [], hooks.first);
    let previous: Result[] = [];
    let cut = false;
    for (let k = 0; k < batches.length; k++) {
      const sending = sendAll(ready);
      const upcoming = !stopping ? batches[k + 1] ?? [] : [];
      const nextReady = upcoming.length > 0 ? record(previous, upcoming) : Promise.resolve([]);
      const [results, marked] = await Promise.all([sending, nextReady]);
      if (upcoming.length > 0) previous = [];
      previous.push(...results);
      ready = marked;
      if (stopping && k < batches.length - 1) {
        cut = true;
        break;
      }
    }
    // A stop: the batch marked "sending" but not sent is given back, so a graceful stop loses nothing.
    await record(previous, [], cut ? undefined : hooks.last, cut ? ready : []);
  }

  /** Replaces the reminder cards sent earlier for a changed meeting. Idempotent, so plain retries are fine. */
  async function runUpdate(job: Job, meeting: Meeting): Promise<void> {
    const now = clock.now();
    const message = compose.current(meeting, now);
    const sent = Object.values(store.read().jobs)
      .filter((j) => j.meetingId === meeting.id && j.kind === 'reminder')
      .flatMap((j) => store.deliveriesOf(j.id))
      .filter((d) => d.status === 'sent' && d.activityId);
    let retry = false;
    for (const rec of sent) {
      const conversation = deps.conversation(rec.conversationId);
      if (!conversation?.active || !rec.activityId) continue;
      try {
        await delivery.update(conversation, rec.activityId, message, 'normal');
      } catch (err) {
        const e = asDeliveryError(err);
        if (e.code === 'gone') {
          await deps.markInactive(conversation.conversationId, 'connector: bot verwijderd');
        } else if (e.retryable) {
          retry = true;
        } else {
          log.warn({ event: 'card-update-failed', meetingId: meeting.id, status: e.status }, 'could not update a sent reminder card');
        }
      }
    }
    await store.transaction((d) => {
      const j = d.jobs[job.id];
      // A newer change re-queued it meanwhile: leave it for the next run.
      if (!j || j.status !== 'pending' || j.runAt !== job.runAt) return;
      if (retry && j.attempts < 3) {
        j.attempts += 1;
        j.runAt = new Date(now.getTime() + backoff(j.attempts, undefined)).toISOString();
      } else {
        j.status = 'done';
        j.finishedAt = clock.now().toISOString();
      }
    });
  }

  return {
    async start() {
      const now = clock.now();
      const stuck = await store.recoverInterrupted(now);
      for (const s of stuck) {
        counters.uncertain++;
        log.warn({ event: 'delivery-uncertain', jobId: s.jobId, reason: 'interrupted' }, 'a send was cut off by a stop or crash; it is not repeated, so it may be missing once');
      }
      started = true;
      stopping = false;
      log.info({ event: 'scheduler-started', pendingJobs: store.pendingCount(), dueNow: store.dueJobs(now).length }, 'reminder scheduler started');
      arm();
    },
    async stop() {
      stopping = true;
      cancelTimer?.();
      cancelTimer = undefined;
      await runner.idle();
      await store.flush();
    },
    idle: () => runner.idle(),
    poke() {
      if (runner.running) void runner.run();
      else arm();
    },
    state() {
      const next = store.nextRunAt();
      return {
        busy: runner.running,
        pendingJobs: store.pendingCount(),
        dueNow: store.dueJobs(clock.now()).length,
        nextRunAt: next === undefined ? null : new Date(next).toISOString(),
        lastRunAt: lastRunAt ? lastRunAt.toISOString() : null,
        ...counters,
      };
    },
  };
}
