import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';

/**
 * MiniSearch (7.x) with a faster scoring of each query term and the same results, to the last bit.
 *
 * MiniSearch scores a query term per field and document with BM25 on every search: per posting a Map lookup of the
 * field lengths, a logarithm and an object spread of the search options per query term. For an index that is built
 * once and never changed (the knowledge base), all of that except the query's own weights is known in advance: each
 * term's postings are kept per field as (document, BM25) pairs on first use. The scores are computed with the same
 * expressions in the same order, the results are combined by MiniSearch itself, so they are bit-identical
 * (tests/answers/fastSearch.test.ts compares the two on every question of the evaluation sets).
 *
 * Used only for an index without removed documents and without `boostDocument`; otherwise MiniSearch's own code runs.
 */

type FieldTermData = Map<number, Map<number, number>>;
interface QuerySpec {
  term: string;
  fuzzy: number | boolean;
  prefix: boolean;
  termBoost: number;
}
interface RawResult {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}
interface Bm25 {
  k: number;
  b: number;
  d: number;
}
/** One field of a term: the documents that have it and their BM25 score (before the query's weights). */
interface FieldPostings {
  readonly docIds: number[];
  readonly scores: number[];
}
interface Prepared {
  /** Fields in MiniSearch's order (the boosts object's keys), with their boost and field id. */
  readonly fields: ReadonlyArray<{ readonly name: string; readonly id: number; readonly boost: number }>;
  readonly fuzzyWeight: number;
  readonly prefixWeight: number;
  readonly maxFuzzy: number;
  readonly bm25: Bm25;
}

