import { systemClock, type Clock } from '../bot/platform/clock.ts';
import { createDelivery, type Delivery } from '../bot/platform/delivery/delivery.ts';
import { DeliveryLimiter } from '../bot/platform/delivery/deliveryLimiter.ts';
import type { ProactiveSender } from '../bot/platform/delivery/proactiveSender.ts';
import type { ConversationRecord } from '../bot/platform/store/conversationStore.ts';

/** The delivery platform around a fake sender, as main.ts builds it around the Teams one. */
export function testDelivery(sender: ProactiveSender, options: { ratePerSecond?: number; conversationPerSecond?: number; clock?: Clock } = {}): Delivery<ConversationRecord> {
  const limiter = new DeliveryLimiter({
    ratePerSecond: options.ratePerSecond ?? 5000,
    clock: options.clock ?? systemClock,
    ...(options.conversationPerSecond !== undefined ? { conversationPerSecond: options.conversationPerSecond } : {}),
  });
  return createDelivery({ sender, limiter });
}
