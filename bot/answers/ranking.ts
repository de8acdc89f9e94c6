import learnedTermsFile from './learnedTerms.json' with { type: 'json' };
/**
 * The ranking's formula: a candidate's score is exp(Σ weight × feature), a log-linear model over explainable
 * features of the question and the entry (answerService.ts computes them; `explain` shows them per candidate).
 *
 * Until December 2026 the score was a product of hand-set factors (relative BM25 × quality³ × bonuses × facet
 * factors); HAND_WEIGHTS is exactly that product written as weights, kept as the baseline. RANK_WEIGHTS are fitted
 * on the tuning sets (tests/answers/tuning/) by `npm run fit:ranking`, which also reports how the fit does on each
 * set when that set was left out of the fit. Never fitted on a sealed set.
 */

export const RANK_FEATURES = [
  /** log of the BM25 score relative to the best candidate's. */
  'bm25',
  /** log of the quality: 0.35 coverage + 0.35 strong coverage + 0.3 topic coverage (see answerService features()). */
  'quality',
  /** log of 1 + 0.75 × the share of the question's word pairs found as pairs in the entry ("stap 5"). */
  'pairs',
  /** 1 when the question asks "wat is X" and the entry defines X. */
  'definition',
  /** log of 1 + 0.3 × the IDF-weighted share of the entry's title the question matches. */
  'title',
  /** 1 when the entry rests on dated material (asOf). */
  'dated',
  /** Per facet kind: log(1 + (match factor - 1) / √(values of the entry)) when question and entry agree. */
  'formsMatch',
  'subjectsMatch',
  'rolesMatch',
  'intentsMatch',
  /** Per facet kind: 1 when both name values and none agree. */
  'formsMismatch',
  'subjectsMismatch',
  'rolesMismatch',
  'intentsMismatch',
  /** The question names a form of violence; the entry is about none. */
  'formless',
  /** The question names a form with its own route (huwelijksdwang, uitbuiting ...) the entry lacks. */
  'routeMissing',
  /** An entry for one sector, for a question that names no role. */
  'unaskedRole',
  /** An entry only for a narrow group (beperking, lhbti, the professional), for a question that names nobody. */
  'unaskedNarrow',
  /** The same, for a question that names someone else. */
  'narrowMismatch',
  /**
   * How much the question's words are those professionals used for this entry: the similarity of the question to
   * the tuning sets' questions whose facts this entry's card holds (learnedTerms.json, written by fit:ranking).
   */
  'learned',
] as const;

export type RankFeature = (typeof RANK_FEATURES)[number];
export type RankWeights = Readonly<Record<RankFeature, number>>;

/** The hand-set product, as weights: score = BM25rel × quality³ × pairBonus × 1.3^definition × ... */
export const HAND_WEIGHTS: RankWeights = {
  bm25: 1,
  quality: 3,
  pairs: 1,
  definition: Math.log(1.3),
  title: 1,
  dated: Math.log(0.9),
  formsMatch: 1,
  subjectsMatch: 1,
  rolesMatch: 1,
  intentsMatch: 1,
  formsMismatch: Math.log(0.4),
  subjectsMismatch: Math.log(0.8),
  rolesMismatch: Math.log(0.7),
  intentsMismatch: Math.log(0.85),
  formless: Math.log(0.8),
  routeMissing: Math.log(0.4),
  unaskedRole: Math.log(0.6),
  unaskedNarrow: Math.log(0.4),
  narrowMismatch: Math.log(0.4),
  learned: 0,
};

/**
 * The weights `npm run fit:ranking` fits (the others stay hand-set): the learned feature, and those that decide between
 * a story's words and its form of violence. Why these, with the left-out figures: scripts/fit-ranking.ts.
 */
export const FITTED_FEATURES: readonly RankFeature[] = ['learned', 'bm25', 'quality', 'formsMatch', 'formsMismatch', 'routeMissing', 'subjectsMatch'];

export const RANK_WEIGHTS: RankWeights = {
  ...HAND_WEIGHTS,
  bm25: 0.7948,
  quality: 1.5155,
  formsMatch: 0.7304,
  subjectsMatch: 0.7692,
  formsMismatch: -0.7308,
  routeMissing: -1.3375,
  learned: 6.5664,
};

export type RankVector = Float64Array;

export const featureIndex = (name: RankFeature): number => RANK_FEATURES.indexOf(name);

export function emptyVector(): RankVector {
  return new Float64Array(RANK_FEATURES.length);
}

/** Each weights object as a vector in RANK_FEATURES' order, made on first use (a score is computed per candidate). */
const weightVectors = new WeakMap<RankWeights, Float64Array>();

