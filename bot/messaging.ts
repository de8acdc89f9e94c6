import type { ConversationRecord } from './store/conversationStore.ts';

/**
 * What the services (meetings, broadcasts) need to write to a conversation on their own initiative.
 * The Teams implementation lives in bot/teams/proactiveSender.ts; tests and benchmarks can pass another.
 */
export interface OutgoingCard {
  readonly card: Record<string, unknown>;
  /** Plain text for notifications and screen readers. */
  readonly summary: string;
}

export interface ProactiveSender {
  /** Sends a new message; resolves with the id of the sent activity. Throws DeliveryError. */
  send(conversation: ConversationRecord, message: OutgoingCard): Promise<{ activityId: string | undefined }>;
  /** Replaces a message sent earlier (a report counting up, a reminder with new RSVP counts). Throws DeliveryError. */
  update(conversation: ConversationRecord, activityId: string, message: OutgoingCard): Promise<void>;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    /** HTTP status from the connector, undefined for network errors. */
    readonly status: number | undefined,
    /** From a Retry-After header, in milliseconds. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }

  /** Throttled or a passing server fault: try again later. Network errors count as passing. */
  get retryable(): boolean {
    return this.status === undefined || [408, 412, 429, 500, 502, 503, 504].includes(this.status);
  }

  /** The bot was removed from the conversation (or it no longer exists): stop sending there. */
  get gone(): boolean {
    return this.status === 403 || this.status === 404;
  }
}

/** Parses a Retry-After header (seconds or an HTTP date) to milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
