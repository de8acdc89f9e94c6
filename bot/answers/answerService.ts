import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { createAnalyzer, type Concept } from './analyzer.ts';
import type { CategoryId, KnowledgeEntry, Synonyms } from './knowledgeSchema.ts';
import { detectPersonalData } from './personalData.ts';

/**
 * Below this confidence the bot does not answer: it says it does not know and offers the closest entries.
 * Calibrated on tests/answers/evaluation-set.ts (see the evaluation test for the figures).
 */
export const CONFIDENCE_THRESHOLD = 0.5;

export type AskResult =
  | { kind: 'answer'; entry: KnowledgeEntry; confidence: number; alternatives: KnowledgeEntry[] }
  | { kind: 'none'; closest: KnowledgeEntry[] };

export interface AnswerService {
  /** Answers a free-text question; synchronous and fast (a few ms on the whole knowledge base). */
  ask(text: string): AskResult;
  /** For the Teams search message extension: best matches for what is typed so far; '' gives []. */
  search(query: string, limit: number): KnowledgeEntry[];
  byId(id: string): KnowledgeEntry | undefined;
  byCategory(category: CategoryId): KnowledgeEntry[];
  readonly entries: readonly KnowledgeEntry[];
}

/** What the ranking saw for one candidate; exported for the evaluation test's diagnostics. */
export interface Scored {
  entry: KnowledgeEntry;
  score: number;
  /** IDF-weighted share of the question's concepts this entry matches (0..1). */
  coverage: number;
  /** The same, counting only matches in title, questions or keywords. */
  strongCoverage: number;
}

const FIELDS = ['title', 'questions', 'keywords', 'answer'] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = { title: 3, questions: 2.5, keywords: 2, answer: 1 };

interface IndexedDoc {
  id: string;
  title: string;
  questions: string;
  keywords: string;
  answer: string;
}

/** Part of the analysis result reused by `ask` and `search`. */
interface Query {
  concepts: Concept[];
  terms: string[];
  /** Term -> indices of the concepts it stands for. */
  conceptsOf: Map<string, number[]>;
  /** Own (typed) terms; fuzzy search is only for those, never for synonym expansions. */
  own: Set<string>;
  lastConceptTerms: Set<string>;
}

export interface AnswerServiceInput {
  entries: readonly KnowledgeEntry[];
  synonyms: Synonyms;
}

