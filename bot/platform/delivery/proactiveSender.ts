/** A card to send, as every proactive sender takes it. */
export interface OutgoingCard {
  readonly card: Record<string, unknown>;
  /** Plain text for notifications and screen readers. */
  readonly summary: string;
}

/** The conversation a proactive message goes to: what a stored conversation record holds about it. */
export interface ConversationAddress {
  readonly conversationId: string;
}

/**
 * One attempt at a proactive send, with no pacing and no retries of its own. The Teams implementation lives in
 * bot/teams/proactiveSender.ts; tests and benchmarks pass another. Callers go through the delivery platform
 * (bot/platform/delivery/delivery.ts), which paces and classifies.
 */
export interface ProactiveSender<C extends ConversationAddress = ConversationAddress> {
  /** Sends a new message; resolves with the id of the sent activity. Throws DeliveryError. */
  send(conversation: C, message: OutgoingCard): Promise<{ activityId: string | undefined }>;
  /** Replaces a message sent earlier (a report counting up, a reminder with new RSVP counts). Throws DeliveryError. */
  update(conversation: C, activityId: string, message: OutgoingCard): Promise<void>;
}
