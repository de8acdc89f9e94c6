import type { Logger } from '../platform/log.ts';
import { describeError } from '../platform/describeError.ts';
import type { Card, Turn } from './feature.ts';

/**
 * The card an Action.Execute returns replaces the card only for the person who clicked. In a channel or group
 * chat everyone else should see the change too (new RSVP counts, a cancelled meeting), so the message the button
 * was on is also updated for all. Best effort: a failure is logged, the click itself still succeeds.
 */
export async function replaceForAll(turn: Turn, card: Card, summary: string, log: Logger): Promise<void> {
  if (!turn.replyToId || turn.conversationType === 'personal') return;
  try {
    await turn.update(turn.replyToId, card, summary);
  } catch (err) {
    log.warn({ event: 'replace-for-all-failed', err: describeError(err) }, 'could not update the card for everyone');
  }
}
