import type { AnswerService } from './answerService.ts';
import type { KnowledgeEntry } from './knowledgeSchema.ts';
import { MAX_QUESTION_LENGTH, type QuestionOutcome } from './questionFlow.ts';
import { smallTalkReply } from './smalltalk.ts';
import { englishCard } from '../../cards/englishCard.ts';
import { answerCard, answerSummary } from '../../cards/answerCard.ts';
import type { AdaptiveCard } from '../../cards/cardKit.ts';
import { clarifyCard } from '../../cards/clarifyCard.ts';
import { emergencyCard, emergencySummary } from '../../cards/emergencyCard.ts';
import { noAnswerCard } from '../../cards/noAnswerCard.ts';
import { privacyNoteCard, privacyNoteText } from '../../cards/privacyNoteCard.ts';

/** One message of a reply: a card with its notification summary, or plain (markdown) text. */
export type Reply = { readonly card: AdaptiveCard; readonly summary: string } | { readonly text: string };

export function renderAnswer(
  answers: AnswerService,
  entry: KnowledgeEntry,
  feedback: 'ask' | 'thanks' | 'none',
  alternatives: KnowledgeEntry[] = [],
  nextSteps?: KnowledgeEntry,
  askExpert?: { question: string },
): AdaptiveCard {
  const related = entry.related.flatMap((id) => {
    const r = answers.byId(id);
    return r ? [{ id: r.id, title: r.title }] : [];
  });
  return answerCard({ entry, related, alternatives: alternatives.map((a) => ({ id: a.id, title: a.title })), feedback, ...(nextSteps ? { nextSteps } : {}), ...(askExpert ? { askExpert } : {}) });
}

/**
 * What the professional sees for one question, in order. The emergency card comes first when the message signals
 * danger; after it, an answer when there is a good one, but never "geen goed antwoord" or a clarifying question:
 * the emergency card is then the answer. Pure, so the blind evaluation scores exactly these cards.
 */
export function repliesFor(answers: AnswerService, outcome: QuestionOutcome, options: { askExpert?: { question: string } } = {}): Reply[] {
  const replies: Reply[] = [];
  const { screen } = outcome;
  const danger = screen.acuteDanger || screen.suicide || screen.victim;
  if (danger) replies.push({ card: emergencyCard(screen), summary: emergencySummary(screen) });
  if (outcome.personalData.length > 0) {
    replies.push({ card: privacyNoteCard(outcome.personalData), summary: privacyNoteText(outcome.personalData) });
  }
  if (outcome.truncated) replies.push({ text: `Uw bericht is lang. Ik heb alleen de eerste ${MAX_QUESTION_LENGTH} tekens gelezen.` });
  const r = outcome.result;
  if (r.kind === 'smalltalk') {
    // English gets its reply on a card with the help button; a greeting or thanks is plain text.
    replies.push(r.talk === 'english' ? { card: englishCard(smallTalkReply(r.talk)), summary: 'Meldwijzer antwoordt in het Nederlands' } : { text: smallTalkReply(r.talk) });
  }
  else if (r.kind === 'answer') replies.push({ card: renderAnswer(answers, r.entry, 'ask', r.alternatives, r.nextSteps), summary: answerSummary(r.entry) });
  else if (danger) return replies;
  else if (r.kind === 'clarify') replies.push({ card: clarifyCard({ options: r.options }), summary: 'Over wie maakt u zich zorgen?' });
  else {
    const closest = r.closest.map((e) => ({ id: e.id, title: e.title }));
    const askExpert = options.askExpert ? { askExpert: options.askExpert } : {};
    replies.push(
      r.tentative === undefined
        ? r.nextSteps !== undefined
          ? { card: noAnswerCard({ closest, nextSteps: r.nextSteps, ...askExpert }), summary: 'De stappen van de meldcode' }
          : { card: noAnswerCard({ closest, ...askExpert }), summary: 'Daar heb ik geen goed antwoord op.' }
        : { card: noAnswerCard({ closest, tentative: r.tentative, ...(r.nextSteps ? { nextSteps: r.nextSteps } : {}), ...askExpert }), summary: `Niet zeker: ${r.tentative.title}` },
    );
  }
  return replies;
}
