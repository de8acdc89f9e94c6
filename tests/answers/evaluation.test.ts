import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD, createAnswerService } from '../../bot/answers/answerService.ts';
import { outcomeOf } from './outcomeOf.ts';
import { CATEGORIES, type CategoryId } from '../../bot/answers/knowledgeSchema.ts';
import { sharedAnswers } from '../../test-support/sharedAnswers.ts';
import { IN_SCOPE, OUT_OF_SCOPE } from './evaluation-set.ts';

/**
 * Evaluation of the engine on the real knowledge base. Prints the misses so that a drop in quality
 * after a knowledge change can be diagnosed; fails under 90 % for either figure.
 */
const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '../../knowledge');
/**
 * Refusals keep the 90 % floor. Top-1 keeps 80 %: on 2026-12-04 the synonyms added for this set's wording were
 * removed and 63 entries were added (several more specific than the id this set expects), which took top-1 from
 * 97.6 % to 84.6 %. This set is a regression check, not a measure; the measures are the blind tuning and sealed
 * sets (README, "How answer quality is measured").
 */
const MIN_RATE = 0.9;
const MIN_TOP1 = 0.8;

let service: ReturnType<typeof createAnswerService>;

beforeAll(async () => {
  // As the bot builds it: with the Dutch word list.
  service = await sharedAnswers(KNOWLEDGE_DIR);
});

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

describe('evaluation set', () => {
  it('is large enough, spread over every category, and points at existing entries', () => {
    expect(IN_SCOPE.length).toBeGreaterThanOrEqual(130);
    expect(OUT_OF_SCOPE.length).toBeGreaterThanOrEqual(25);
    const unknown = IN_SCOPE.filter(({ id }) => service.byId(id) === undefined).map(({ id }) => id);
    expect(unknown, 'expected ids that are not in the knowledge base').toEqual([]);
    const categories = new Set(IN_SCOPE.map(({ id }) => service.byId(id)?.category));
    for (const c of Object.keys(CATEGORIES) as CategoryId[]) {
      if (service.byCategory(c).length > 0) expect(categories, `no question for category ${c}`).toContain(c);
    }
  });

  it(`answers at least ${pct(MIN_TOP1)} of in-scope questions with the right entry (top-1)`, () => {
    const misses: string[] = [];
    for (const { q, id } of IN_SCOPE) {
      const result = service.ask(q);
      if (result.kind === 'answer' && result.entry.id === id) continue;
      const got = outcomeOf(result);
      const confidence = service.explain(q).confidence.toFixed(3);
      misses.push(`  "${q}"\n      expected ${id}\n      got      ${got}  confidence ${confidence}`);
    }
    const accuracy = 1 - misses.length / IN_SCOPE.length;
    console.log(
      `top-1 accuracy ${pct(accuracy)} (${IN_SCOPE.length - misses.length}/${IN_SCOPE.length}), threshold ${CONFIDENCE_THRESHOLD}` +
        (misses.length > 0 ? `\nmisses:\n${misses.join('\n')}` : ''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(MIN_TOP1);
  });

  it(`refuses at least ${pct(MIN_RATE)} of out-of-scope questions`, () => {
    const wrong: string[] = [];
    for (const q of OUT_OF_SCOPE) {
      const result = service.ask(q);
      if (result.kind !== 'answer') continue;
      wrong.push(`  "${q}"\n      expected none\n      got      ${result.entry.id}  confidence ${result.confidence.toFixed(3)}`);
    }
    const rate = 1 - wrong.length / OUT_OF_SCOPE.length;
    console.log(
      `correct refusals ${pct(rate)} (${OUT_OF_SCOPE.length - wrong.length}/${OUT_OF_SCOPE.length})` +
        (wrong.length > 0 ? `\nanswered although out of scope:\n${wrong.join('\n')}` : ''),
    );
    expect(rate).toBeGreaterThanOrEqual(MIN_RATE);
  });
});
