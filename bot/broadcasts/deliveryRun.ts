import type { Logger } from '../platform/log.ts';
import { describeError } from '../platform/describeError.ts';
import { nowMs, sleep, type Clock, type Random } from '../platform/clock.ts';
import { createRerunner } from '../platform/rerunner.ts';
import type { Delivery } from '../platform/delivery/delivery.ts';
import { asDeliveryError, DeliveryError } from '../platform/delivery/deliveryError.ts';
import type { KeyedLimiter } from '../platform/delivery/keyedLimiter.ts';
import type { OutgoingCard } from '../platform/delivery/proactiveSender.ts';
import type { ConversationRecord, ConversationStore } from '../platform/store/conversationStore.ts';
import { deliverable } from './audience.ts';
import { decideOnFailure, defaultBackoff, type BackoffPolicy } from './backoff.ts';
import type { DeliveryCounts, DeliveryQueue, RecipientRecord } from './broadcastStore.ts';

/**
 * The delivery loop of one broadcast: takes pending recipients from the durable queue (the delivery file), sends
 * through the app's delivery platform (its turn in the shared budget, at the lowest priority) and within the
 * broadcast's own pace per conversation, retries with backoff, and writes outcomes back in batches.
 *
 * Crash bound. A recipient can get the broadcast twice only if the message reached Teams but the file does not
 * yet say "sent" when the process dies. Those are (a) sends in flight and (b) sends that succeeded but whose
 * batch is not written yet. The loop starts a send only while (a) + (b) < maxUnconfirmed, so after a crash at
 * most `maxUnconfirmed` recipients of each broadcast that was sending can get it a second time; every other
 * recipient gets it exactly once. (A request that timed out but still arrived later is the one other way to a
 * duplicate; it is retried because Teams cannot tell us whether it arrived.)
 */
export interface DeliveryPolicy {
  readonly backoff: BackoffPolicy;
  /** Sends in flight at once (enough to keep the rate with Teams' latency). */
  readonly maxInFlight: number;
  /** In flight + sent-but-not-yet-written never exceeds this: the duplicate bound after a crash. */
  readonly maxUnconfirmed: number;
  /** No answer after this long: counted as a network error and retried. Infinity: wait as long as it takes. */
  readonly sendTimeoutMs: number;
}

export function defaultDeliveryPolicy(options: { ratePerSecond: number; maxAttempts: number }): DeliveryPolicy {
  // ~350 ms of Teams latency at the configured rate, at least 2 and at most 12 at once.
  const maxInFlight = Math.min(12, Math.max(2, Math.ceil(options.ratePerSecond / 3)));
  return {
    backoff: defaultBackoff(options.maxAttempts),
    maxInFlight,
    maxUnconfirmed: maxInFlight + Math.max(4, Math.ceil(maxInFlight / 2)),
    sendTimeoutMs: 30_000,
  };
}

export type RunOutcome = 'done' | 'cancelled' | 'stopped';

export interface DeliveryRunDeps {
  readonly broadcastId: string;
  readonly queue: DeliveryQueue;
  /** The app's one sender and budget. */
  readonly delivery: Delivery<ConversationRecord>;
  /** The broadcasts' own pace per conversation (BROADCAST_CONVERSATION_RATE_PER_SECOND), shared by every run. */
  readonly conversationPace: KeyedLimiter;
  readonly conversations: Pick<ConversationStore, 'get' | 'markInactive'>;
  /** The broadcast card for a conversation of this type. */
  message(conversationType: ConversationRecord['conversationType']): OutgoingCard;
  readonly policy: DeliveryPolicy;
  /** Transport time: for retry moments, timeouts and the pace. */
  readonly clock: Clock;
  /** For the retries' jitter. */
  readonly random: Random;
  readonly log: Logger;
  /** Called after every outcome; the caller throttles what it does with it. */
  onProgress?(): void;
}

