import { describe, expect, it } from 'vitest';
import { stem, tokenize } from '../../bot/answers/analyzer.ts';
import { FITTED_FEATURES, HAND_WEIGHTS, LEARNED_TERMS, RANK_FEATURES, RANK_WEIGHTS, buildLearnedTerms, emptyVector, featureIndex, learnedScorer, learnedStems, logScore } from '../../bot/answers/ranking.ts';
import { sharedAnswers } from '../../test-support/sharedAnswers.ts';

const stems = (text: string): string[] => learnedStems(tokenize(text), stem);

describe('ranking: the log-linear score', () => {
  it('is the sum of weight x feature, and the hand-set weights are the old product of factors', () => {
    const x = emptyVector();
    x[featureIndex('bm25')] = Math.log(0.5);
    x[featureIndex('quality')] = Math.log(0.8);
    x[featureIndex('definition')] = 1;
    x[featureIndex('formsMismatch')] = 1;
    // relative BM25 0.5 x quality^3 x definition bonus 1.3 x a form that does not fit 0.4
    expect(Math.exp(logScore(x, HAND_WEIGHTS))).toBeCloseTo(0.5 * 0.8 ** 3 * 1.3 * 0.4, 10);
  });

  it('has a weight for every feature, fits only FITTED_FEATURES (the others stay hand-set), and keeps each sign', () => {
    for (const f of RANK_FEATURES) expect(Number.isFinite(RANK_WEIGHTS[f]), f).toBe(true);
    const moved = RANK_FEATURES.filter((f) => RANK_WEIGHTS[f] !== HAND_WEIGHTS[f]);
    expect(moved).toContain('learned');
    for (const f of moved) expect(FITTED_FEATURES, f).toContain(f);
    // A fit may change how much a feature counts, not what it says: evidence for stays for, against stays against.
    expect(RANK_WEIGHTS.learned).toBeGreaterThan(0);
    for (const f of FITTED_FEATURES.filter((x) => x !== 'learned')) expect(Math.sign(RANK_WEIGHTS[f]), f).toBe(Math.sign(HAND_WEIGHTS[f]));
  });
});

describe('ranking: learned terms', () => {
  const learned = buildLearnedTerms([
    { stems: stems('juf ziet blauwe plekken bij een kleuter'), entries: ['letsel'] },
    { stems: stems('blauwe plekken op de bovenarm van een peuter'), entries: ['letsel'] },
    { stems: stems('mag ik zonder toestemming melden'), entries: ['beroepsgeheim'] },
    // Facts on many cards: each of the 40 entries learns 1/40 of it, below the floor, so nothing.
    { stems: stems('kleuter kleuter kleuter'), entries: Array.from({ length: 40 }, (_, i) => `breed-${i}`) },
  ]);
  const score = learnedScorer(learned);

  it('brings a question close to the entry whose questions had its words', () => {
    const of = score(stems('kind met blauwe plekken'));
    expect(of('letsel')).toBeGreaterThan(0.5);
    expect(of('beroepsgeheim')).toBe(0);
    const other = score(stems('melden zonder toestemming van de ouders'));
    expect(other('beroepsgeheim')).toBeGreaterThan(other('letsel'));
  });

  it('lets a word nobody used count neither for nor against, and an empty question scores 0', () => {
    expect(score(stems('blauwe plekken'))('letsel')).toBeCloseTo(score(stems('blauwe plekken xylofoonachtig'))('letsel'), 10);
    expect(score([])('letsel')).toBe(0);
    expect(score(stems('blauwe plekken'))('onbekend-id')).toBe(0);
  });

  it('drops what a question whose facts are on many cards teaches a single entry', () => {
    expect(learned.entries['breed-0']).toBeUndefined();
    expect(learned.entries['letsel']?.[stem('kleuter')]).toBeGreaterThan(0);
  });

  it('names only entries of the knowledge base (regenerate with `npm run fit:ranking -- --write` after a rename)', async () => {
    const answers = await sharedAnswers();
    const ids = new Set(answers.entries.map((e) => e.id));
    const learnedIds = Object.keys(LEARNED_TERMS.entries);
    expect(learnedIds.length).toBeGreaterThan(0);
    expect(learnedIds.filter((id) => !ids.has(id))).toEqual([]);
  });
});
