import path from 'node:path';
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../bot/answers/analyzer.ts';
import { FastMiniSearch } from '../../bot/answers/fastSearch.ts';
import { loadKnowledge } from '../../bot/answers/loadKnowledge.ts';
import { HELDOUT_IN_SCOPE, HELDOUT_OUT_OF_SCOPE } from './heldout-set.ts';
import { IN_SCOPE, OUT_OF_SCOPE } from './evaluation-set.ts';

/**
 * FastMiniSearch must give exactly MiniSearch's results: the same documents in the same order, the same matches and
 * bit-identical scores, on the knowledge base's texts with the search options the answer service uses (boosts per
 * field, term boosts, typo search on some words, prefix search on others).
 */
/**
 * The same results: compared as JSON first (same documents, order, keys in the same order, and each score's shortest
 * round-trip digits, so the same double; the scores are positive and finite), which is many times cheaper than a deep
 * comparison of some 200,000 result objects; only a difference goes through toStrictEqual, for its message.
 */
function expectSame(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toStrictEqual(expected);
}

describe('FastMiniSearch', () => {
  const fields = ['title', 'questions', 'keywords', 'answer'] as const;
  const options: Options = {
    fields: [...fields],
    idField: 'id',
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
  };
  const searchOptions = (terms: readonly string[]): SearchOptions => ({
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
    boost: { title: 3, questions: 2.5, keywords: 2, answer: 1 },
    combineWith: 'OR',
    fuzzy: (term, i) => (term.length >= 5 && i % 2 === 0 ? (term.length >= 9 ? 2 : 1) : false),
    prefix: (term, i) => term.length >= 4 && i === terms.length - 1,
    weights: { fuzzy: 0.45, prefix: 0.35 },
    boostTerm: (term, i) => (i % 3 === 0 ? 1 : 0.6 / Math.sqrt(term.length)),
  });

  /** Both indexes over the knowledge base, built once for the tests that use them. */
  let built: Promise<{ plain: MiniSearch; fast: FastMiniSearch<unknown> }> | undefined;
  const indexes = () =>
    (built ??= loadKnowledge(path.resolve(import.meta.dirname, '../../knowledge')).then(({ entries }) => {
      const docs = entries.map((e) => ({ id: e.id, title: e.title, questions: e.questions.join('\n'), keywords: e.keywords.join('\n'), answer: e.answer }));
      const plain = new MiniSearch(options);
      const fast = new FastMiniSearch(options);
      plain.addAll(docs);
      fast.addAll(docs);
      return { plain, fast };
    }));

  it('scores and orders every question of the evaluation sets exactly as MiniSearch does', async () => {
    const { plain, fast } = await indexes();
    const questions = [...IN_SCOPE.map((q) => q.q), ...OUT_OF_SCOPE, ...HELDOUT_IN_SCOPE.map((q) => q.q), ...HELDOUT_OUT_OF_SCOPE];
    expect(questions.length).toBeGreaterThan(200);
    for (const q of questions) {
      const terms = tokenize(q);
      if (terms.length === 0) continue;
      const query = terms.join(' ');
      // Twice each: the second search runs on the postings kept from the first.
      for (let round = 0; round < 2; round++) expectSame(fast.search(query, searchOptions(terms)), plain.search(query, searchOptions(terms)));
    }
  });

  it("searchTop gives MiniSearch's first k results, the same objects in the same order, ties included", async () => {
    const { plain, fast } = await indexes();
    let ties = 0;
    for (const q of [...IN_SCOPE.map((x) => x.q), ...OUT_OF_SCOPE, ...HELDOUT_IN_SCOPE.map((x) => x.q)]) {
      const terms = tokenize(q);
      if (terms.length === 0) continue;
      const query = terms.join(' ');
      const all = plain.search(query, searchOptions(terms));
      for (const k of [1, 20, all.length + 3]) expectSame(fast.searchTop(query, searchOptions(terms), k), all.slice(0, k));
      for (let i = 1; i < Math.min(all.length, 20); i++) if (all[i]?.score === all[i - 1]?.score) ties++;
    }
    // Equal scores among the first twenty do occur (same texts, or one term in one field): the order on a tie is tested.
    expect(ties).toBeGreaterThan(0);
  });

  it('searchTop with a filter is search(...).slice(0, k)', () => {
    const docs = [
      { id: 'a', title: 'stap een', questions: '', keywords: 'melden', answer: 'meldcode stap een' },
      { id: 'b', title: 'stap twee', questions: '', keywords: 'advies', answer: 'meldcode stap twee vragen' },
    ];
    const fast = new FastMiniSearch(options);
    fast.addAll(docs);
    const filtered = { ...searchOptions(['stap']), filter: (r: { id: unknown }) => r.id === 'b' };
    expect(fast.searchTop('stap', filtered, 5).map((r) => r.id)).toEqual(['b']);
  });

  it('falls back to MiniSearch itself after a document is removed', () => {
    const docs = [
      { id: 'a', title: 'stap een', questions: '', keywords: 'melden', answer: 'meldcode stap een' },
      { id: 'b', title: 'stap twee', questions: '', keywords: 'advies', answer: 'meldcode stap twee vragen' },
    ];
    const plain = new MiniSearch(options);
    const fast = new FastMiniSearch(options);
    plain.addAll(docs);
    fast.addAll(docs);
    expect(fast.search('stap meld', searchOptions(['stap', 'meld']))).toStrictEqual(plain.search('stap meld', searchOptions(['stap', 'meld'])));
    plain.discard('a');
    fast.discard('a');
    expect(fast.search('stap meld', searchOptions(['stap', 'meld']))).toStrictEqual(plain.search('stap meld', searchOptions(['stap', 'meld'])));
  });
});