/** log score of a feature vector under the weights. */
export function logScore(x: RankVector, weights: RankWeights = RANK_WEIGHTS): number {
  let w = weightVectors.get(weights);
  if (w === undefined) {
    w = Float64Array.from(RANK_FEATURES, (f) => weights[f] ?? 0);
    weightVectors.set(weights, w);
  }
  let s = 0;
  for (let i = 0; i < RANK_FEATURES.length; i++) s += (w[i] as number) * (x[i] as number);
  return s;
}

/**
 * What professionals' questions say about each entry (the `learned` feature): per entry, the word stems of the
 * tuning sets' questions whose facts the entry's card holds, each question counting 1 / (number of entries that
 * hold its facts). Written by `npm run fit:ranking -- --write` into learnedTerms.json.
 */
export interface LearnedTerms {
  /** entry id -> stem -> weight. */
  readonly entries: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** learnedTerms.json: generated by `npm run fit:ranking -- --write`, compiled into the build with the code. */
export const LEARNED_TERMS: LearnedTerms = learnedTermsFile;

/** A stem's weight at which it counts half (saturation of repeated evidence). */
const LEARNED_HALF = 0.5;
const LEARNED_MIN_LENGTH = 3;
const LEARNED_MIN_WEIGHT = 0.05;

/** The unique word stems of a text, as the learned terms use them. */
export function learnedStems(words: readonly string[], stem: (w: string) => string): string[] {
  return [...new Set(words.filter((w) => w.length >= LEARNED_MIN_LENGTH).map(stem))];
}

export function buildLearnedTerms(examples: readonly { stems: readonly string[]; entries: readonly string[] }[]): LearnedTerms {
  const entries: Record<string, Record<string, number>> = {};
  for (const ex of examples) {
    if (ex.entries.length === 0) continue;
    const share = 1 / ex.entries.length;
    for (const id of ex.entries) {
      const bag = (entries[id] ??= {});
      for (const s of ex.stems) bag[s] = (bag[s] ?? 0) + share;
    }
  }
  // A stem met only in questions whose facts many entries hold says next to nothing about this entry.
  for (const [id, bag] of Object.entries(entries)) {
    for (const [s, w] of Object.entries(bag)) if (w < LEARNED_MIN_WEIGHT) delete bag[s];
    if (Object.keys(bag).length === 0) delete entries[id];
  }
  return { entries };
}

/**
 * The similarity (0..1) of a question's stems to an entry's learned terms: the IDF-weighted share of the question's
 * known stems the entry's questions had, each counting by how often (saturating: LEARNED_HALF). Stems no entry has
 * learned (a new word) do not count for or against any entry. Tried on 2026-12-04 and not kept: the cosine of the
 * two vectors (left-out figures 1 to 2 points lower).
 */
export function learnedScorer(learned: LearnedTerms): (stems: readonly string[]) => (id: string) => number {
  const ids = Object.keys(learned.entries);
  // Inverted once: per stem, the entries that learned it and how often (its document frequency is the list's length).
  // A question then adds up its stems' lists in one pass (the same additions, in the same order per entry, as asking
  // each entry's bag for each stem).
  const index = new Map<string, number>(ids.map((id, i) => [id, i]));
  const postings = new Map<string, { entries: Int32Array; counts: Float64Array }>();
  {
    const lists = new Map<string, { entries: number[]; counts: number[] }>();
    ids.forEach((id, i) => {
      for (const [s, b] of Object.entries(learned.entries[id] ?? {})) {
        let l = lists.get(s);
        if (l === undefined) lists.set(s, (l = { entries: [], counts: [] }));
        l.entries.push(i);
        l.counts.push(b);
      }
    });
    for (const [s, l] of lists) postings.set(s, { entries: Int32Array.from(l.entries), counts: Float64Array.from(l.counts) });
  }
  return (stems) => {
    const hits = new Float64Array(ids.length);
    let total = 0;
    for (const s of stems) {
      const list = postings.get(s);
      if (list === undefined) continue;
      const { entries, counts } = list;
      const w = Math.log(1 + ids.length / entries.length);
      total += w;
      for (let k = 0; k < entries.length; k++) {
        const b = counts[k] as number;
        const e = entries[k] as number;
        hits[e] = (hits[e] as number) + (w * b) / (b + LEARNED_HALF);
      }
    }
    return (id) => {
      const i = index.get(id);
      if (i === undefined || total === 0) return 0;
      return (hits[i] as number) / total;
    };
  };
}
