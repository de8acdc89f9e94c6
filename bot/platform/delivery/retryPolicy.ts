import type { Random } from '../clock.ts';
import type { DeliveryError, DeliveryErrorCode } from './deliveryError.ts';

/**
 * How one kind of message is retried, as data: which failures are tried again, how often and how far apart.
 * The same formula serves every use; the differences between uses are in these values only.
 */
export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  readonly maxAttempts: number;
  /** Failures worth another attempt for this kind of message. */
  readonly retryOn: readonly DeliveryErrorCode[];
  /** First retry after about this long; doubles per attempt. */
  readonly baseMs: number;
  readonly maxMs: number;
  /** A Retry-After longer than this is treated as this (a misbehaving server must not park a message for a day). */
  readonly maxRetryAfterMs: number;
}

/**
 * Reminders and meeting notices: at most once. Only a failure that proves nothing arrived is tried again;
 * a doubled reminder is what makes people mute a bot.
 */
export const AT_MOST_ONCE: Omit<RetryPolicy, 'maxAttempts'> = {
  retryOn: ['retry-after', 'not-delivered'],
  // A refusal proves nothing arrived, so trying again soon is safe: a 503 costs a due reminder about a second.
  baseMs: 1000,
  maxMs: 15 * 60_000,
  maxRetryAfterMs: 15 * 60_000,
};

export const reminderRetry = (maxAttempts = 6): RetryPolicy => ({ ...AT_MOST_ONCE, maxAttempts });

/**
 * Broadcasts: also a failure that may have delivered is tried again, so nobody misses the update; the price is a
 * bounded number of duplicates (README, "The duplicate bound").
 */
export const broadcastRetry = (maxAttempts: number): RetryPolicy => ({
  maxAttempts,
  retryOn: ['retry-after', 'not-delivered', 'maybe-delivered'],
  baseMs: 1000,
  maxMs: 60_000,
  maxRetryAfterMs: 600_000,
});

/** Replacing a card sent earlier is idempotent: anything passing is worth a few more tries. */
export const cardUpdateRetry: RetryPolicy = { maxAttempts: 4, retryOn: ['retry-after', 'not-delivered', 'maybe-delivered'], baseMs: 1000, maxMs: 8000, maxRetryAfterMs: 60_000 };

/**
 * Delay before attempt `attempt + 1`, after `attempt` failed attempts: exponential with "equal jitter" (half fixed,
 * half random, so throttled recipients do not all come back at the same moment), and never earlier than the
 * server's Retry-After (plus a little jitter on top of it for the same reason).
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, policy: Pick<RetryPolicy, 'baseMs' | 'maxMs' | 'maxRetryAfterMs'>, random: Random): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const backoff = exp / 2 + (random() * exp) / 2;
  if (retryAfterMs === undefined) return Math.round(backoff);
  const ra = Math.min(Math.max(0, retryAfterMs), policy.maxRetryAfterMs);
  return Math.round(Math.max(backoff, ra + random() * Math.min(1000, ra * 0.2 + 50)));
}

export type RetryDecision =
  | { readonly action: 'retry'; readonly delayMs: number }
  /** exhausted: the failure was worth retrying, but the attempts are used up. */
  | { readonly action: 'give-up'; readonly code: DeliveryErrorCode; readonly exhausted: boolean };

/** What to do after `attemptsMade` attempts, the last of which failed with `error`. */
export function retryDecision(error: DeliveryError, attemptsMade: number, policy: RetryPolicy, random: Random): RetryDecision {
  if (!policy.retryOn.includes(error.code)) return { action: 'give-up', code: error.code, exhausted: false };
  if (attemptsMade >= policy.maxAttempts) return { action: 'give-up', code: error.code, exhausted: true };
  return { action: 'retry', delayMs: retryDelayMs(attemptsMade, error.retryAfterMs, policy, random) };
}
