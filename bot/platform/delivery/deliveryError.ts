/**
 * Why a send failed, as the one classification every sender and every retry policy use.
 *
 * - `retry-after`: throttled (429); nothing arrived; wait for Retry-After.
 * - `not-delivered`: a passing refusal that proves nothing arrived (412, 503, connection refused, unknown host).
 * - `maybe-delivered`: the request may have reached Teams (timeout, 408, 500, 502, 504, a reset connection).
 * - `gone`: the bot was removed from the conversation, or it no longer exists (403, 404): stop sending there.
 * - `rejected`: refused for good (other 4xx, 501, 505, ...): trying again will not help.
 */
export const DELIVERY_ERROR_CODES = ['retry-after', 'not-delivered', 'maybe-delivered', 'gone', 'rejected'] as const;
export type DeliveryErrorCode = (typeof DELIVERY_ERROR_CODES)[number];

/**
 * The network code of a queued send that was taken back before any worker started it (queuedDelivery.ts): like a
 * refused connection, it proves nothing left for Teams.
 */
export const WITHDRAWN_FROM_QUEUE = 'EWITHDRAWN';

/** System error codes that mean the request never left this machine. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', WITHDRAWN_FROM_QUEUE]);

export function classifyDelivery(status: number | undefined, networkCode: string | undefined): DeliveryErrorCode {
  if (status === undefined) return networkCode !== undefined && NOT_CONNECTED.has(networkCode) ? 'not-delivered' : 'maybe-delivered';
  if (status === 429) return 'retry-after';
  if (status === 403 || status === 404) return 'gone';
  if (status === 412 || status === 503) return 'not-delivered';
  if (status === 408 || status === 500 || status === 502 || status === 504) return 'maybe-delivered';
  return 'rejected';
}

export class DeliveryError extends Error {
  readonly code: DeliveryErrorCode;

  constructor(
    message: string,
    /** HTTP status from the connector, undefined for network errors. */
    readonly status: number | undefined,
    /** From a Retry-After header, in milliseconds. */
    readonly retryAfterMs: number | undefined,
    /** The system error code of a network error (ECONNREFUSED, ...), when there is one. */
    readonly networkCode?: string,
  ) {
    super(message);
    this.name = 'DeliveryError';
    this.code = classifyDelivery(status, networkCode);
  }

  /** Trying again may help (whether that is wise for a given kind of message is the retry policy's business). */
  get retryable(): boolean {
    return this.code === 'retry-after' || this.code === 'not-delivered' || this.code === 'maybe-delivered';
  }

  get gone(): boolean {
    return this.code === 'gone';
  }
}

/** Anything a sender throws, as a DeliveryError (an unexpected error may have delivered: `maybe-delivered`). */
export function asDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as { code?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  return new DeliveryError(typeof e?.message === 'string' ? e.message.slice(0, 200) : 'send failed', undefined, undefined, code);
}

/** Parses a Retry-After header (seconds or an HTTP date) to milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
