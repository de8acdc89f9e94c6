import { actionSet, adaptiveCard, container, escapeText, execute, heading, text, userMarkdown, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { EXPERT_VERBS } from './expertVerbs.ts';

export interface ExpertAnswerView {
  ticketId: string;
  number: number;
  question: string;
  answer: { text: string; link?: string | undefined; source?: string | undefined };
  answeredBy: string;
  /** 'ask' shows 👍/👎; 'thanks' replaces them after a vote. */
  feedback: 'ask' | 'thanks';
}

/** The expert's answer in the asker's personal chat. */
export function expertAnswerCard(v: ExpertAnswerView): AdaptiveCard {
  const body: CardElement[] = [
    heading('Antwoord van een expert'),
    container([text(`**Uw vraag (nummer ${v.number})**`, { size: 'Small' }), text(escapeText(v.question), { size: 'Small' })], { style: 'emphasis' }),
    text(userMarkdown(v.answer.text)),
  ];
  if (v.answer.link) body.push(text(`[${escapeText(v.answer.link)}](${v.answer.link})`));
  if (v.answer.source) body.push(text(`Bron: ${escapeText(v.answer.source)}`, { size: 'Small', isSubtle: true }));
  body.push(text(`Beantwoord door ${escapeText(v.answeredBy)}.`, { size: 'Small', isSubtle: true }));
  if (v.feedback === 'ask') {
    body.push(
      text('Had u hier iets aan?', { spacing: 'Medium' }),
      actionSet([execute('👍 Ja, nuttig', EXPERT_VERBS.feedback, { ticketId: v.ticketId, helpful: true }), execute('👎 Nee, niet nuttig', EXPERT_VERBS.feedback, { ticketId: v.ticketId, helpful: false })]),
    );
  } else {
    body.push(text('Bedankt voor uw reactie.', { spacing: 'Medium', isSubtle: true }));
  }
  return adaptiveCard(body, { fallbackText: `Antwoord van een expert op uw vraag ${v.number}` });
}

/** What the asker hears when the experts closed the question without an answer. */
export function expertClosedCard(v: { number: number; question: string; reason: string }): AdaptiveCard {
  return adaptiveCard(
    [
      heading('Uw vraag is gesloten'),
      container([text(`**Uw vraag (nummer ${v.number})**`, { size: 'Small' }), text(escapeText(v.question), { size: 'Small' })], { style: 'emphasis' }),
      text(`De experts hebben deze vraag gesloten zonder antwoord. Reden: ${escapeText(v.reason)}`),
    ],
    { fallbackText: `Uw vraag ${v.number} is gesloten zonder antwoord.` },
  );
}
