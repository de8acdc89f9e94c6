import type { TurnContext } from 'botbuilder';
import type { Card, Reply, Turn, TurnInfo } from './feature.ts';
import { adaptiveCardMessage, textMessage, type OutgoingActivity } from './send.ts';

const activityOf = (reply: Reply): OutgoingActivity => ('card' in reply ? adaptiveCardMessage(reply.card, reply.summary) : textMessage(reply.text));

/** The handlers' Turn on top of a botbuilder TurnContext: the one place a reply becomes a connector call. */
export function contextTurn(ctx: TurnContext, info: TurnInfo): Turn {
  const a = ctx.activity;
  const send = (activity: OutgoingActivity) => ctx.sendActivity(activity);
  return {
    ...info,
    userName: a.from?.name,
    replyToId: a.replyToId,
    async reply(content: Card | string, summary?: string) {
      await send(typeof content === 'string' ? textMessage(content) : adaptiveCardMessage(content, summary ?? ''));
    },
    async replyAll(replies) {
      await ctx.sendActivities(replies.map(activityOf));
    },
    async update(activityId, card, summary) {
      await ctx.updateActivity({ ...adaptiveCardMessage(card, summary), id: activityId });
    },
    async delete(activityId) {
      await ctx.deleteActivity(activityId);
    },
  };
}
