import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { DeliveryError, parseRetryAfter } from '../platform/delivery/deliveryError.ts';
import type { OutgoingCard, ProactiveSender } from '../platform/delivery/proactiveSender.ts';
import type { ConversationInput, ConversationRecord } from '../platform/store/conversationStore.ts';
import { adaptiveCardMessage } from './send.ts';
import { limitConnector } from './adapter.ts';
import { isTimeout, TIMED_OUT } from '../platform/delivery/timeout.ts';

export interface ProactiveSenderOptions {
  /**
   * Timeout of each connector request (it aborts a hung connection); the SDK's own retries are always off, so a
   * caller with its own rate limiter and retry policy sees every response once. Default: none.
   */
  timeoutMs?: number;
}

/** Proactive messages through the CloudAdapter; connector failures become DeliveryErrors with status and Retry-After. */
export function createProactiveSender(adapter: CloudAdapter, appId: string | undefined, options: ProactiveSenderOptions = {}): ProactiveSender<ConversationRecord> {
  const botAppId = appId ?? '';
  const timeoutMs = options.timeoutMs ?? 0;
  /**
   * Runs `work` in a proactive turn. An error thrown inside the turn would go to adapter.onTurnError (which logs
   * and swallows it), so it is caught inside and rethrown here, where the caller can see the status.
   */
  const inTurn = async (conversation: ConversationRecord, work: (ctx: TurnContext) => Promise<void>): Promise<void> => {
    let failure: { error: unknown } | undefined;
    try {
      await adapter.continueConversationAsync(botAppId, toConversationReference(conversation) as ConversationReference, async (ctx) => {
        limitConnector(ctx, timeoutMs);
        try {
          await work(ctx);
        } catch (err) {
          failure = { error: err };
        }
      });
    } catch (err) {
      throw toDeliveryError(err);
    }
    if (failure) throw toDeliveryError(failure.error);
  };

  return {
    async send(conversation: ConversationRecord, message: OutgoingCard) {
      let activityId: string | undefined;
      await inTurn(conversation, async (ctx) => {
        const r = await ctx.sendActivity(adaptiveCardMessage(message.card, message.summary));
        activityId = r?.id;
      });
      return { activityId };
    },
    async update(conversation: ConversationRecord, activityId: string, message: OutgoingCard) {
      await inTurn(conversation, async (ctx) => {
        await ctx.updateActivity({ ...adaptiveCardMessage(message.card, message.summary), id: activityId });
      });
    },
  };
}

export function toDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as { statusCode?: unknown; code?: unknown; message?: unknown; response?: { headers?: { get?(name: string): string | undefined } } };
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const retryAfter = parseRetryAfter(e.response?.headers?.get?.('retry-after'));
  const message = typeof e.message === 'string' ? e.message.slice(0, 200) : 'send failed';
  // The request's own timeout (limitConnector) aborts it: no answer in time, maybe delivered.
  if (isTimeout(err)) return new DeliveryError(message, undefined, undefined, TIMED_OUT);
  // A network error carries the system code (ECONNREFUSED, ...) that tells "never left" from "may have arrived".
  return new DeliveryError(message, status, retryAfter, typeof e.code === 'string' ? e.code : undefined);
}

/** Rebuilds the botbuilder reference a proactive send needs from a stored record. */
export function toConversationReference(record: ConversationInput): Partial<ConversationReference> {
  return {
    channelId: record.channelId,
    serviceUrl: record.serviceUrl,
    bot: { id: record.botId, name: record.botName ?? 'Meldwijzer' },
    conversation: {
      id: record.conversationId,
      conversationType: record.conversationType,
      isGroup: record.conversationType !== 'personal',
      tenantId: record.tenantId,
      name: record.title ?? '',
    } as ConversationReference['conversation'],
  };
}
