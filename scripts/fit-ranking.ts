/**
 * `npm run fit:ranking`: fits the ranking's weights (bot/answers/ranking.ts) on the tuning sets
 * (tests/answers/tuning/, never the sealed set) and reports, for each tuning set, how the fit does on it when that
 * set was LEFT OUT of the fit: the honest estimate of what the weights do for the next professional's question.
 *
 * The label of a candidate is whether its answer card holds the question's facts (the blind score's rule, on the
 * card's text). The fit maximises the likelihood that the first candidate is one that does (a softmax over the
 * candidates, as in listwise learning to rank), pulled towards the hand-set weights (L2), so a weight only moves
 * where the data says so. `--write` puts the weights fitted on all tuning sets into ranking.ts, and the learned terms
 * of all tuning sets into bot/answers/learnedTerms.json.
 *
 *   npm run fit:ranking            # leave-one-set-out report, hand-set vs fitted
 *   npm run fit:ranking -- --write
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnswerService } from '../bot/answers/answerService.ts';
import { normalize, stem, tokenize } from '../bot/answers/analyzer.ts';
import { renderAnswer } from '../bot/answers/answerReplies.ts';
import { loadDutchWords } from '../bot/answers/dutchWords.ts';
import { loadKnowledge } from '../bot/answers/loadKnowledge.ts';
import { FITTED_FEATURES, HAND_WEIGHTS, RANK_FEATURES, buildLearnedTerms, featureIndex, learnedScorer, learnedStems, type LearnedTerms, type RankFeature, type RankWeights } from '../bot/answers/ranking.ts';
import { readableText, scoreSet, type BlindQuestion } from '../tests/answers/blindScore.ts';
import { IN_SCOPE } from '../tests/answers/evaluation-set.ts';
import { HELDOUT2_IN_SCOPE, HELDOUT3_IN_SCOPE, HELDOUT_IN_SCOPE } from '../tests/answers/heldout-set.ts';

const root = path.resolve(import.meta.dirname, '..');
const WRITE = process.argv.includes('--write');
/** Pull towards the hand-set weights; chosen by the leave-one-set-out figures (larger: closer to hand-set). */
const L2 = Number(process.argv.find((a) => a.startsWith('--l2='))?.slice(5) ?? '6');
const ITERATIONS = 400;
/**
 * The weights fitted: by default FITTED_FEATURES (ranking.ts), `learned` and the six weights that decide between a
 * story's words and its form of violence (relative BM25, quality, forms match and mismatch, a missing route, subjects
 * match); the others stay hand-set (`--only=a,b` for others, `--only=all` for every weight). Left-out figures on 2026-12-05 (8 blind tuning
 * sets, 917 in-scope questions, hand-set 75.2 %; 4 entry-labelled sets, 353 questions, hand-set 76.8 %): learned only,
 * L2 10: 76.9 % and 78.8 %; these seven, L2 10: 77.6 % and 79.0 %; L2 6: 78.3 % and 78.8 %; L2 4: 78.5 % and 77.9 %;
 * L2 2: 78.1 % and 75.9 %. The seven at L2 6 are kept: the most on the blind sets without losing on the
 * entry-labelled ones; out of scope one question fewer refused (tuning-set: 14/16). Fitted alone, quality falls from
 * 3 to about 1.5: in a case description most words are the story, and the entry about its form of violence matches
 * few of them. Earlier, on 2026-12-04 (7 blind tuning sets, 785 in-scope questions, hand-set 74.1 %; 4
 * entry-labelled sets, 353 questions, hand-set 76.2 %): only learned, L2 10: 75.9 % and 77.1 %; L2 2: 76.4 % and
 * 75.9 %; all weights, L2 10: 76.1 % and 77.6 %; all weights, L2 2: 76.7 % and 70.8 % (those two also fitted coverage, strong
 * and topic coverage on their own and two story features; those features were removed later, unused). Learned only, L2 10, was kept:
 * it gains on both kinds of set and leaves the hand-set weights as they are documented.
 */
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const ONLY: readonly string[] | undefined = onlyArg === 'all' ? undefined : (onlyArg?.split(',') ?? FITTED_FEATURES);

