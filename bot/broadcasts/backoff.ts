import { DeliveryError } from '../messaging.ts';

/** Why a recipient did not get the broadcast. Stored, shown in "Details", and decides "Opnieuw naar mislukte". */
export const FAILURE_REASONS = ['removed', 'rejected', 'throttled', 'server-error', 'network'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export interface BackoffPolicy {
  /** Attempts in total, the first one included. */
  readonly maxAttempts: number;
  /** First retry after about this long; doubles per attempt. */
  readonly baseMs: number;
  readonly maxMs: number;
  /** A Retry-After longer than this is treated as this (a misbehaving server must not park a broadcast for a day). */
  readonly maxRetryAfterMs: number;
}

export const defaultBackoff = (maxAttempts: number): BackoffPolicy => ({ maxAttempts, baseMs: 1000, maxMs: 60_000, maxRetryAfterMs: 600_000 });

/**
 * Delay before attempt `attempt + 1`, after `attempt` failed attempts: exponential with "equal jitter" (half fixed,
 * half random, so throttled recipients do not all come back at the same moment), and never earlier than the
 * server's Retry-After (plus a little jitter on top of it for the same reason).
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, policy: BackoffPolicy, random: () => number): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const backoff = exp / 2 + (random() * exp) / 2;
  if (retryAfterMs === undefined) return Math.round(backoff);
  const ra = Math.min(Math.max(0, retryAfterMs), policy.maxRetryAfterMs);
  return Math.round(Math.max(backoff, ra + random() * Math.min(1000, ra * 0.2 + 50)));
}

export type FailureDecision =
  | { readonly action: 'retry'; readonly delayMs: number; readonly throttled: boolean }
  | { readonly action: 'fail'; readonly reason: FailureReason; readonly removed: boolean };

/**
 * What to do after a failed send: 429, 412, 5xx (not 501/505) and network errors are retried until maxAttempts;
 * 403/404 mean the bot is no longer in the conversation; other 4xx are refused for good.
 */
export function decideOnFailure(error: DeliveryError, attemptsMade: number, policy: BackoffPolicy, random: () => number): FailureDecision {
  if (error.gone) return { action: 'fail', reason: 'removed', removed: true };
  if (error.retryable) {
    if (attemptsMade < policy.maxAttempts) {
      return { action: 'retry', delayMs: retryDelayMs(attemptsMade, error.retryAfterMs, policy, random), throttled: error.status === 429 };
    }
    const reason: FailureReason = error.status === 429 ? 'throttled' : error.status === undefined ? 'network' : 'server-error';
    return { action: 'fail', reason, removed: false };
  }
  return { action: 'fail', reason: 'rejected', removed: false };
}

/** Anything a sender throws, as a DeliveryError (an unexpected error counts as a network error: retried). */
export function asDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  return new DeliveryError(err instanceof Error ? err.message.slice(0, 200) : 'send failed', undefined, undefined);
}
