import { adaptiveCard, buttonRows, submit, text, type AdaptiveCard } from './cardKit.ts';

export const CLARIFY_VERB = 'kb.clarify';

export interface ClarifyView {
  /** The buttons: a subject id from the lexicon, or null for "iemand anders". */
  options: ReadonlyArray<{ id: string | null; label: string }>;
}

/** The question the bot asks when the answer depends on who is at risk; one tap, then the answer. */
export function clarifyCard(view: ClarifyView): AdaptiveCard {
  const body = [
    text('Over wie maakt u zich zorgen?', { weight: 'Bolder' }),
    text('Dan kan ik u beter helpen. U kunt ook een woord typen, zoals "kind".', { isSubtle: true, spacing: 'Small' }),
    // Two a row: four in one row are cut off on a phone.
    ...buttonRows(view.options.map((o) => submit(capitalize(o.label), { verb: CLARIFY_VERB, subject: o.id })), 2),
  ];
  return adaptiveCard(body, { fallbackText: `Over wie maakt u zich zorgen? ${view.options.map((o) => o.label).join(', ')}.` });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
