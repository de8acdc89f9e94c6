/** What other features may use of answers: the log of unanswered questions and feedback (insights reads it). */
export type { AnswerLogStore } from './answerLogStore.ts';
