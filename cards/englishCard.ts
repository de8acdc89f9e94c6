import { adaptiveCard, buttonRows, submit, text, type AdaptiveCard } from './cardKit.ts';
import { HELP_VERB } from './verbs.ts';

/**
 * The reply to a message in English: Meldwijzer answers in Dutch only; it says so in both languages, gives 112 for
 * danger, and offers the help card, so a newcomer sees what to ask.
 */
export function englishCard(message: string): AdaptiveCard {
  return adaptiveCard([text(message), ...buttonRows([submit('Wat kan ik vragen?', { verb: HELP_VERB })], 1)], { fallbackText: message });
}
