import type { AnswerLogStore } from '../store/answerLogStore.ts';
import type { AnswerService, AskResult } from './answerService.ts';
import { detectPersonalData, type PersonalDataKind } from './personalData.ts';
import { screenMessage } from './safetyScreen.ts';

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
  readonly result: AskResult;
  readonly truncated: boolean;
}

export interface QuestionFlowDeps {
  answers: AnswerService;
  answerLog: AnswerLogStore;
}

/**
 * One question, start to end, without Teams: screen for danger, detect personal data, look up, and keep
 * an unanswered question (with personal data removed) for the project leader.
 */
export async function answerQuestion(
  deps: QuestionFlowDeps,
  rawText: string,
  context: { conversationType: 'personal' | 'groupChat' | 'channel' },
): Promise<QuestionOutcome> {
  const truncated = rawText.length > MAX_QUESTION_LENGTH;
  const text = truncated ? rawText.slice(0, MAX_QUESTION_LENGTH) : rawText;
  const screen = screenMessage(rawText.slice(0, MAX_SCREENED_LENGTH));
  const pd = detectPersonalData(text);
  // Look up on the text without the personal data: names and numbers only add noise to the search.
  const result = deps.answers.ask(pd.redacted.replace(/\[[a-z-]+\]/g, ' '));
  if (result.kind === 'none' && !screen.acuteDanger && !screen.suicide && !screen.victim) {
    await deps.answerLog.recordUnanswered({ redactedText: pd.redacted.slice(0, 500), conversationType: context.conversationType });
  }
  return { screen, personalData: pd.kinds, result, truncated };
}
