import type { AnswerLogStore } from './answerLogStore.ts';
import type { AnswerService, AskContext, AskResult } from './answerService.ts';
import { buildVocabulary, detectPersonalData, reduceForStorage, type PersonalDataKind, type Vocabulary } from './personalData.ts';
import { screenMessage } from './safetyScreen.ts';
import { detectSmallTalk, type SmallTalk } from './smalltalk.ts';

/** Longest question we read; the rest of a longer message is ignored and the user is told. */
export const MAX_QUESTION_LENGTH = 1000;
/**
 * The danger screen reads further than the lookup: "mijn vader slaat mij nu" at the end of a long message must
 * still show 112 first. Bounded, because the screen's cost grows with the text (about 2 ms for 10,000
 * characters, 170 ms for 250 KB on one core), and a request body may be 256 KB.
 */
export const MAX_SCREENED_LENGTH = 10_000;

export interface QuestionOutcome {
  /** Danger signals: the emergency card goes first. */
  readonly screen: { acuteDanger: boolean; suicide: boolean; victim: boolean };
  /** Kinds of personal data seen in the question (never stored). */
  readonly personalData: readonly PersonalDataKind[];
  /** The lookup, or small talk (a greeting, thanks, English) that gets a short reply and is never kept. */
  readonly result: AskResult | { readonly kind: 'smalltalk'; readonly talk: SmallTalk };
  readonly truncated: boolean;
}

export interface QuestionFlowDeps {
  answers: AnswerService;
  answerLog: AnswerLogStore;
}

/** The vocabulary of each knowledge base (an AnswerService holds one), built once. */
const vocabularies = new WeakMap<AnswerService, Vocabulary>();
function vocabularyOf(answers: AnswerService): Vocabulary {
  let v = vocabularies.get(answers);
  if (v === undefined) {
    v = buildVocabulary(answers.entries);
    vocabularies.set(answers, v);
  }
  return v;
}

/**
 * One question, start to end, without Teams: screen for danger, detect personal data, look up, and keep
 * an unanswered question (with personal data removed) for the project leader.
 */
export async function answerQuestion(
  deps: QuestionFlowDeps,
  rawText: string,
  context: { conversationType: 'personal' | 'groupChat' | 'channel' } & AskContext,
): Promise<QuestionOutcome> {
  const truncated = rawText.length > MAX_QUESTION_LENGTH;
  const text = truncated ? rawText.slice(0, MAX_QUESTION_LENGTH) : rawText;
  const screen = screenMessage(rawText.slice(0, MAX_SCREENED_LENGTH));
  const pd = detectPersonalData(text);
  const danger = screen.acuteDanger || screen.suicide || screen.victim;
  const talk = danger ? undefined : detectSmallTalk(text);
  if (talk !== undefined) return { screen, personalData: pd.kinds, result: { kind: 'smalltalk', talk }, truncated };
  // Look up on the text without the personal data: names and numbers only add noise to the search.
  // Suicidal thoughts: after the emergency card (113 first) the lookup gives the entry on referring to 113, unless it
  // found one about the message's other worry (answerService suicideFollowUp).
  const askContext: AskContext = { ...(context.subject === undefined ? {} : { subject: context.subject }), ...(screen.suicide ? { suicide: true } : {}) };
  const result = deps.answers.ask(pd.redacted.replace(/\[[a-z-]+\]/g, ' '), askContext);
  // Kept for the project leader: only an unanswered question, never one that signals danger (not even
  // reduced: that someone is in danger is itself sensitive), and only in its reduced form: known words,
  // everything else "[…]" (see reduceForStorage).
  if (result.kind === 'none' && !danger) {
    const stored = reduceForStorage(text, vocabularyOf(deps.answers));
    await deps.answerLog.recordUnanswered({ redactedText: stored, conversationType: context.conversationType });
  }
  return { screen, personalData: pd.kinds, result, truncated };
}
