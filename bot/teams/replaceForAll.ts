import type { TurnContext } from 'botbuilder';
import type { Logger } from '../log.ts';
import { describeError } from '../platform/describeError.ts';
import { adaptiveCardMessage } from './send.ts';

/**
 * The card an Action.Execute returns replaces the card only for the person who clicked. In a channel or group
 * chat everyone else should see the change too (new RSVP counts, a cancelled meeting), so the message the button
 * was on is also updated for all. Best effort: a failure is logged, the click itself still succeeds.
 */
export async function replaceForAll(ctx: TurnContext, card: Record<string, unknown>, summary: string, log: Logger): Promise<void> {
  const a = ctx.activity;
  const type = a.conversation?.conversationType;
  if (!a.replyToId || (type !== 'channel' && type !== 'groupChat')) return;
  try {
    await ctx.updateActivity({ ...adaptiveCardMessage(card, summary), id: a.replyToId });
  } catch (err) {
    log.warn({ event: 'replace-for-all-failed', err: describeError(err) }, 'could not update the card for everyone');
  }
}
