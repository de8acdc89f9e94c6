import { actionSet, adaptiveCard, container, escapeText, execute, heading, submit, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { TOPICS_VERB } from './topicsCard.ts';

/** `insights.show` posts a new card (help card button); `insights.refresh` replaces the card in place. */
export const INSIGHTS_VERBS = { show: 'insights.show', refresh: 'insights.refresh' } as const;

export interface InsightsEntryRow {
  /** The entry's title from the knowledge base. */
  title: string;
  up: number;
  down: number;
  /** How often the answer was shown. */
  shown: number;
}

export interface InsightsView {
  /** Newest first, as stored (personal data already replaced); escaped here, because it is user text. */
  unanswered: ReadonlyArray<{ when: string; text: string }>;
  /** All unanswered questions still kept (the retention period). */
  unansweredTotal: number;
  unansweredDays: number;
  feedbackDays: number;
  /** Answers with the most 👎, most first. */
  mostDown: readonly InsightsEntryRow[];
  /** Answers with the most 👍, most first. */
  mostUp: readonly InsightsEntryRow[];
  /** Answers shown most often, most first. */
  mostShown: readonly InsightsEntryRow[];
  /** "Vraag het een expert", when it is set up: tickets per week (newest first) and the median time to an answer. */
  experts?: { weeks: ReadonlyArray<{ week: string; asked: number; answered: number }>; medianToAnswer: string | undefined; answeredCount: number } | undefined;
}

/** Teams refuses messages above about 80 KB; the card alone stays under this, with room for the envelope. */
export const INSIGHTS_MAX_CARD_BYTES = 60_000;
/** A longer question is cut here on the card (the store keeps at most 500 characters). */
const MAX_QUESTION_CHARS = 300;
/** Rows per answer list. */
export const MAX_ENTRY_ROWS = 10;

const cut = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value);
const times = (n: number) => (n === 1 ? '1 keer' : `${n} keer`);

function column(items: CardElement[], width: 'auto' | 'stretch'): CardElement {
  return { type: 'Column', width, items, verticalContentAlignment: 'Center' };
}

function entryRows(rows: readonly InsightsEntryRow[], empty: string): CardElement[] {
  if (rows.length === 0) return [text(empty, { isSubtle: true, spacing: 'Small' })];
  return rows.slice(0, MAX_ENTRY_ROWS).map((r) => ({
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      column([text(escapeText(cut(r.title, 120)))], 'stretch'),
      column([text(`👍 ${r.up} · 👎 ${r.down} · ${times(r.shown)} getoond`, { size: 'Small', isSubtle: true })], 'auto'),
    ],
  }));
}

function questionRows(questions: InsightsView['unanswered']): CardElement[] {
  return questions.map((q, i) =>
    container([text(q.when, { size: 'Small', isSubtle: true }), text(escapeText(cut(q.text, MAX_QUESTION_CHARS)), { spacing: 'None' })], {
      spacing: 'Small',
      separator: i > 0,
    }),
  );
}

function expertRows(experts: InsightsView['experts']): CardElement[] {
  if (!experts) return [];
  const median = experts.medianToAnswer === undefined ? 'Nog geen vraag beantwoord.' : `Tijd tot een antwoord (mediaan van ${experts.answeredCount}): ${experts.medianToAnswer}.`;
  return [
    text('**Vragen aan experts**', { spacing: 'Large', size: 'Medium' }),
    ...experts.weeks.map((w) => ({
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [column([text(w.week)], 'stretch'), column([text(`${w.asked} gesteld · ${w.answered} beantwoord`, { size: 'Small', isSubtle: true })], 'auto')],
    })),
    text(median, { size: 'Small', spacing: 'Small' }),
  ];
}

function build(view: InsightsView, shownQuestions: number): AdaptiveCard {
  const questions = view.unanswered.slice(0, shownQuestions);
  const body: CardElement[] = [
    heading('Inzichten'),
    text('Wat mensen vroegen waar ik geen goed antwoord op had, en hoe nuttig de antwoorden waren. Alleen voor de projectleider.', { isSubtle: true }),
    text('**Vragen zonder antwoord**', { spacing: 'Medium', size: 'Medium' }),
  ];
  if (view.unansweredTotal === 0) {
    body.push(text(`Er zijn geen vragen zonder antwoord in de laatste ${view.unansweredDays} dagen.`, { isSubtle: true }));
  } else {
    const total = view.unansweredTotal === 1 ? '1 vraag' : `${view.unansweredTotal} vragen`;
    const shown = questions.length < view.unansweredTotal ? ` Hieronder de nieuwste ${questions.length}.` : '';
    body.push(text(`${total} in de laatste ${view.unansweredDays} dagen.${shown} Persoonsgegevens zijn al weggehaald.`, { spacing: 'Small' }));
    if (questions.length > 0) body.push(container(questionRows(questions), { style: 'emphasis', spacing: 'Small' }));
  }
  body.push(
    text('**Antwoorden die niet hielpen**', { spacing: 'Large', size: 'Medium' }),
    text('De meeste 👎 eerst.', { isSubtle: true, size: 'Small', spacing: 'None' }),
    ...entryRows(view.mostDown, 'Nog geen 👎 gegeven.'),
    text('**Antwoorden die hielpen**', { spacing: 'Large', size: 'Medium' }),
    text('De meeste 👍 eerst.', { isSubtle: true, size: 'Small', spacing: 'None' }),
    ...entryRows(view.mostUp, 'Nog geen 👍 gegeven.'),
    text('**Vaakst getoond**', { spacing: 'Large', size: 'Medium' }),
    ...entryRows(view.mostShown, 'Er is nog geen antwoord getoond.'),
    text(`Beoordelingen tellen over de laatste ${view.feedbackDays} dagen; een persoon telt één keer per antwoord.`, { isSubtle: true, size: 'Small', spacing: 'Medium' }),
    ...expertRows(view.experts),
    actionSet([execute('Vernieuwen', INSIGHTS_VERBS.refresh), submit('Onderwerpen bekijken', { verb: TOPICS_VERB })], { spacing: 'Medium' }),
  );
  return adaptiveCard(body, { fallbackText: `Inzichten: ${view.unansweredTotal} vragen zonder antwoord.` });
}

/**
 * The leader's overview of unanswered questions and feedback. Fewer questions are shown when the card would
 * pass INSIGHTS_MAX_CARD_BYTES (the card says how many it shows).
 */
export function insightsCard(view: InsightsView): AdaptiveCard {
  let shown = view.unanswered.length;
  let card = build(view, shown);
  while (shown > 0 && Buffer.byteLength(JSON.stringify(card), 'utf-8') > INSIGHTS_MAX_CARD_BYTES) {
    shown = Math.max(0, shown - Math.max(1, Math.ceil(shown / 10)));
    card = build(view, shown);
  }
  return card;
}
