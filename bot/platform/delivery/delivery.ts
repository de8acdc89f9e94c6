import { asDeliveryError } from './deliveryError.ts';
import type { DeliveryLimiter, DeliveryPriority } from './deliveryLimiter.ts';
import type { ConversationAddress, OutgoingCard, ProactiveSender } from './proactiveSender.ts';
import { withTimeout } from './timeout.ts';
import type { Clock } from '../clock.ts';

/**
 * The one way the bot sends on its own initiative: every request waits for its turn in the app's budget, every
 * failure comes back as a DeliveryError with its code, and a 429 slows the budget down for everyone. One attempt
 * per call; retrying is the caller's policy (retryPolicy.ts), because only the caller knows whether a message
 * may arrive twice. Every attempt has one timeout: a connector that does not answer is given up on (`maybe-delivered`),
 * so it never holds back another conversation's delivery for longer than that.
 */
export interface Delivery<C extends ConversationAddress = ConversationAddress> {
  readonly limiter: DeliveryLimiter;
  send(conversation: C, message: OutgoingCard, priority: DeliveryPriority): Promise<{ activityId: string | undefined }>;
  update(conversation: C, activityId: string, message: OutgoingCard, priority: DeliveryPriority): Promise<void>;
  /**
   * For a caller that has already taken its turn with `limiter.acquire` (the broadcast run, which checks its own
   * pace per conversation and whether it was stopped in between): the attempt without a second wait.
   */
  sendAdmitted(conversation: C, message: OutgoingCard): Promise<{ activityId: string | undefined }>;
}

export interface DeliveryDeps<C extends ConversationAddress> {
  sender: ProactiveSender<C>;
  limiter: DeliveryLimiter;
  /** Longest wait for the connector's answer to one attempt, after its turn in the budget. Default: no limit. */
  timeoutMs?: number;
  /** Transport time for the timeout (real time by default). */
  clock?: Pick<Clock, 'setTimer'>;
}

export function createDelivery<C extends ConversationAddress>(deps: DeliveryDeps<C>): Delivery<C> {
  const { sender, limiter } = deps;
  const timeoutMs = deps.timeoutMs ?? Infinity;
  const attempt = async <T>(conversation: C, work: () => Promise<T>): Promise<T> => {
    try {
      return await withTimeout(work(), timeoutMs, deps.clock);
    } catch (err) {
      const e = asDeliveryError(err);
      if (e.code === 'retry-after') limiter.throttled(conversation.conversationId, e.retryAfterMs);
      throw e;
    }
  };
  return {
    limiter,
    async send(conversation, message, priority) {
      await limiter.acquire({ conversationId: conversation.conversationId, priority });
      return attempt(conversation, () => sender.send(conversation, message));
    },
    async update(conversation, activityId, message, priority) {
      await limiter.acquire({ conversationId: conversation.conversationId, priority });
      return attempt(conversation, () => sender.update(conversation, activityId, message));
    },
    sendAdmitted: (conversation, message) => attempt(conversation, () => sender.send(conversation, message)),
  };
}