export function createAnswerService({ entries, synonyms }: AnswerServiceInput): AnswerService & {
  /** Ranked candidates with their features; for tests and tuning, not for the bot. */
  explain(text: string): { confidence: number; ranked: Scored[] };
} {
  const analyzer = createAnalyzer(synonyms);
  const byIdMap = new Map(entries.map((e) => [e.id, e]));

  const index = new MiniSearch<IndexedDoc>({
    fields: [...FIELDS],
    idField: 'id',
    tokenize: (text) => analyzer.indexTerms(text),
    processTerm: (term) => term,
  });
  const docs: IndexedDoc[] = entries.map((e) => ({
    id: e.id,
    title: e.title,
    questions: e.questions.join('\n'),
    keywords: e.keywords.join('\n'),
    answer: [e.answer, ...(e.steps ?? [])].join('\n'),
  }));
  index.addAll(docs);

  // Document frequency per term, over all fields, for the IDF weights of the coverage.
  const df = new Map<string, number>();
  for (const d of docs) {
    const terms = new Set(FIELDS.flatMap((f) => analyzer.indexTerms(d[f])));
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = Math.max(docs.length, 1);
  const idf = (t: string): number => Math.log(1 + n / (df.get(t) ?? 0.5));
  const unknownWeight = Math.log(1 + n / 0.5);

  function analyze(text: string): Query {
    const concepts = analyzer.concepts(text);
    const conceptsOf = new Map<string, number[]>();
    const own = new Set<string>();
    concepts.forEach((c, i) => {
      c.terms.forEach((t, k) => {
        conceptsOf.set(t, [...(conceptsOf.get(t) ?? []), i]);
        if (k < c.ownTerms) own.add(t);
      });
    });
    const last = concepts.at(-1);
    return {
      concepts,
      terms: [...conceptsOf.keys()],
      conceptsOf,
      own,
      lastConceptTerms: new Set(last === undefined ? [] : last.terms.slice(0, last.ownTerms)),
    };
  }

  function conceptWeight(c: Concept): number {
    const known = c.terms.filter((t) => df.has(t));
    return known.length === 0 ? unknownWeight : Math.max(...known.map(idf));
  }

  function searchOptions(q: Query, prefixAll: boolean): SearchOptions {
    return {
      tokenize: (s) => s.split(' ').filter(Boolean),
      processTerm: (t) => t,
      boost: BOOST,
      combineWith: 'OR',
      // Typos: only typed words, only longer ones (short words and numbers have too many neighbours).
      fuzzy: (term) => (q.own.has(term) && term.length >= 5 && /^[a-z]+$/.test(term) ? (term.length >= 9 ? 2 : 1) : false),
      prefix: (term) =>
        term.length >= 3 && /^[a-z]+$/.test(term) && (prefixAll ? q.own.has(term) : q.lastConceptTerms.has(term)),
      weights: { fuzzy: 0.45, prefix: 0.35 },
      // A concept expanded to several words should not outweigh a concept that is one word.
      boostTerm: (term) => {
        const owners = q.conceptsOf.get(term) ?? [];
        const c = q.concepts[owners[0] ?? -1];
        if (c === undefined) return 1;
        const isOwn = q.own.has(term);
        return (isOwn ? 1 : 0.8) / Math.sqrt(c.terms.length);
      },
    };
  }

  /** Coverage features of one result. */
  function features(q: Query, r: SearchResult): { coverage: number; strongCoverage: number } {
    const matchedTerms = new Set(r.queryTerms);
    // Fields per doc term; for fuzzy/prefix matches the doc term differs from the query term.
    const fieldsOf = r.match as Record<string, string[]>;
    const exactFields = (t: string): string[] => fieldsOf[t] ?? [];
    const inexactFields = Object.entries(fieldsOf)
      .filter(([t]) => !q.conceptsOf.has(t))
      .flatMap(([, f]) => f);
    let total = 0;
    let covered = 0;
    let strong = 0;
    for (const c of q.concepts) {
      const w = conceptWeight(c);
      total += w;
      const hits = c.terms.filter((t) => matchedTerms.has(t));
      if (hits.length === 0) continue;
      // An inexact (fuzzy/prefix) hit counts a bit less than an exact one.
      const exact = hits.some((t) => t in fieldsOf);
      covered += exact ? w : w * 0.8;
      const fields = hits.flatMap((t) => (t in fieldsOf ? exactFields(t) : inexactFields));
      if (fields.some((f) => f !== 'answer')) strong += exact ? w : w * 0.8;
    }
    return total === 0 ? { coverage: 0, strongCoverage: 0 } : { coverage: covered / total, strongCoverage: strong / total };
  }

  function rank(text: string): { ranked: Scored[]; confidence: number } {
    // Personal data is not part of the question's topic (and names would count as unknown words).
    const clean = detectPersonalData(text).redacted.replace(/\[[a-z-]+\]/g, ' ');
    const q = analyze(clean);
    if (q.terms.length === 0) return { ranked: [], confidence: 0 };
    const results = index.search(q.terms.join(' '), searchOptions(q, false));
    const ranked: Scored[] = results.slice(0, 10).flatMap((r) => {
      const entry = byIdMap.get(String(r.id));
      return entry === undefined ? [] : [{ entry, score: r.score, ...features(q, r) }];
    });
    const top = ranked[0];
    if (top === undefined) return { ranked, confidence: 0 };
    const second = ranked[1]?.score ?? 0;
    const margin = (top.score - second) / top.score;
    // Calibrated: coverage says "the entry is about all of the question", strong coverage "and in its
    // title/questions/keywords, not only somewhere in the text", the margin "and clearly more than the next".
    const confidence = Math.min(1, (0.55 * top.coverage + 0.45 * top.strongCoverage) * (0.8 + 0.2 * margin));
    return { ranked, confidence };
  }

  function ask(text: string): AskResult {
    const { ranked, confidence } = rank(text);
    const top = ranked[0];
    if (top === undefined || confidence < CONFIDENCE_THRESHOLD) {
      const closest = ranked.filter((r) => r.coverage >= 0.34).slice(0, 3).map((r) => r.entry);
      return { kind: 'none', closest };
    }
    const alternatives = ranked
      .slice(1)
      .filter((r) => r.score >= top.score * 0.35 && r.coverage >= 0.34)
      .slice(0, 3)
      .map((r) => r.entry);
    return { kind: 'answer', entry: top.entry, confidence: Math.round(confidence * 1000) / 1000, alternatives };
  }

  function search(query: string, limit: number): KnowledgeEntry[] {
    if (query.trim() === '' || limit <= 0) return [];
    const q = analyze(query);
    if (q.terms.length === 0) return [];
    return index
      .search(q.terms.join(' '), searchOptions(q, true))
      .slice(0, limit)
      .flatMap((r) => byIdMap.get(String(r.id)) ?? []);
  }

  return {
    ask,
    search,
    explain: rank,
    byId: (id) => byIdMap.get(id),
    byCategory: (category) => entries.filter((e) => e.category === category),
    entries,
  };
}
