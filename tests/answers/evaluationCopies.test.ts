import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../bot/answers/analyzer.ts';
import type { KnowledgeEntry } from '../../bot/answers/knowledgeSchema.ts';
import { loadKnowledge } from '../../bot/answers/loadKnowledge.ts';
import { IN_SCOPE, OUT_OF_SCOPE } from './evaluation-set.ts';
import {
  HELDOUT2_IN_SCOPE,
  HELDOUT2_OUT_OF_SCOPE,
  HELDOUT3_IN_SCOPE,
  HELDOUT3_OUT_OF_SCOPE,
  HELDOUT_IN_SCOPE,
  HELDOUT_OUT_OF_SCOPE,
} from './heldout-set.ts';

/**
 * An evaluation question that is a copy of an entry's example question measures nothing: the engine finds
 * its own text back. No question of the evaluation set or the held-out batches may equal an example
 * question (or title) after normalising case, accents, punctuation and whitespace. Near-copies (token
 * Jaccard >= NEAR_COPY) are printed, not failed: some overlap is natural for short questions, but a long
 * list means the sets are drifting towards the entries. Fix a copy by rephrasing the evaluation question,
 * never the entry.
 */
const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '../../knowledge');
const NEAR_COPY = 0.8;

/** Lower case, accents folded, punctuation out, whitespace collapsed. */
export function canonical(text: string): string {
  return normalize(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Each text's words once (the check compares every question with every example: the texts recur). */
const wordSets = new Map<string, Set<string>>();
const wordsOf = (text: string): Set<string> => {
  let words = wordSets.get(text);
  if (!words) wordSets.set(text, (words = new Set(canonical(text).split(' ').filter(Boolean))));
  return words;
};

export function jaccard(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  const both = [...x].filter((t) => y.has(t)).length;
  const either = x.size + y.size - both;
  return either === 0 ? 0 : both / either;
}

const SETS: readonly { name: string; questions: readonly string[] }[] = [
  { name: 'evaluation in-scope', questions: IN_SCOPE.map(({ q }) => q) },
  { name: 'evaluation out-of-scope', questions: OUT_OF_SCOPE },
  { name: 'held-out 1 in-scope', questions: HELDOUT_IN_SCOPE.map(({ q }) => q) },
  { name: 'held-out 1 out-of-scope', questions: HELDOUT_OUT_OF_SCOPE },
  { name: 'held-out 2 in-scope', questions: HELDOUT2_IN_SCOPE.map(({ q }) => q) },
  { name: 'held-out 2 out-of-scope', questions: HELDOUT2_OUT_OF_SCOPE },
  { name: 'held-out 3 in-scope', questions: HELDOUT3_IN_SCOPE.map(({ q }) => q) },
  { name: 'held-out 3 out-of-scope', questions: HELDOUT3_OUT_OF_SCOPE },
];

let entries: readonly KnowledgeEntry[];

beforeAll(async () => {
  entries = (await loadKnowledge(KNOWLEDGE_DIR)).entries;
});

describe('evaluation questions are not copies of the entries', () => {
  it('canonical() ignores case, accents, punctuation and whitespace', () => {
    expect(canonical('  Wat is  Risicogestuurde zorg? ')).toBe('wat is risicogestuurde zorg');
    expect(canonical('Hoe bereik ik Veilig Thuis?')).toBe(canonical('hoe bereik ik veilig thuis'));
    expect(canonical('Is 0800-2000 gratis?')).toBe('is 0800 2000 gratis');
    expect(jaccard('tel nr VT?', 'tel nr van VT')).toBeCloseTo(0.75);
  });

  it('no evaluation or held-out question equals an example question or title; near-copies are reported', () => {
    const examples = entries.flatMap((e) => [e.title, ...e.questions].map((text) => ({ id: e.id, text, key: canonical(text) })));
    const copies: string[] = [];
    const near: string[] = [];
    for (const { name, questions } of SETS) {
      for (const q of questions) {
        const key = canonical(q);
        const exact = examples.filter((x) => x.key === key);
        for (const x of exact) copies.push(`  ${name}: "${q}" = ${x.id}: "${x.text}"`);
        if (exact.length > 0) continue;
        for (const x of examples) {
          const j = jaccard(q, x.text);
          if (j >= NEAR_COPY) near.push(`  ${name}: "${q}" ~ ${x.id}: "${x.text}" (Jaccard ${j.toFixed(2)})`);
        }
      }
    }
    console.log(
      `copies of example questions: ${copies.length}; near-copies (token Jaccard >= ${NEAR_COPY}): ${near.length}` +
        (copies.length > 0 ? `\ncopies:\n${copies.join('\n')}` : '') +
        (near.length > 0 ? `\nnear-copies:\n${near.join('\n')}` : ''),
    );
    expect(copies, 'evaluation questions copied from an entry; rephrase the evaluation question').toEqual([]);
  });
});