export class DeliveryRun {
  readonly #d: DeliveryRunDeps;
  readonly #recs: RecipientRecord[];
  /** Fresh recipients in audience order, and a pointer into it. */
  readonly #fresh: number[] = [];
  #freshHead = 0;
  /** Retries that are due: served before fresh recipients, so a retry does not wait for the whole audience. */
  #due: number[] = [];
  /** Waiting for their retry moment (or for their conversation's rate). */
  #later: Array<{ idx: number; at: number }> = [];
  /** Send requests not settled yet: they may still reach Teams. */
  #unsettled = 0;
  /** Sends without an outcome yet. */
  #undecided = 0;
  /** Sent, but not yet written to the file. */
  readonly #unconfirmed = new Set<number>();
  readonly #dirty = new Set<number>();
  /** Writes the changed rows; calls during a write collapse into one more write. */
  readonly #saver = createRerunner(() => this.#persist());
  #writeFailures = 0;
  #halt: 'cancel' | 'stop' | undefined;
  #wake: (() => void) | undefined;
  readonly #side = new Set<Promise<unknown>>();
  #promise: Promise<RunOutcome> | undefined;
  /** Recipients found "sending" in the file at start: a crash interrupted them, so they are sent again. */
  readonly interrupted: number;
  /** The highest (in flight + unconfirmed) seen: never above policy.maxUnconfirmed. For tests and health. */
  peakUnconfirmed = 0;