/**
 * The sets it learns from: the blind tuning sets (a candidate is right when its card holds the question's facts)
 * and the older sets that name the right entry (tests/answers/evaluation-set.ts, heldout-set.ts). The latter keep a
 * direct question on its own entry: the facts of "wat is de meldcode" are on many cards, its answer is one.
 */
interface Question {
  readonly q: string;
  /** Whether this entry's card answers the question. */
  readonly right: (id: string) => boolean;
}
interface LabelledSet {
  readonly name: string;
  /** All questions, for the blind score (in scope, out of scope, acute, greetings); absent for an entry-labelled set. */
  readonly blind?: readonly BlindQuestion[];
  readonly questions: readonly Question[];
}

const [knowledge, words] = await Promise.all([loadKnowledge(path.join(root, 'knowledge')), loadDutchWords()]);
const NOTHING_LEARNED: LearnedTerms = { entries: {} };
const serviceWith = (weights: RankWeights, learned: LearnedTerms) => createAnswerService({ ...knowledge, words, weights, learned });
const hand = serviceWith(HAND_WEIGHTS, NOTHING_LEARNED);

const fold = (t: string): string => normalize(t).replace(/\*\*|__|\[|\]\([^)]*\)/g, ' ').replace(/\s+/g, ' ');
const cardText = new Map<string, string>();
const textOf = (id: string): string => {
  let t = cardText.get(id);
  if (t === undefined) {
    const entry = hand.byId(id);
    t = entry === undefined ? '' : fold(readableText([{ card: renderAnswer(hand, entry, 'ask'), summary: '' }]));
    cardText.set(id, t);
  }
  return t;
};
const holdsFacts = (q: BlindQuestion, id: string): boolean => (q.facts ?? []).every((g) => g.some((alt) => textOf(id).includes(fold(alt).trim())));
const IN_SCOPE_KINDS: ReadonlySet<string> = new Set(['case', 'everyday', 'direct']);

const sets: LabelledSet[] = [];
const dir = path.join(root, 'tests/answers/tuning');
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
  const blind = Object.values(mod).filter(Array.isArray).flat() as BlindQuestion[];
  const questions = blind.filter((q) => IN_SCOPE_KINDS.has(q.kind)).map((q) => ({ q: q.q, right: (id: string) => holdsFacts(q, id) }));
  sets.push({ name: file.replace(/\.ts$/, ''), blind, questions });
}
const byEntry = (list: readonly { q: string; ids: readonly string[] }[]): Question[] => list.map(({ q, ids }) => ({ q, right: (id: string) => ids.includes(id) }));
sets.push(
  { name: 'evaluation-set', questions: byEntry(IN_SCOPE.map(({ q, id }) => ({ q, ids: [id] }))) },
  { name: 'held-out 1', questions: byEntry(HELDOUT_IN_SCOPE) },
  { name: 'held-out 2', questions: byEntry(HELDOUT2_IN_SCOPE) },
  { name: 'held-out 3', questions: byEntry(HELDOUT3_IN_SCOPE) },
);

