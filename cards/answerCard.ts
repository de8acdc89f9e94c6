import type { KnowledgeEntry } from '../bot/answers/knowledgeSchema.ts';
import { telUri } from '../bot/answers/helplines.ts';
import { actionSet, actionSets, adaptiveCard, container, dutchDate, execute, heading, MAX_ACTIONS, openUrl, submit, text, type AdaptiveCard, type CardElement } from './cardKit.ts';

export interface AnswerCardView {
  entry: KnowledgeEntry;
  /** Titles of the related entries, resolved by the caller (missing ones are left out). */
  related: Array<{ id: string; title: string }>;
  /** Other good matches when the question was not clear-cut. */
  alternatives?: Array<{ id: string; title: string }>;
  /** 'ask' shows the feedback buttons; 'thanks' replaces them after a vote. */
  feedback: 'ask' | 'thanks' | 'none';
  /** For a case description: the meldcode's steps, shown as "Wat doet u nu?" under the answer. */
  nextSteps?: KnowledgeEntry;
}

/**
 * "Wat doet u nu?": the steps of an entry (the meldcode's 5 steps) under an answer about a situation, with their
 * first source and a button to the full entry. Empty when the entry has no steps.
 */
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function nextStepsBlock(steps: KnowledgeEntry | undefined): CardElement[] {
  if (steps === undefined || (steps.steps?.length ?? 0) === 0) return [];
  const source = steps.sources[0];
  const cite = source?.url ? ` Bron: [${source.title}](${source.url}).` : '';
  return [
    container(
      [
        text('**Wat doet u nu?** Volg de meldcode:'),
        text((steps.steps ?? []).map((s, i) => `${i + 1}. ${capitalize(s.replace(/^Stap \d+: /, ''))}`).join('\n'), { spacing: 'Small' }),
        text(`Bij acuut gevaar: bel 112.${cite}`, { size: 'Small', isSubtle: true, spacing: 'Small' }),
        actionSet([submit(steps.title, { verb: SHOW_ENTRY_VERB, id: steps.id })], { spacing: 'Small' }),
      ],
      { style: 'emphasis', spacing: 'Medium' },
    ),
  ];
}

export const FEEDBACK_VERB = 'kb.feedback';
export const SHOW_ENTRY_VERB = 'kb.show';

/** Plain text of an answer, for notifications, screen readers and the message extension preview. */
export function answerSummary(entry: KnowledgeEntry): string {
  const firstSentence = entry.answer.replace(/\s+/g, ' ').split(/(?<=[.!?])\s/)[0] ?? '';
  return `${entry.title}: ${firstSentence}`.slice(0, 250);
}

export function answerCard(view: AnswerCardView): AdaptiveCard {
  const { entry } = view;
  const body: CardElement[] = [heading(entry.title)];
  if (entry.uncertain) {
    body.push(container([text(`Let op: ${entry.uncertain}`, { size: 'Small' })], { style: 'warning' }));
  }
  body.push(text(entry.answer));
  if (entry.steps && entry.steps.length > 0) {
    body.push(text(entry.steps.map((s, i) => `${i + 1}. ${s}`).join('\n'), { spacing: 'Small' }));
  }
  body.push(...nextStepsBlock(view.nextSteps));
  if (entry.contacts.length > 0) {
    // Phone numbers first: they are what someone needs in a hurry. At most two sets of buttons.
    const calls = entry.contacts.flatMap((c) => (c.phone ? [openUrl(`Bel ${c.name}: ${c.phone}`, telUri(c.phone))] : []));
    const sites = entry.contacts.flatMap((c) => (c.url ? [openUrl(`Website ${c.name}`, c.url)] : []));
    const contactActions = [...calls, ...sites].slice(0, 2 * MAX_ACTIONS);
    const hours = entry.contacts.filter((c) => c.hours).map((c) => `${c.name}: ${c.hours}`);
    body.push(text('**Contact**', { spacing: 'Medium' }));
    if (hours.length > 0) body.push(text(hours.join('\n\n'), { size: 'Small', isSubtle: true, spacing: 'Small' }));
    body.push(...actionSets(contactActions, { spacing: 'Small' }));
  }
  const sources = entry.sources.map((s) => (s.url ? `[${s.title}](${s.url})` : `${s.title} (${s.document ?? ''})`));
  body.push(text(`Bronnen: ${sources.join(' · ')}`, { size: 'Small', isSubtle: true, spacing: 'Medium', separator: true }));
  // An answer that rests on dated material (a 2019 programme, one year's figures) says so next to the review date.
  const dated = entry.asOf === undefined ? '' : ` Deze informatie komt uit ${entry.asOf}.`;
  body.push(text(`Gecontroleerd op ${dutchDate(entry.reviewed)}.${dated} Geen namen of details van een casus typen, alstublieft.`, { size: 'Small', isSubtle: true, spacing: 'None' }));

  // One button a row: Teams clips a row of long titles ("Stap 1…", "Wat is…"), so each title gets the full width.
  const alternatives = (view.alternatives ?? []).slice(0, 3);
  if (alternatives.length > 0) {
    body.push(text('Bedoelde u iets anders?', { weight: 'Bolder', spacing: 'Medium' }));
    for (const a of alternatives) body.push(actionSet([submit(a.title, { verb: SHOW_ENTRY_VERB, id: a.id })], { spacing: 'Small' }));
  }
  // An entry already offered under "Bedoelde u iets anders?" is not offered twice.
  const related = view.related.filter((r) => !alternatives.some((a) => a.id === r.id)).slice(0, 3);
  if (related.length > 0) {
    body.push(text('Verder lezen', { weight: 'Bolder', spacing: 'Medium' }));
    for (const r of related) body.push(actionSet([submit(r.title, { verb: SHOW_ENTRY_VERB, id: r.id })], { spacing: 'Small' }));
  }
  if (view.feedback === 'ask') {
    body.push(text('Had u hier iets aan?', { spacing: 'Medium', isSubtle: true }));
    body.push(
      actionSet([
        execute('👍 Ja, nuttig', FEEDBACK_VERB, { id: entry.id, helpful: true }),
        execute('👎 Nee, niet nuttig', FEEDBACK_VERB, { id: entry.id, helpful: false }),
      ]),
    );
  } else if (view.feedback === 'thanks') {
    body.push(text('Bedankt voor uw reactie. We gebruiken die om de antwoorden te verbeteren.', { spacing: 'Medium', isSubtle: true, color: 'Good' }));
  }
  return adaptiveCard(body, { fallbackText: answerSummary(entry), speak: `${entry.title}. ${entry.answer}` });
}
