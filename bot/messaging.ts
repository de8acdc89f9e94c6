// Moved to bot/platform/delivery/; kept so feature code can move over one module at a time.
import type { ProactiveSender as PlatformSender } from './platform/delivery/proactiveSender.ts';
import type { ConversationRecord } from './store/conversationStore.ts';

export { DeliveryError, parseRetryAfter, asDeliveryError } from './platform/delivery/deliveryError.ts';
export type { OutgoingCard } from './platform/delivery/proactiveSender.ts';
export type ProactiveSender = PlatformSender<ConversationRecord>;