/** One question's candidates: feature vectors and labels. The candidates and their features do not depend on the weights. */
interface Sample {
  set: number;
  stems: string[];
  ids: string[];
  x: Float64Array[];
  y: boolean[];
}
const samples: Sample[] = [];
/** Every question with the entries that answer it: what the learned terms learn from. */
const examples: { set: number; stems: string[]; entries: string[] }[] = [];
sets.forEach((s, si) => {
  for (const q of s.questions) {
    const stems = learnedStems(tokenize(q.q), stem);
    examples.push({ set: si, stems, entries: hand.entries.filter((e) => q.right(e.id)).map((e) => e.id) });
    const ranked = hand.explain(q.q).ranked;
    const y = ranked.map((r) => q.right(r.entry.id));
    // Only questions where the order matters: some candidate answers it and some does not.
    if (y.some(Boolean) && !y.every(Boolean)) samples.push({ set: si, stems, ids: ranked.map((r) => r.entry.id), x: ranked.map((r) => Float64Array.from(r.features)), y });
  }
});
// The entries' own titles and example questions are questions for that entry, learned in every fold: a question
// worded like a title must keep reaching its entry.
const OWN = -1;
for (const e of hand.entries) for (const text of [e.title, ...e.questions]) examples.push({ set: OWN, stems: learnedStems(tokenize(text), stem), entries: [e.id] });
const LEARNED = featureIndex('learned');
/** The learned terms of the questions of the given sets, and the samples' `learned` feature under them. */
function learnFrom(setIndices: ReadonlySet<number>): LearnedTerms {
  const learned = buildLearnedTerms(examples.filter((e) => e.set === OWN || setIndices.has(e.set)));
  const scorer = learnedScorer(learned);
  for (const s of samples) {
    const of = scorer(s.stems);
    s.ids.forEach((id, i) => {
      (s.x[i] as Float64Array)[LEARNED] = of(id);
    });
  }
  return learned;
}

const K = RANK_FEATURES.length;
const toArray = (w: RankWeights): Float64Array => Float64Array.from(RANK_FEATURES, (f) => w[f]);
const toWeights = (a: Float64Array): RankWeights => Object.fromEntries(RANK_FEATURES.map((f, i) => [f, a[i] as number])) as RankWeights;
const dot = (w: Float64Array, x: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < K; i++) s += (w[i] as number) * (x[i] as number);
  return s;
};