/** MiniSearch's calcBM25Score, the same expression. */
function bm25Score(termFreq: number, matchingCount: number, totalCount: number, fieldLength: number, avgFieldLength: number, { k, b, d }: Bm25): number {
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

const hasOwn = (o: object, p: string): boolean => Object.prototype.hasOwnProperty.call(o, p);

export class FastMiniSearch<T> extends MiniSearch<T> {
  /** Per search options object (MiniSearch makes one per search): boosts and weights, computed once per search. */
  #prepared = new WeakMap<object, Prepared>();
  /** Per term data of the index: its postings per field id. Valid while the index has #postingsFor documents. */
  #postings = new WeakMap<FieldTermData, Map<number, FieldPostings>>();
  #postingsFor = -1;

  constructor(options: Options<T>) {
    super(options);
    const original = (this as unknown as { executeQuerySpec: (q: QuerySpec, o: SearchOptions) => Map<number, RawResult> }).executeQuerySpec;
    (this as unknown as { executeQuerySpec: (q: QuerySpec, o: SearchOptions) => Map<number, RawResult> }).executeQuerySpec = (query, searchOptions) =>
      this._dirtCount > 0 || this._options.searchOptions.boostDocument != null || searchOptions.boostDocument != null
        ? original.call(this, query, searchOptions)
        : this.#querySpec(query, searchOptions);
  }

  /**
   * The first `k` results of search(query, searchOptions), the same objects in the same order, without building and
   * sorting a result for every matching document (a question matches about a hundred; the ranking reads twenty).
   * MiniSearch sorts its results by score with a stable sort, so equal scores keep the order in which the documents
   * were found; the selection here orders by score, then by that order. With a filter or a document boost it is
   * search(...).slice(0, k).
   */
  searchTop(query: string, searchOptions: SearchOptions, k: number): SearchResult[] {
    const options = { ...this._options.searchOptions, ...searchOptions };
    if (options.filter != null || options.boostDocument != null) return this.search(query, searchOptions).slice(0, k);
    const raw = (this as unknown as { executeQuery(q: string, o: SearchOptions): Map<number, RawResult> }).executeQuery(query, searchOptions);
    // The best k so far, best first: positions into found/scores.
    const found: Array<[number, RawResult]> = [];
    const scores: number[] = [];
    const top: number[] = [];
    for (const hit of raw) {
      const i = found.length;
      found.push(hit);
      const score = hit[1].score * (hit[1].terms.length || 1);
      scores.push(score);
      if (top.length === k && !(score > (scores[top[k - 1] as number] as number))) continue;
      // After the last one with a score at least as high (found earlier, so it stays first on a tie).
      let at = top.length;
      while (at > 0 && (scores[top[at - 1] as number] as number) < score) at--;
      top.splice(at, 0, i);
      if (top.length > k) top.pop();
    }
    return top.map((i) => {
      const [docId, { terms, match }] = found[i] as [number, RawResult];
      const result = { id: this._documentIds.get(docId), score: scores[i] as number, terms: Object.keys(match), queryTerms: terms, match };
      Object.assign(result, this._storedFields.get(docId));
      return result as SearchResult;
    });
  }

  #prepare(searchOptions: SearchOptions): Prepared {
    let p = this.#prepared.get(searchOptions);
    if (p === undefined) {
      const options = { ...this._options.searchOptions, ...searchOptions };
      const boost = (options.boost ?? {}) as Record<string, number>;
      const names = options.fields ?? this._options.fields;
      const weights = Object.assign({ fuzzy: 0.45, prefix: 0.375 }, options.weights);
      p = {
        fields: names.map((name) => ({ name, id: this._fieldIds[name] as number, boost: (hasOwn(boost, name) ? boost[name] : undefined) || 1 })),
        fuzzyWeight: weights.fuzzy,
        prefixWeight: weights.prefix,
        maxFuzzy: options.maxFuzzy ?? 6,
        bm25: options.bm25 as Bm25,
      };
      this.#prepared.set(searchOptions, p);
    }
    return p;
  }

  /** MiniSearch's executeQuerySpec, with the prepared options. */
  #querySpec(query: QuerySpec, searchOptions: SearchOptions): Map<number, RawResult> {
    const p = this.#prepare(searchOptions);
    const results = new Map<number, RawResult>();
    this.#termResults(query.term, query.term, 1, query.termBoost, this._index.get(query.term), p, results);
    let prefixMatches: Map<string, FieldTermData> | undefined;
    let fuzzyMatches: Map<string, [FieldTermData, number]> | undefined;
    if (query.prefix) prefixMatches = this._index.atPrefix(query.term) as unknown as Map<string, FieldTermData>;
    if (query.fuzzy) {
      const fuzzy = query.fuzzy === true ? 0.2 : (query.fuzzy as number);
      const maxDistance = fuzzy < 1 ? Math.min(p.maxFuzzy, Math.round(query.term.length * fuzzy)) : fuzzy;
      if (maxDistance) fuzzyMatches = this._index.fuzzyGet(query.term, maxDistance) as unknown as Map<string, [FieldTermData, number]>;
    }
    if (prefixMatches) {
      for (const [term, data] of prefixMatches) {
        const distance = term.length - query.term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(term);
        const weight = (p.prefixWeight * term.length) / (term.length + 0.3 * distance);
        this.#termResults(query.term, term, weight, query.termBoost, data, p, results);
      }
    }
    if (fuzzyMatches) {
      for (const term of fuzzyMatches.keys()) {
        const [data, distance] = fuzzyMatches.get(term) as [FieldTermData, number];
        if (!distance) continue;
        const weight = (p.fuzzyWeight * term.length) / (term.length + distance);
        this.#termResults(query.term, term, weight, query.termBoost, data, p, results);
      }
    }
    return results;
  }

  #postingsOf(data: FieldTermData, bm25: Bm25): Map<number, FieldPostings> {
    if (this.#postingsFor !== this._documentCount) {
      this.#postings = new WeakMap();
      this.#postingsFor = this._documentCount;
    }
    let byField = this.#postings.get(data);
    if (byField === undefined) {
      byField = new Map();
      for (const [fieldId, freqs] of data) {
        const docIds: number[] = [];
        const scores: number[] = [];
        for (const [docId, termFreq] of freqs) {
          docIds.push(docId);
          const fieldLength = (this._fieldLength.get(docId) as number[])[fieldId] as number;
          scores.push(bm25Score(termFreq, freqs.size, this._documentCount, fieldLength, this._avgFieldLength[fieldId] as number, bm25));
        }
        byField.set(fieldId, { docIds, scores });
      }
      this.#postings.set(data, byField);
    }
    return byField;
  }

  /** MiniSearch's termResults for an index without removed documents and without a document boost. */
  #termResults(sourceTerm: string, derivedTerm: string, termWeight: number, termBoost: number, data: FieldTermData | undefined, p: Prepared, results: Map<number, RawResult>): void {
    if (data == null) return;
    const byField = this.#postingsOf(data, p.bm25);
    const docBoost = 1;
    for (const field of p.fields) {
      const postings = byField.get(field.id);
      if (postings === undefined) continue;
      const { docIds, scores } = postings;
      // MiniSearch's termWeight * termBoost * fieldBoost * docBoost * rawScore, evaluated left to right: the same product.
      const weight = termWeight * termBoost * field.boost * docBoost;
      const name = field.name;
      for (let i = 0; i < docIds.length; i++) {
        const docId = docIds[i] as number;
        const weightedScore = weight * (scores[i] as number);
        const result = results.get(docId);
        if (result) {
          result.score += weightedScore;
          if (!result.terms.includes(sourceTerm)) result.terms.push(sourceTerm);
          const match = hasOwn(result.match, derivedTerm) ? result.match[derivedTerm] : undefined;
          if (match) match.push(name);
          else result.match[derivedTerm] = [name];
        } else {
          results.set(docId, { score: weightedScore, terms: [sourceTerm], match: { [derivedTerm]: [name] } });
        }
      }
    }
  }
}