  constructor(deps: DeliveryRunDeps) {
    this.#d = deps;
    const now = nowMs(deps.clock);
    let interrupted = 0;
    this.#recs = deps.queue.read().map((r, idx) => {
      const rec = { ...r };
      if (rec.state === 'sending') {
        rec.state = 'pending';
        interrupted++;
      }
      if (rec.state === 'pending') {
        const at = rec.nextAttemptAt === undefined ? undefined : Date.parse(rec.nextAttemptAt);
        if (at !== undefined && at > now) this.#later.push({ idx, at });
        else if (rec.attempts > 0) this.#due.push(idx);
        else this.#fresh.push(idx);
      }
      return rec;
    });
    this.interrupted = interrupted;
  }

  /** Runs until every recipient is sent, failed or skipped (or until cancel/stop). Idempotent. */
  run(): Promise<RunOutcome> {
    this.#promise ??= this.#loop();
    return this.#promise;
  }

  /** Stops sending; recipients still pending become "skipped (cancelled)". */
  cancel(): void {
    this.#halt = 'cancel';
    this.#wakeUp();
  }

  /** Shutdown: stops starting sends, waits for those in flight, writes everything. Pending ones stay pending. */
  async stop(): Promise<void> {
    this.#halt ??= 'stop';
    this.#wakeUp();
    await this.#promise;
  }

  get halted(): boolean {
    return this.#halt !== undefined;
  }

  counts(): DeliveryCounts {
    const c: DeliveryCounts = { total: this.#recs.length, sent: 0, failed: 0, pending: 0, skipped: 0 };
    for (const r of this.#recs) {
      if (r.state === 'sent') c.sent++;
      else if (r.state === 'failed') c.failed++;
      else if (r.state === 'skipped') c.skipped++;
      else c.pending++;
    }
    return c;
  }

  /** `vergeet mij`: forgets a conversation id in rows that are finished (pending ones still need it). */
  redact(conversationId: string): number {
    let n = 0;
    this.#recs.forEach((r, idx) => {
      if (r.conversationId === conversationId && r.state !== 'pending' && r.state !== 'sending') {
        r.conversationId = `gewist-${idx}`;
        this.#dirty.add(idx);
        n++;
      }
    });
    this.#persistSoon();
    return n;
  }

  async #loop(): Promise<RunOutcome> {
    const { policy, conversationPace, delivery, clock } = this.#d;
    if (this.interrupted > 0) {
      this.#d.log.warn({ event: 'broadcast-resumed', broadcastId: this.#d.broadcastId, interrupted: this.interrupted }, 'broadcast resumed after an interruption');
    }
    for (;;) {
      if (this.#halt) break;
      const now = nowMs(clock);
      this.#promoteDue(now);
      const hasWork = this.#due.length > 0 || this.#freshHead < this.#fresh.length;
      if (!hasWork) {
        if (this.#undecided === 0 && this.#later.length === 0) break;
        const next = this.#later.reduce((m, l) => Math.min(m, l.at), Infinity);
        await this.#waitWake(next - now);
        continue;
      }
      if (this.#unsettled >= policy.maxInFlight || this.#unsettled + this.#unconfirmed.size >= policy.maxUnconfirmed) {
        await this.#waitWake(Infinity);
        continue;
      }
      const idx = this.#due.length > 0 ? (this.#due.shift() as number) : (this.#fresh[this.#freshHead++] as number);
      const rec = this.#recs[idx];
      if (!rec || rec.state !== 'pending') continue;
      const conversation = this.#d.conversations.get(rec.conversationId);
      const verdict = deliverable(conversation);
      if (verdict !== 'ok' || !conversation) {
        rec.state = 'skipped';
        rec.reason = verdict === 'opted-out' ? 'opted-out' : 'inactive';
        this.#changed(idx);
        continue;
      }
      const convWait = conversationPace.waitMs(rec.conversationId);
      if (convWait > 0) {
        this.#later.push({ idx, at: now + convWait });
        continue;
      }
      await delivery.limiter.acquire({ conversationId: rec.conversationId, priority: 'bulk' });
      if (this.#halt) {
        this.#due.unshift(idx);
        break;
      }
      const again = conversationPace.tryTake(rec.conversationId);
      if (again > 0) {
        this.#later.push({ idx, at: nowMs(clock) + again });
        continue;
      }
      this.#start(idx, rec, conversation);
    }

    while (this.#undecided > 0) await this.#waitWake(Infinity);
    if (this.#halt === 'cancel') {
      this.#recs.forEach((r, idx) => {
        if (r.state === 'pending') {
          r.state = 'skipped';
          r.reason = 'cancelled';
          delete r.nextAttemptAt;
          this.#dirty.add(idx);
        }
      });
    }
    await Promise.allSettled([...this.#side]);
    await this.#drain();
    if (this.#halt === 'cancel') return 'cancelled';
    return this.#recs.some((r) => r.state === 'pending') ? 'stopped' : 'done';
  }

  #promoteDue(now: number): void {
    if (this.#later.length === 0) return;
    const keep: Array<{ idx: number; at: number }> = [];
    for (const l of this.#later) {
      if (l.at > now) keep.push(l);
      else if (this.#recs[l.idx]?.state === 'pending') this.#due.push(l.idx);
    }
    this.#later = keep;
  }

  #start(idx: number, rec: RecipientRecord, conversation: ConversationRecord): void {
    const { clock, policy } = this.#d;
    rec.state = 'sending';
    rec.attempts += 1;
    delete rec.nextAttemptAt;
    this.#unsettled++;
    this.#undecided++;
    this.peakUnconfirmed = Math.max(this.peakUnconfirmed, this.#unsettled + this.#unconfirmed.size);
    let decided = false;
    let counted = true;
    const cancels: Array<() => void> = [];
    const decide = (apply: () => void) => {
      if (decided) return;
      decided = true;
      this.#undecided--;
      apply();
      this.#changed(idx);
      this.#d.onProgress?.();
    };
    const release = () => {
      if (!counted) return;
      counted = false;
      this.#unsettled--;
      for (const c of cancels) c();
      this.#wakeUp();
    };
    let sending: Promise<unknown>;
    try {
      sending = this.#d.delivery.sendAdmitted(conversation, this.#d.message(conversation.conversationType));
    } catch (err) {
      sending = Promise.reject(err);
    }
    sending.then(
      () => {
        if (!decided) decide(() => this.#onSent(idx));
        else this.#lateSuccess(idx);
      },
      (err: unknown) => decide(() => this.#onFailed(idx, asDeliveryError(err))),
    ).finally(release);
    if (Number.isFinite(policy.sendTimeoutMs)) {
      cancels.push(clock.setTimer(() => decide(() => this.#onFailed(idx, new DeliveryError('no answer in time', undefined, undefined))), policy.sendTimeoutMs));
      // A request that hangs this long is given up on, so one dead connection cannot stall the broadcast.
      cancels.push(clock.setTimer(release, policy.sendTimeoutMs * 2));
    }
  }

  #onSent(idx: number): void {
    const rec = this.#recs[idx];
    if (!rec) return;
    rec.state = 'sent';
    rec.sentAt = this.#d.clock.now().toISOString();
    delete rec.reason;
    delete rec.lastStatus;
    this.#unconfirmed.add(idx);
  }

  /** An answer after the timeout: it did arrive. Unless a retry is already on its way, record it as sent. */
  #lateSuccess(idx: number): void {
    const rec = this.#recs[idx];
    if (!rec || rec.state === 'sending' || rec.state === 'sent') return;
    if (rec.state === 'skipped' && rec.reason !== 'cancelled') return;
    this.#onSent(idx);
    this.#changed(idx);
  }

  #onFailed(idx: number, error: DeliveryError): void {
    const rec = this.#recs[idx];
    if (!rec) return;
    const { clock, policy, random } = this.#d;
    const decision = decideOnFailure(error, rec.attempts, policy.backoff, random);
    if (error.status !== undefined) rec.lastStatus = error.status;
    else delete rec.lastStatus;
    if (decision.action === 'retry') {
      // A 429 has already paused this conversation (and, after a run of them, the app) in the shared limiter.
      const at = nowMs(clock) + decision.delayMs;
      rec.state = 'pending';
      rec.nextAttemptAt = new Date(at).toISOString();
      this.#later.push({ idx, at });
      return;
    }
    rec.state = 'failed';
    rec.reason = decision.reason;
    delete rec.nextAttemptAt;
    if (decision.removed) {
      const p = this.#d.conversations.markInactive(rec.conversationId, `bot removed (HTTP ${error.status ?? '?'} on a broadcast)`).catch((err: unknown) => {
        this.#d.log.error({ event: 'mark-inactive-failed', err: describeError(err) }, 'could not mark a conversation inactive');
      });
      this.#side.add(p);
      void p.finally(() => this.#side.delete(p));
    }
  }

  #changed(idx: number): void {
    this.#dirty.add(idx);
    this.#persistSoon();
    this.#wakeUp();
  }

  #persistSoon(): void {
    if (this.#dirty.size === 0) return;
    void this.#saver.run().finally(() => this.#wakeUp());
  }

  /**
   * Writes every changed row in one batch; what changes during a write asks the saver for one more run, so the
   * writes batch by themselves. A failed write keeps its rows dirty and asks again after a pause.
   */
  async #persist(): Promise<void> {
    if (this.#dirty.size === 0) return;
    const batch = [...this.#dirty].map((i) => [i, { ...(this.#recs[i] as RecipientRecord) }] as const);
    this.#dirty.clear();
    try {
      await this.#d.queue.write(batch);
      for (const [i, r] of batch) if (r.state === 'sent') this.#unconfirmed.delete(i);
      this.#writeFailures = 0;
    } catch (err) {
      // Disk full or the like: keep the rows dirty; the loop stalls at maxUnconfirmed instead of sending blind.
      for (const [i] of batch) this.#dirty.add(i);
      this.#writeFailures++;
      this.#d.log.error({ event: 'broadcast-persist-failed', broadcastId: this.#d.broadcastId, err: describeError(err) }, 'could not write delivery state');
      // During shutdown, give up after a few tries rather than hold the stop for ever.
      if (this.#halt && this.#writeFailures >= 5) return;
      await sleep(this.#d.clock, Math.min(10_000, 500 * 2 ** this.#writeFailures));
      void this.#saver.run();
    }
    this.#wakeUp();
  }

  async #drain(): Promise<void> {
    while (this.#saver.running || this.#dirty.size > 0) {
      this.#persistSoon();
      await this.#saver.idle();
      if (this.#dirty.size > 0 && this.#halt) {
        // #persist gave up after repeated write failures during shutdown.
        break;
      }
    }
  }

  #waitWake(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      let cancel = () => {};
      const done = () => {
        cancel();
        if (this.#wake === done) this.#wake = undefined;
        resolve();
      };
      this.#wake = done;
      if (Number.isFinite(ms)) cancel = this.#d.clock.setTimer(done, ms);
    });
  }

  #wakeUp(): void {
    this.#wake?.();
  }
}
