import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { DeliveryError, parseRetryAfter, type OutgoingCard, type ProactiveSender } from '../messaging.ts';
import type { ConversationRecord } from '../store/conversationStore.ts';
import { adaptiveCardMessage } from './send.ts';
import { toConversationReference } from './turnInfo.ts';

/** Proactive messages through the CloudAdapter; connector failures become DeliveryErrors with status and Retry-After. */
export function createProactiveSender(adapter: CloudAdapter, appId: string | undefined): ProactiveSender {
  const botAppId = appId ?? '';
  return {
    async send(conversation: ConversationRecord, message: OutgoingCard) {
      let activityId: string | undefined;
      try {
        await adapter.continueConversationAsync(botAppId, toConversationReference(conversation) as ConversationReference, async (ctx) => {
          const r = await ctx.sendActivity(adaptiveCardMessage(message.card, message.summary));
          activityId = r?.id;
        });
      } catch (err) {
        throw toDeliveryError(err);
      }
      return { activityId };
    },
    async update(conversation: ConversationRecord, activityId: string, message: OutgoingCard) {
      try {
        await adapter.continueConversationAsync(botAppId, toConversationReference(conversation) as ConversationReference, async (ctx) => {
          await ctx.updateActivity({ ...adaptiveCardMessage(message.card, message.summary), id: activityId });
        });
      } catch (err) {
        throw toDeliveryError(err);
      }
    },
  };
}

export function toDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as { statusCode?: unknown; message?: unknown; response?: { headers?: { get?(name: string): string | undefined } } };
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const retryAfter = parseRetryAfter(e.response?.headers?.get?.('retry-after'));
  const message = typeof e.message === 'string' ? e.message.slice(0, 200) : 'send failed';
  return new DeliveryError(message, status, retryAfter);
}
