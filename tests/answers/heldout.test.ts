import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD, createAnswerService } from '../../bot/answers/answerService.ts';
import { outcomeOf } from './outcomeOf.ts';
import { sharedAnswers } from '../../test-support/sharedAnswers.ts';
import {
  HELDOUT2_IN_SCOPE,
  HELDOUT2_OUT_OF_SCOPE,
  HELDOUT3_IN_SCOPE,
  HELDOUT3_OUT_OF_SCOPE,
  HELDOUT_IN_SCOPE,
  HELDOUT_OUT_OF_SCOPE,
  type HeldOutQuestion,
} from './heldout-set.ts';

/**
 * Held-out evaluation (see heldout-set.ts): questions written without looking at the engine's answers.
 * Prints the misses. Each floor is a few points under that batch's FIRST measurement, taken before any
 * knowledge work on it, so it catches a regression without pretending to more than was measured blind.
 *
 * - batch 1: first pass 48/80 top-1, 13/15 refusals (threshold 0.4). Its misses were then looked at and
 *   the knowledge base was improved (synonyms, keywords), so later figures on batch 1 are optimistic.
 * - batch 2: written after that work, first pass 23/38 top-1, 6/10 refusals; the more honest estimate.
 * - batch 3: written for the work on out-of-scope questions in the domain's words ("kind is ziek, mag het
 *   naar de opvang"); first pass 18/27 top-1, 20/26 refusals. Its first-pass misses were looked at while
 *   that work was done, so later figures on batch 3 are somewhat optimistic too.
 */
const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '../../knowledge');

interface Batch {
  name: string;
  inScope: readonly HeldOutQuestion[];
  outOfScope: readonly string[];
  firstPass: { top1: number; refusals: number };
  minTop1: number;
  minRefusals: number;
}

const BATCHES: readonly Batch[] = [
  {
    name: 'batch 1',
    inScope: HELDOUT_IN_SCOPE,
    outOfScope: HELDOUT_OUT_OF_SCOPE,
    firstPass: { top1: 48 / 80, refusals: 13 / 15 },
    minTop1: 0.55,
    minRefusals: 0.8,
  },
  {
    name: 'batch 2',
    inScope: HELDOUT2_IN_SCOPE,
    outOfScope: HELDOUT2_OUT_OF_SCOPE,
    firstPass: { top1: 23 / 38, refusals: 6 / 10 },
    minTop1: 0.55,
    minRefusals: 0.5,
  },
  {
    name: 'batch 3',
    inScope: HELDOUT3_IN_SCOPE,
    outOfScope: HELDOUT3_OUT_OF_SCOPE,
    firstPass: { top1: 18 / 27, refusals: 20 / 26 },
    // 0.5 since 2026-12-04 (was 0.6): the synonyms added for the held-out wording were removed and new, more
    // specific entries now compete with the ids this batch expects; first pass and later figures are above.
    minTop1: 0.5,
    minRefusals: 0.7,
  },
];

let service: ReturnType<typeof createAnswerService>;

beforeAll(async () => {
  // As the bot builds it: with the Dutch word list.
  service = await sharedAnswers(KNOWLEDGE_DIR);
});

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

describe.each(BATCHES)('held-out set, $name', (batch) => {
  it('points at existing entries', () => {
    const unknown = batch.inScope.flatMap(({ ids }) => ids).filter((id) => service.byId(id) === undefined);
    expect(unknown, 'expected ids that are not in the knowledge base').toEqual([]);
  });

  it(`answers at least ${pct(batch.minTop1)} of in-scope questions with an acceptable entry (top-1)`, () => {
    const misses: string[] = [];
    for (const { q, ids } of batch.inScope) {
      const result = service.ask(q);
      if (result.kind === 'answer' && ids.includes(result.entry.id)) continue;
      const got = outcomeOf(result);
      const confidence = service.explain(q).confidence.toFixed(3);
      misses.push(`  "${q}"\n      expected ${ids.join(' | ')}\n      got      ${got}  confidence ${confidence}`);
    }
    const accuracy = 1 - misses.length / batch.inScope.length;
    console.log(
      `held-out ${batch.name}: top-1 ${pct(accuracy)} (${batch.inScope.length - misses.length}/${batch.inScope.length}),` +
        ` threshold ${CONFIDENCE_THRESHOLD}, first pass ${pct(batch.firstPass.top1)}` +
        (misses.length > 0 ? `\nmisses:\n${misses.join('\n')}` : ''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(batch.minTop1);
  });

  it(`refuses at least ${pct(batch.minRefusals)} of out-of-scope questions`, () => {
    const wrong: string[] = [];
    for (const q of batch.outOfScope) {
      const result = service.ask(q);
      if (result.kind !== 'answer') continue;
      wrong.push(`  "${q}"\n      expected none\n      got      ${result.entry.id}  confidence ${result.confidence.toFixed(3)}`);
    }
    const rate = 1 - wrong.length / batch.outOfScope.length;
    console.log(
      `held-out ${batch.name}: refusals ${pct(rate)} (${batch.outOfScope.length - wrong.length}/${batch.outOfScope.length}),` +
        ` first pass ${pct(batch.firstPass.refusals)}` +
        (wrong.length > 0 ? `\nanswered although out of scope:\n${wrong.join('\n')}` : ''),
    );
    expect(rate).toBeGreaterThanOrEqual(batch.minRefusals);
  });
});
