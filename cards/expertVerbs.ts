/** Card verbs of "Vraag het een expert" (bot/experts/). */
export const EXPERT_VERBS = {
  /** Action.Submit: opens the question form (from the no-answer card or an answer after 👎). */
  ask: 'expert.ask',
  send: 'expert.send',
  cancel: 'expert.cancel',
  pickUp: 'expert.pickup',
  answer: 'expert.answer',
  close: 'expert.close',
  refresh: 'expert.refresh',
  feedback: 'expert.feedback',
  /** Leader: turn an answered ticket into a draft knowledge entry. */
  draft: 'expert.draft',
} as const;

/** The button label wherever asking an expert is offered. */
export const ASK_EXPERT_LABEL = 'Vraag het een expert';
