import type { TurnContext } from 'botbuilder';
import type { DeliveryLimiter } from '../platform/delivery/deliveryLimiter.ts';

/**
 * Replies count against the same Teams budget as everything the bot sends on its own, so they take their turn
 * in the app's limiter too, at the top priority: a person waiting for an answer goes before a reminder or a
 * broadcast, and a broadcast using the whole budget cannot get the reply throttled by Teams. Only what goes over
 * the wire counts: an invoke response travels back in the HTTP answer, a delay is no request.
 */
export function paceReplies(ctx: TurnContext, limiter: DeliveryLimiter): void {
  const conversationId = ctx.activity.conversation?.id ?? '';
  ctx.onSendActivities(async (_ctx, activities, next) => {
    for (const a of activities) {
      if (a.type === 'invokeResponse' || a.type === 'delay' || a.type === 'trace') continue;
      await limiter.acquire({ conversationId, priority: 'reply' });
    }
    return next();
  });
  ctx.onUpdateActivity(async (_ctx, _activity, next) => {
    await limiter.acquire({ conversationId, priority: 'reply' });
    return next();
  });
  ctx.onDeleteActivity(async (_ctx, _reference, next) => {
    await limiter.acquire({ conversationId, priority: 'reply' });
    return next();
  });
}
