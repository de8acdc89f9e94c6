import type { KnowledgeEntry } from '../bot/answers/knowledgeSchema.ts';
import { telUri } from '../bot/answers/helplines.ts';
import { ASK_EXPERT_LABEL, EXPERT_VERBS } from './expertVerbs.ts';
import { actionSet, adaptiveCard, buttonRows, choiceRows, container, dutchDate, execute, heading, openUrl, statusText, submit, text, type AdaptiveCard, type CardElement } from './cardKit.ts';

/** An entry offered on a card: `shortTitle` when the entry has one (knowledge front matter), for narrow places. */
export interface EntryLink {
  id: string;
  title: string;
  shortTitle?: string | undefined;
}

export interface AnswerCardView {
  entry: KnowledgeEntry;
  /** Titles of the related entries, resolved by the caller (missing ones are left out). */
  related: EntryLink[];
  /** Other good matches when the question was not clear-cut. */
  alternatives?: EntryLink[];
  /** 'ask' shows the feedback buttons; 'thanks' replaces them after a vote. */
  feedback: 'ask' | 'thanks' | 'none';
  /** For a case description: the meldcode's steps, shown as "Wat doet u nu?" under the answer. */
  nextSteps?: KnowledgeEntry;
  /** After 👎, where an expert can be asked: the "Vraag het een expert" button with this question prefilled. */
  askExpert?: { question: string };
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
        ...entryRows([steps]),
      ],
      { style: 'emphasis', spacing: 'Medium' },
    ),
  ];
}

export const FEEDBACK_VERB = 'kb.feedback';
export const SHOW_ENTRY_VERB = 'kb.show';

/** The title of an entry where space is short: its `shortTitle`, else its title. */
export function entryButtonTitle(e: EntryLink): string {
  return e.shortTitle ?? e.title;
}

/** Entries to open, as rows to tap: a long title wraps instead of being cut off, and they are no wall of buttons. */
export function entryRows(entries: readonly EntryLink[], options: { spacing?: 'None' | 'Small' | 'Medium' } = {}): CardElement[] {
  return choiceRows(
    entries.map((e) => ({ text: entryButtonTitle(e), label: e.title, action: submit(entryButtonTitle(e), { verb: SHOW_ENTRY_VERB, id: e.id }) })),
    options,
  );
}

/** "Bel Veilig Thuis: 0800-2000": short enough to show whole on a phone; the full name is in the contact list. */
export function callLabel(name: string, phone: string): string {
  const base = name.replace(/\s*\([^)]*\)/g, '').trim();
  for (const n of [base, base.split(/\s[–-]\s|:\s/)[0] ?? base]) {
    const label = `Bel ${n}: ${phone}`;
    if (label.length <= 34) return label;
  }
  return `Bel ${phone}`;
}

/** Call buttons on a card: the first phone numbers, at most 2 (cards/README.md, rule 4a). */
export const MAX_CALL_BUTTONS = 2;

/** Per entry, the parts of its card that do not depend on the question, built once (an answer sends them twice). */
const entryTexts = new WeakMap<KnowledgeEntry, { summary: string; reviewed: string }>();
function textsOf(entry: KnowledgeEntry): { summary: string; reviewed: string } {
  let t = entryTexts.get(entry);
  if (t === undefined) {
    const firstSentence = entry.answer.replace(/\s+/g, ' ').split(/(?<=[.!?])\s/)[0] ?? '';
    // An answer that rests on dated material (a 2019 programme, one year's figures) says so next to the review date.
    const dated = entry.asOf === undefined ? '' : ` Deze informatie komt uit ${entry.asOf}.`;
    t = {
      summary: `${entry.title}: ${firstSentence}`.slice(0, 250),
      reviewed: `Gecontroleerd op ${dutchDate(entry.reviewed)}.${dated} Geen namen of details van een casus typen, alstublieft.`,
    };
    entryTexts.set(entry, t);
  }
  return t;
}

/** Plain text of an answer, for notifications, screen readers and the message extension preview. */
export function answerSummary(entry: KnowledgeEntry): string {
  return textsOf(entry).summary;
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
    // Phone numbers first: they are what someone needs in a hurry. The first two are buttons (one a row, so the label
    // shows whole); every contact, with its website and hours, is a line in the list.
    const calls = entry.contacts.flatMap((c) => (c.phone ? [openUrl(callLabel(c.name, c.phone), telUri(c.phone))] : [])).slice(0, MAX_CALL_BUTTONS);
    const lines = entry.contacts.map((c) => {
      const parts = [c.phone ? `**${c.name}**: ${c.phone}` : `**${c.name}**`];
      if (c.url) parts.push(`[website](${c.url})`);
      if (c.hours) parts.push(c.hours);
      return parts.join(' · ');
    });
    body.push(text('**Contact**', { spacing: 'Medium' }));
    // One line each (a blank line between: Teams ignores a single newline outside a list); the steps are the card's list.
    body.push(text(lines.join('\n\n'), { size: 'Small', spacing: 'Small' }));
    body.push(...buttonRows(calls, 1, { spacing: 'Small' }));
  }
  const sources = entry.sources.map((s) => (s.url ? `[${s.title}](${s.url})` : `${s.title} (${s.document ?? ''})`));
  body.push(text(`Bronnen: ${sources.join(' · ')}`, { size: 'Small', isSubtle: true, spacing: 'Medium', separator: true }));
  body.push(text(textsOf(entry).reviewed, { size: 'Small', isSubtle: true, spacing: 'None' }));

  // Suggestions as rows to tap: titles are long, and rows wrap where buttons are cut off (cards/README.md, rules 4-5, 10).
  const alternatives = (view.alternatives ?? []).filter((a) => a.id !== entry.id).slice(0, 3);
  if (alternatives.length > 0) {
    body.push(text('Bedoelde u iets anders?', { weight: 'Bolder', spacing: 'Medium' }));
    body.push(...entryRows(alternatives));
  }
  // An entry already offered under "Bedoelde u iets anders?" is not offered twice.
  const related = view.related.filter((r) => r.id !== entry.id && !alternatives.some((a) => a.id === r.id)).slice(0, 3);
  if (related.length > 0) {
    body.push(text('Verder lezen', { weight: 'Bolder', spacing: 'Medium' }));
    body.push(...entryRows(related));
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
    body.push(statusText('Bedankt voor uw reactie. We gebruiken die om de antwoorden te verbeteren.', 'good', { spacing: 'Medium' }));
    if (view.askExpert) body.push(actionSet([submit(ASK_EXPERT_LABEL, { verb: EXPERT_VERBS.ask, question: view.askExpert.question })]));
  }
  return adaptiveCard(body, { fallbackText: answerSummary(entry), speak: `${entry.title}. ${entry.answer}` });
}
