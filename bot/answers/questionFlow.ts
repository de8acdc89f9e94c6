import type { AnswerLogStore } from '../store/answerLogStore.ts';
import type { AnswerService, AskResult } from './answerService.ts';
import { detectPersonalData, type PersonalDataKind } from './personalData.ts';
import { screenMessage } from './safetyScreen.ts';

/** Longest question we read; the rest of a longer message is ignored and the user is told. */
export const MAX_QUESTION_LENGTH = 1000;

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
  const screen = screenMessage(text);
  const pd = detectPersonalData(text);
  // Look up on the text without the personal data: names and numbers only add noise to the search.
  const result = deps.answers.ask(pd.redacted.replace(/\[[a-z-]+\]/g, ' '));
  if (result.kind === 'none' && !screen.acuteDanger && !screen.suicide && !screen.victim) {
    await deps.answerLog.recordUnanswered({ redactedText: pd.redacted.slice(0, 500), conversationType: context.conversationType });
  }
  return { screen, personalData: pd.kinds, result, truncated };
}