/** Softmax listwise loss and its gradient, plus the L2 pull towards the hand-set weights. */
function fit(train: readonly Sample[]): Float64Array {
  const prior = toArray(HAND_WEIGHTS);
  const w = Float64Array.from(prior);
  const m = new Float64Array(K);
  const v = new Float64Array(K);
  const rate = 0.05;
  for (let it = 1; it <= ITERATIONS; it++) {
    const grad = new Float64Array(K);
    for (const s of train) {
      const scores = s.x.map((x) => dot(w, x));
      const max = Math.max(...scores);
      const e = scores.map((z) => Math.exp(z - max));
      const all = e.reduce((a, b) => a + b, 0);
      const pos = e.reduce((a, b, i) => a + (s.y[i] ? b : 0), 0);
      s.x.forEach((x, i) => {
        const pAll = (e[i] as number) / all;
        const pPos = s.y[i] ? (e[i] as number) / pos : 0;
        for (let k = 0; k < K; k++) grad[k] = (grad[k] as number) + (pAll - pPos) * (x[k] as number);
      });
    }
    for (let k = 0; k < K; k++) {
      if (ONLY !== undefined && !ONLY.includes(RANK_FEATURES[k] as string)) continue;
      const g = (grad[k] as number) / train.length + (L2 / train.length) * ((w[k] as number) - (prior[k] as number));
      m[k] = 0.9 * (m[k] as number) + 0.1 * g;
      v[k] = 0.999 * (v[k] as number) + 0.001 * g * g;
      const mh = (m[k] as number) / (1 - 0.9 ** it);
      const vh = (v[k] as number) / (1 - 0.999 ** it);
      w[k] = (w[k] as number) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}

const pct = (p: number, t: number): string => `${((100 * p) / t).toFixed(1)} %`;
/** A set scored as the bot answers: the blind score (in scope, and out of scope), or the right entry first. */
async function score(set: LabelledSet, weights: RankWeights, learned: LearnedTerms): Promise<{ pass: number; total: number; oos: string }> {
  const svc = serviceWith(weights, learned);
  if (set.blind === undefined) {
    const pass = set.questions.filter((q) => {
      const r = svc.ask(q.q);
      return r.kind === 'answer' && q.right(r.entry.id);
    }).length;
    return { pass, total: set.questions.length, oos: '' };
  }
  const r = (await scoreSet(svc, set.blind)).rates;
  const oos = r['out-of-scope'];
  return { pass: r['in-scope']?.pass ?? 0, total: r['in-scope']?.total ?? 0, oos: oos === undefined ? '' : `${oos.pass}/${oos.total}` };
}

console.log(`${samples.length} questions where the order matters; L2 ${L2}; fitted: ${ONLY?.join(', ') ?? 'all'}\n`);
console.log('left-out set        hand-set                fitted                  out of scope (hand / fitted)');
const sums = { blind: { hand: 0, fit: 0, total: 0 }, entries: { hand: 0, fit: 0, total: 0 } };
for (let si = 0; si < sets.length; si++) {
  const s = sets[si] as LabelledSet;
  const others = new Set(sets.map((_, i) => i).filter((i) => i !== si));
  const learned = learnFrom(others);
  const w = toWeights(fit(samples.filter((x) => x.set !== si)));
  const h = await score(s, HAND_WEIGHTS, NOTHING_LEARNED);
  const f = await score(s, w, learned);
  const sum = s.blind === undefined ? sums.entries : sums.blind;
  sum.hand += h.pass;
  sum.fit += f.pass;
  sum.total += h.total;
  const cell = (x: { pass: number; total: number }): string => `${pct(x.pass, x.total).padStart(7)} (${x.pass}/${x.total})`.padEnd(22);
  console.log(`${s.name.padEnd(18)}  ${cell(h)}  ${cell(f)}  ${h.oos === '' ? '' : `${h.oos} / ${f.oos}`}`);
}
for (const [name, x] of Object.entries(sums)) {
  console.log(`${`all ${name}, left out`.padEnd(18)}  ${pct(x.hand, x.total).padStart(7)} (${x.hand}/${x.total})       ${pct(x.fit, x.total).padStart(7)} (${x.fit}/${x.total})`);
}

const allLearned = learnFrom(new Set(sets.map((_, i) => i)));
const final = toWeights(fit(samples));
console.log('\nweights fitted on all sets (hand-set in brackets):');
for (const f of RANK_FEATURES) console.log(`  ${f.padEnd(17)} ${final[f].toFixed(3).padStart(7)}  (${HAND_WEIGHTS[f].toFixed(3)})`);

if (WRITE) {
  const file = path.join(root, 'bot/answers/ranking.ts');
  const source = await readFile(file, 'utf8');
  // The hand-set weights, and the fitted ones that differ from them.
  const fitted = RANK_FEATURES.filter((f: RankFeature) => final[f] !== HAND_WEIGHTS[f]).map((f) => `  ${f.includes(':') ? JSON.stringify(f) : f}: ${final[f].toFixed(4)},`);
  const next = source.replace(/export const RANK_WEIGHTS: RankWeights = [^;]*;/s, `export const RANK_WEIGHTS: RankWeights = {\n  ...HAND_WEIGHTS,\n${fitted.join('\n')}\n};`);
  if (next === source) throw new Error('RANK_WEIGHTS not found in ranking.ts');
  await writeFile(file, next);
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  const entries = Object.fromEntries(
    Object.entries(allLearned.entries)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, bag]) => [id, Object.fromEntries(Object.entries(bag).sort(([a], [b]) => a.localeCompare(b)).map(([t, v]) => [t, round(v)]))]),
  );
  // One line per entry: small, and a diff shows which entries' terms changed.
  const lines = Object.entries(entries).map(([id, bag]) => `  ${JSON.stringify(id)}: ${JSON.stringify(bag)}`);
  await writeFile(path.join(root, 'bot/answers/learnedTerms.json'), `{"entries": {\n${lines.join(',\n')}\n}}\n`);
  console.log(`\nwritten to ${path.relative(root, file)}`);
}
