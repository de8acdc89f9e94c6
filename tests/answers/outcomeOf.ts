import type { AskResult } from '../../bot/answers/answerService.ts';

/** One line for an evaluation's miss list: what the engine did with a question. */
export function outcomeOf(result: AskResult): string {
  switch (result.kind) {
    case 'answer':
      return result.entry.id;
    case 'clarify':
      return `clarify (${result.options.map((o) => o.id ?? 'anders').join(', ')})`;
    case 'none':
      return `none (closest: ${result.closest.map((e) => e.id).join(', ') || '-'})`;
  }
}
