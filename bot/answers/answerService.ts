import type { SearchOptions, SearchResult } from 'minisearch';
import { CONTEXT_TERMS, createAnalyzer, expandCapitalAbbreviations, normalize, stem, tokenize, type Concept } from './analyzer.ts';
import type { DutchWords } from './dutchWords.ts';
import { FastMiniSearch } from './fastSearch.ts';
import { createFacetMatcher, type FacetAnalysis, type FacetMatch, type FacetSet } from './facets.ts';
import { FACET_KINDS, type CategoryId, type FacetKind, type KnowledgeEntry, type Lexicon, type Synonyms } from './knowledgeSchema.ts';
import { detectPersonalData } from './personalData.ts';
import { LEARNED_TERMS, RANK_FEATURES, RANK_WEIGHTS, emptyVector, featureIndex, learnedScorer, learnedStems, logScore, type LearnedTerms, type RankFeature, type RankVector, type RankWeights } from './ranking.ts';

/**
 * Question answering over the knowledge base, in plain TypeScript.
 *
 * 1. The question is cleaned of personal data and analysed (analyzer.ts): concepts = the user's words,
 *    each with its stems, derived terms (inflections, compound parts) and synonym expansions.
 * 2. MiniSearch (BM25) finds candidates: title > questions > keywords > answer; typo search for unknown
 *    words, prefix search for the last word; synonym and derived terms weigh less than typed words.
 * 3. The first RERANK_DEPTH candidates are re-ranked by a log-linear score over explainable features
 *    (ranking.ts): relative BM25, coverage^3 (is the entry about ALL of the question?), word pairs found as pairs
 *    ("stap 5"), "wat is X" when the entry defines X, the share of the entry's title the question matches, the
 *    facets (form of violence, who asks, about whom, what they want), and how close the question's words are to
 *    the questions professionals asked that the entry answered (learned from the tuning sets).
 * 4. The confidence (confidenceOf) decides: answer, or 'none' with the closest entries. Never a guess.
 */

/**
 * Below this confidence the bot does not answer: it says it does not know and offers the closest entries.
 * Chosen on tests/answers/evaluation-set.ts: out-of-scope questions score at most about 0.37 there,
 * in-scope questions answered correctly mostly above 0.45.
 */
export const CONFIDENCE_THRESHOLD = 0.4;

/**
 * How sure the engine is that `top` answers the question, 0..1:
 * - coverage: the IDF-weighted share of the question's words (concepts) the entry matches; a word the
 *   knowledge base has never seen counts fully against it ("wachtwoord", "trein");
 * - strong coverage: the same, counting only title, example questions and keywords, not the answer text;
 * - corroboration: a match on ONE word while the question has other words that match nothing is weak
 *   ("wie won het WK" matches "wonen" and nothing else); a match on everyday words only ("hoe laat is
 *   het", "welke dag") is hardly evidence at all. Context words (CONTEXT_TERMS in analyzer.ts: kind,
 *   ouder, school, kinderopvang, gemeente, collega, mbo ...) count like everyday words here: they say who
 *   asks and where, not what about. "Kind is ziek, mag het naar de opvang" and "verschil tussen mbo en
 *   hbo" match an entry on those words only, and "hoe meld ik een verhuizing aan de gemeente" on one
 *   topic word ("meld") next to an unknown one. A confident answer needs a TOPIC word (`topical`); a
 *   typo guess ("regenen" ~ "regel") is no topic word, and a compound the knowledge base does not know
 *   matched on one of its parts ("wachtwoord" -> wacht) counts as nearly unmatched (PART_VALUE);
 * - margin: a little credit when the entry is clearly ahead of the next one.
 * On the evaluation set the in-scope and out-of-scope questions separate around 0.4-0.45.
 */
export function confidenceOf(top: Omit<Scored, 'entry'>, margin: number): number {
  const quality = 0.6 * top.coverage + 0.4 * top.strongCoverage;
  const corroboration =
    top.topical === 0 ? 0.3 : top.topical >= 2 || top.matched === top.concepts ? 1 : 0.8;
  return Math.min(1, quality * corroboration * (0.9 + 0.1 * Math.max(0, Math.min(1, margin))));
}

/** One button of a clarifying question: a facet value ("een kind") or "iemand anders" (id null). */
export interface ClarifyOption {
  readonly id: string | null;
  readonly label: string;
}

export type AskResult =
  | {
      kind: 'answer';
      entry: KnowledgeEntry;
      confidence: number;
      alternatives: KnowledgeEntry[];
      /** For a case description that asks what to do: the meldcode's 5 steps, shown under the answer (NEXT_STEPS_ENTRY). */
      nextSteps?: KnowledgeEntry;
    }
  /**
   * The question is clearly in the domain, but the best entries differ in who is at risk and the question does
   * not say: ask ONE short question ("Over wie maakt u zich zorgen?"), then answer with `ask(text, { subjects })`.
   */
  | { kind: 'clarify'; facet: 'subjects'; options: ClarifyOption[] }
  /**
   * No confident answer. `tentative`: for a question that is clearly about the domain, the entry that comes
   * closest, shown with its text under "Ik weet het niet zeker" rather than hidden behind a button.
   */
  | { kind: 'none'; closest: KnowledgeEntry[]; tentative?: KnowledgeEntry; nextSteps?: KnowledgeEntry };

/**
 * The entry whose steps answer "wat moet ik nu doen?" for a situation someone describes: the meldcode's 5 steps.
 * Shown under the answer when the question tells a case (it names a form of violence, or a role and a story) and
 * asks what to do, must do, report or whom to call; not when the answer has steps of its own.
 */
export const NEXT_STEPS_ENTRY = 'meldcode-vijf-stappen-overzicht';
const NEXT_STEPS_INTENTS: ReadonlySet<string> = new Set(['nu-doen', 'plicht', 'melden', 'bellen']);
/** The lexicon's form for self-harm and suicide (knowledge/lexicon.yaml). */
const SELF_HARM = 'zelfbeschadiging';

/** What the asker told us on a clarifying question (it overrides what the question's words say), and the danger screen's reading. */
export interface AskContext {
  /** Who is at risk: a subject id, or null for "iemand anders" (answer without asking again). */
  readonly subject?: string | null;
  /** The danger screen read suicidal thoughts in the message (see suicideFollowUp). */
  readonly suicide?: boolean;
}

export interface AnswerService {
  /** Answers a free-text question; synchronous and fast (a few ms on the whole knowledge base). */
  ask(text: string, context?: AskContext): AskResult;
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
  /** Concepts of the question this entry matches. */
  matched: number;
  /** Matched concepts that are not everyday words (GENERIC_WORDS such as "dag", "laat", "wanneer"). */
  informative: number;
  /**
   * Matched concepts that say what the question is about: not everyday words, not context words
   * (CONTEXT_TERMS: kind, ouder, school, kinderopvang, gemeente, collega, mbo ...), see `features`.
   */
  topical: number;
  /** Concepts of the question the knowledge base knows at all (diagnostics). */
  known: number;
  /** Concepts in the question. */
  concepts: number;
  /** Sum of the IDF weights of the matched concepts: how much specific information the match shares. */
  evidence: number;
  /** The coverage counting only topic words: known, not everyday, not context (who asks, about whom). */
  topicCoverage: number;
  /** Facet kinds on which the question and the entry agree (see FACET_MATCH). */
  facetMatches: number;
  /** The ranking's features (ranking.ts RANK_FEATURES): score = exp(weights · features). */
  features: RankVector;
}

const FIELDS = ['title', 'questions', 'keywords', 'answer'] as const;
type Field = (typeof FIELDS)[number] | 'facets';
const BOOST: Record<Field, number> = { title: 3, questions: 2.5, keywords: 2, answer: 1, facets: 1.5 };
/**
 * Facets (facets.ts) in the search: an entry is indexed with a token per facet value ("f:forms:lichamelijk"), and a
 * question word that signals that value carries the same token, so "hij heeft haar geslagen" reaches the entry on
 * lichamelijk geweld without sharing a word with it. In the coverage such a hit counts as FACET_VALUE.
 */
const facetToken = (kind: FacetKind, id: string): string => `f:${kind}:${id}`;
const FACET_VALUE = 0.9;
/** Search weight of a facet token carried by a question word (see searchOptions' boostTerm). */
const FACET_TERM_WEIGHT = { forms: 2, other: 0.4 } as const;
/**
 * Re-ranking by facet agreement: an entry about the question's form of violence, role, person at risk or intent
 * goes up (MATCH); an entry specifically about ANOTHER value of a facet the question names goes down (MISMATCH):
 * the kinderopvang entry is not the answer to a teacher, the stalking entry not to a question about a beaten child.
 */
const FACET_MATCH: Record<FacetKind, number> = { forms: 1.5, subjects: 1.15, roles: 1.35, intents: 1.25 };
/**
 * Forms of violence that change the route itself: violence by staff goes to the employer, the inspectorate or the
 * vertrouwensinspecteur; honour-based violence, forced marriage, abandonment abroad, FGM and exploitation each have
 * their own experts. A question that names one is answered by an entry on it before a general one (ranking feature
 * routeMissing). The weights of a mismatch, of a sector entry for a question naming no sector (unaskedRole) etc. are
 * in ranking.ts.
 */
const ROUTE_FORMS: ReadonlySet<string> = new Set(['geweld-door-medewerker', 'eergerelateerd', 'huwelijksdwang', 'achterlating', 'vgv', 'uitbuiting']);
/** Subjects for a narrow group: an entry only about them is for questions that name them (see facetFit). */
const NARROW_SUBJECTS: ReadonlySet<string> = new Set(['beperking', 'lhbti', 'professional', 'man-slachtoffer']);
/** Subjects mismatch when the asker chose whom the worry is about (AskContext.subject). */
const CHOSEN_SUBJECT_MISMATCH = 0.3;
/**
 * An entry only for a narrow group (NARROW_SUBJECTS) when the question names someone else: as good as a chosen
 * subject that does not fit. A fixed factor next to the narrowMismatch feature, because the learned feature can
 * outweigh that feature on a story's words ("thuis uitgescholden" is in the questions of the lhbti+ entry). Left out
 * (fit:ranking, 2026-12-05): blind 78.4 % either way, entry-labelled 78.8 -> 79.0 %.
 */
const NARROW_OTHER = 0.3;
/**
 * Weight of a question word the knowledge base does not know, in a question that is clearly about the domain (it
 * names a form of violence or who asks): a case description tells a story ("een moeder met een depressie ..."),
 * and the story's words are context, not a topic the base lacks. Outside the domain they count fully, so that
 * "hoe meld ik een verhuizing" is still refused.
 */
const NARRATIVE_WEIGHT = 0.2;
const NARRATIVE_MIN_CONCEPTS = 8;
/** A role in the first ASKER_START tokens, or just after one of ASKER_MARKERS, says who asks (askerOnly). */
const ASKER_START = 8;
/** Confidence factor for a question whose main word the knowledge base does not know (see `foreign` in rank). */
const UNKNOWN_TOPIC = 0.7;
/** Words for someone's child that, next to an older person, name an adult (askerOnly). */
const ADULT_CHILDREN: ReadonlySet<string> = new Set(['zoon', 'zonen', 'dochter', 'dochters', 'kleinzoon', 'kleindochter', 'schoonzoon', 'schoondochter', 'kinderen']);
/** Forms of violence done to someone: the acts that other facts (who does it, to whom) turn into a form of their own. */
const ACT_FORMS: readonly string[] = ['lichamelijk', 'psychisch', 'seksueel', 'kindermishandeling'];
/** Forms of violence a staff member named in a story may do to someone in their care (askerOnly). */
const STAFF_VIOLENCE_FORMS: ReadonlySet<string> = new Set([...ACT_FORMS, 'financieel']);
/** Acts that make violence against an older person elder abuse, or by a colleague violence by staff (withInferredForms). */
const INFERRING_FORMS: readonly string[] = [...ACT_FORMS, 'verwaarlozing'];
/** How many tokens after a professional's role the violence must follow to be theirs. */
const STAFF_ACT_WINDOW = 6;
const ASKER_MARKERS: ReadonlySet<string> = new Set(['ben', 'als', 'werk', 'werkzaam', 'vanuit', 'namens']);
/**
 * Confidence from facets alone (see `rank`): the top entry is about the question's form of violence (FACET_CONFIDENCE),
 * and more for each other facet they share (role, person, intent), at most FACET_CONFIDENCE_MAX.
 */
const FACET_CONFIDENCE = 0.45;
const FACET_CONFIDENCE_STEP = 0.1;
const FACET_CONFIDENCE_MAX = 0.75;
/** Roles that are the meldcode's own subject matter, not who asks: "wat doet een aandachtsfunctionaris?" is a topic. */
const DOMAIN_ROLES: ReadonlySet<string> = new Set(['f:roles:aandachtsfunctionaris']);
/** Coverage value of a typed word found exactly, but only in the answer text (see `features`). */
const ANSWER_ONLY_VALUE = 0.6;
/** From this confidence on, an answer is clear-cut: no "Bedoelde u iets anders?" under it. */
const CLEAR_ANSWER = 0.7;
/** Weight of a context word (CONTEXT_TERMS) in the coverage, against a topic word's. */
const CONTEXT_WEIGHT = 0.5;
/**
 * What the asker wants, when that alone places a question in the domain (to report, record, share information, what
 * happens after a report, a duty, recognising signs, referring): not "bel me", "wat is", "wat moet ik doen".
 */
const DOMAIN_INTENTS: ReadonlySet<string> = new Set(['melden', 'vastleggen', 'delen', 'na-melding', 'plicht', 'herkennen', 'verwijzen', 'veiligheid']);
/** Below the threshold, the closest entry is shown with its text ("Ik weet het niet zeker") from this confidence on. */
const TENTATIVE_MIN = 0.3;
/** The same for a question that names a form of violence: a worry about violence deserves the closest answer. */
const TENTATIVE_MIN_FORMS = 0.2;
/**
 * The meldcode's own instruments and organisations (the lexicon's `instruments`): a question that names one is about the
 * domain, whatever else it says ("kost bellen naar Veilig Thuis geld?", "wat doet de vertrouwensinspecteur?"), so below
 * the threshold it gets the closest entry under "Ik weet het niet zeker" even when no facet fits. Measured on
 * 2026-12-05: fit:ranking's left-out blind sets 78.4 -> 79.1 %, out of scope unchanged (120/125 on the tuning sets,
 * 93/102 on the older sets).
 */
function instrumentMatcher(names: readonly string[] | undefined): (normalizedText: string) => boolean {
  if (names === undefined || names.length === 0) return () => false;
  const re = new RegExp(`\\b(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\b`);
  return (text) => re.test(text);
}

/** Entries within this share of the best score are the ones a clarifying question chooses between. */
const CLARIFY_WITHIN = 0.6;
/** A clarifying question needs a confidence of at least the threshold minus this. */
const CLARIFY_MARGIN = 0.1;
/** Search weight of a query term by where it comes from: typed, derived from a typed word, or a synonym. */
const TERM_WEIGHT = { own: 1, derived: 0.6, synonym: 0.5 } as const;
/**
 * Coverage credit for a question word matched only through a part of it, when the knowledge base does not
 * know the compound as a whole (`Concept.parts`): "wachtwoord" matched on "wacht", "weerbericht" on
 * "bericht". Such a word is mostly about something else, so it counts as nearly unmatched.
 */
const PART_VALUE = 0.25;
/** A word matched only by typo search counts as a topic word from this length (of its stem) on. */
const MIN_TYPO_TOPIC_LENGTH = 7;
/** Longest question, in distinct words (concepts), that is looked up; keeps a lookup within a few ms. */
const MAX_CONCEPTS = 40;
/** How many search results are re-ranked by coverage. */
const RERANK_DEPTH = 20;
/** Words for an animal as the one that is hurt: animal abuse is reported elsewhere (not Veilig Thuis). */
const ANIMAL = /\b(?:dier|dieren|dierenmishandeling|dierenverwaarlozing|huisdier(?:en)?|hond(?:en|je)?|kat(?:ten|je)?|poes|paard(?:en)?|konijn(?:en)?|puppy|pup)\b/;
/** Someone other than the animal: then the message is about a person. */
const PERSON_AROUND = /\b(?:ze|zij|haar|hem|mij|me|ons|moeder|vader|vrouw|man|partner|ex|kind|kinderen|gezin)\b/;
/** Reporting sick uses "melden" too. */
const SICK_LEAVE = /\b(?:(?:me|mij|zich|je|jezelf|mezelf) ziek|ziek (?:melden|meld|gemeld)|ziekmeld\w*|ziekteverzuim|beter ?melden)\b/;
/** A he and a she in one story (askerOnly: violence between them, nobody else named, reads as between partners). */
const HE = / (?:hij|hem|zijn) /;
const SHE = / (?:haar|ze|zij) /;
/** Who may be at risk in a situation (lexicon subjects): a worry about them gets the meldcode's steps at least. */
const WORRY_SUBJECTS: ReadonlySet<string> = new Set(['kind', 'baby', 'jongere', 'partner', 'oudere', 'volwassene', 'beperking']);
/** Extra weight when the question's word pairs occur as pairs in an entry's title, questions or keywords. */
const PAIR_BONUS = 0.75;
/** "Wat is X", "wat zijn X", "wat betekent X", "wat houdt X in", "wat doet (een) X": a question for a definition. */
const DEFINITION = /^(?:wat (?:is|zijn|betekent|betekenen|houdt|doet|doen)|uitleg(?: over)?|wat verstaan (?:we|wij|jullie) onder) (?:(?:de|het|een|precies|eigenlijk) )*(.+)$/;
/**
 * Extra weight for the IDF-weighted share of an entry's TITLE that the question matches. The coverage says
 * whether the entry is about all of the question; this says whether the question is about all of the entry:
 * "moet ik melden als ik al hulp geef" is the title "Moet ik melden als ik het gezin al hulp geef?", not
 * "Afweging 5: leidt de hulp op tijd tot veiligheid en herstel?", and "kan ik anoniem advies vragen bij VT"
 * is not "Moet ik als arts ...": a title word the question does not have (arts) counts against the entry.
 */
const TITLE_BONUS = 0.3;
/** Floor of the log of the quality: a candidate with no quality at all ranks last, not at -Infinity. */
const MIN_QUALITY = 1e-9;
/** Positions of the ranking features (ranking.ts) in a candidate's vector. */
const F = {
  ...(Object.fromEntries(RANK_FEATURES.map((name, i) => [name, i])) as Record<RankFeature, number>),
  match: { forms: featureIndex('formsMatch'), subjects: featureIndex('subjectsMatch'), roles: featureIndex('rolesMatch'), intents: featureIndex('intentsMatch') },
  mismatch: { forms: featureIndex('formsMismatch'), subjects: featureIndex('subjectsMismatch'), roles: featureIndex('rolesMismatch'), intents: featureIndex('intentsMismatch') },
} as const;

interface IndexedDoc {
  id: string;
  title: string;
  questions: string;
  keywords: string;
  answer: string;
  /** Facet tokens, space separated. */
  facets: string;
}

/** Part of the analysis result reused by `ask` and `search`. */
interface Query {
  concepts: Concept[];
  terms: string[];
  /** Term -> indices of the concepts it stands for. */
  conceptsOf: Map<string, number[]>;
  /** Own (typed) terms; fuzzy search is only for those, never for synonym expansions. */
  own: Set<string>;
  /** Own terms of words that are real Dutch words (the word list): spelled right, so never typo-searched. */
  spelled: Set<string>;
  /** The question's words that are real Dutch words (the word list). */
  spelledWords: Set<string>;
  /** Terms derived from typed words (inflections, compound parts); weighed below own terms. */
  derived: Set<string>;
  lastConceptTerms: Set<string>;
  /**
   * Own terms that are the typed word itself, not a shortened stem. In a finished question the last word is
   * prefix-searched on its stem only if that stem has 4+ letters or is the typed word: "weer" stems to
   * "wer", a prefix of "werk", "werkt", "werkgroep", so "wanneer is het weer" answered with the USD's
   * "hoe werkt ..." at confidence 0.78. ("gemeld" -> "meld" -> "melder" is still searched.)
   */
  whole: Set<string>;
  /** The question's facets, after what the asker told us on a clarifying question. */
  facets: FacetSet;
  /** The question names a form of violence or who asks: unknown words are story, not topic (NARRATIVE_WEIGHT). */
  inDomain: boolean;
  /**
   * The question tells a situation: it names a form of violence, or a role and at least NARRATIVE_MIN_CONCEPTS
   * words. Its unknown words are the story (NARRATIVE_WEIGHT), and a "what now" gets the meldcode's steps.
   * A short question with a role in it ("hoeveel vakantiedagen heeft een pedagogisch medewerker") is no story.
   */
  story: boolean;
  /** The asker chose who is at risk (a clarifying question's button): an entry about someone else hardly fits. */
  subjectChosen: boolean;
}

interface ConceptInfo {
  readonly contextual: boolean;
  readonly w: number;
  readonly isTopic: boolean;
  readonly isKnown: boolean;
  readonly facetKinds: readonly ('roles' | 'subjects')[];
}

export interface AnswerServiceInput {
  entries: readonly KnowledgeEntry[];
  synonyms: Synonyms;
  /** The domain lexicon (knowledge/lexicon.yaml); without it the engine works on words alone. */
  lexicon?: Lexicon;
  /**
   * A real Dutch word list (dutchWords.ts): base forms of inflected words the stemmer misses ("uitgebuit" ->
   * uitbuiten, "sloeg" -> slaan), for the facets and the search; and typo search only for words that are not Dutch
   * words, so "depressie" is not "corrected" into a word of the knowledge base.
   */
  words?: DutchWords;
  /** The ranking's weights (ranking.ts); other weights only for fitting them (`npm run fit:ranking`). */
  weights?: RankWeights;
  /** What professionals' questions say about each entry (ranking.ts); other terms only for fitting. */
  learned?: LearnedTerms;
}

const EMPTY_LEXICON: Lexicon = { forms: {}, subjects: {}, roles: {}, intents: {} };

export function createAnswerService({ entries, synonyms, lexicon = EMPTY_LEXICON, words: dutch, weights = RANK_WEIGHTS, learned = LEARNED_TERMS }: AnswerServiceInput): AnswerService & {
  /** Ranked candidates with their features; for tests and tuning, not for the bot. */
  explain(text: string, context?: AskContext): { confidence: number; ranked: Scored[]; facets: FacetSet };
} {
  const indexAnalyzer = createAnalyzer(synonyms, dutch === undefined ? {} : { lemmas: (w) => dutch.lemmas(w) });
  const byIdMap = new Map(entries.map((e) => [e.id, e]));
  const learnedOf = learnedScorer(learned);
  const facetMatcher = createFacetMatcher(lexicon, dutch === undefined ? {} : { lemmas: (w) => dutch.lemmas(w) });
  const entryFacets = new Map(entries.map((e) => [e.id, facetMatcher.ofEntry(e)]));
  const namesInstrument = instrumentMatcher(lexicon.instruments);

  const index = new FastMiniSearch<IndexedDoc>({
    fields: [...FIELDS, 'facets'],
    idField: 'id',
    tokenize: (text, field) => (field === 'facets' ? text.split(' ').filter(Boolean) : indexAnalyzer.indexTerms(text)),
    processTerm: (term) => term,
  });
  const docs: IndexedDoc[] = entries.map((e) => {
    const f = entryFacets.get(e.id);
    return {
      id: e.id,
      title: e.title,
      questions: e.questions.join('\n'),
      keywords: e.keywords.join('\n'),
      answer: [e.answer, ...(e.steps ?? [])].join('\n'),
      facets: f === undefined ? '' : FACET_KINDS.flatMap((k) => [...f[k]].map((id) => facetToken(k, id))).join(' '),
    };
  });
  index.addAll(docs);

  // Document frequency per term, over all fields, for the IDF weights of the coverage.
  const df = new Map<string, number>();
  for (const d of docs) {
    const terms = new Set(FIELDS.flatMap((f) => indexAnalyzer.indexTerms(d[f])));
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  // Word pairs of the title, questions and keywords ("stap 5", "open melden", "zonder toestemming"), unordered,
  // so that "de vijfde stap" prefers "Stap 5: ..." over an entry that has "5" and "stap" far apart.
  const pairsOf = (concepts: readonly Concept[]): Set<string> => {
    const out = new Set<string>();
    for (let i = 0; i + 1 < concepts.length; i++) {
      const a = concepts[i] as Concept;
      const b = concepts[i + 1] as Concept;
      for (const x of a.terms.slice(0, a.ownTerms)) for (const y of b.terms.slice(0, b.ownTerms)) out.add(x < y ? `${x}|${y}` : `${y}|${x}`);
    }
    return out;
  };
  const entryPairs = new Map(
    entries.map((e) => [e.id, new Set([e.title, ...e.questions, ...e.keywords].flatMap((line) => [...pairsOf(indexAnalyzer.concepts(line))]))]),
  );

  // "Wat is X?" deserves the entry that defines X, not one that merely mentions it ("Wat is er in 2019
  // veranderd aan de meldcode?"). Subjects an entry defines: X in a title or example question "Wat is X ...".
  const definedSubject = (text: string): string[] => {
    const m = DEFINITION.exec(normalize(text).trim());
    const first = m === null ? undefined : indexAnalyzer.concepts(m[1] ?? '')[0];
    return first === undefined ? [] : first.terms.slice(0, first.ownTerms);
  };
  const titleTerms = new Map(entries.map((e) => [e.id, [...new Set(indexAnalyzer.indexTerms(e.title))]]));
  const defines = new Map(entries.map((e) => [e.id, new Set([e.title, ...e.questions].flatMap(definedSubject))]));

  // Questions are analysed knowing the knowledge base's words (compound parts, inflections).
  const analyzer = createAnalyzer(synonyms, { words: new Set(docs.flatMap((d) => FIELDS.flatMap((f) => tokenize(d[f])))) });
  for (const d of docs) for (const t of new Set(d.facets.split(' ').filter(Boolean))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(docs.length, 1);
  // Memoized for the knowledge base's own terms (a bounded set); an unknown term is computed each time.
  const idfs = new Map<string, number>();
  const idf = (t: string): number => {
    let v = idfs.get(t);
    if (v === undefined) {
      v = Math.log(1 + n / (df.get(t) ?? 0.5));
      if (df.has(t)) idfs.set(t, v);
    }
    return v;
  };
  const unknownWeight = Math.log(1 + n / 0.5);

  /**
   * Who asks is said at the start ("huisarts hier:", "ik ben juf en ...") or after "ik ben", "als", "ik werk":
   * a role named elsewhere is part of the story ("ze wil geen politie", "mijn huisarts is er niet") and says
   * nothing about who asks.
   */
  function askerOnly(text: string, analysis: FacetAnalysis): FacetAnalysis {
    const tokens = tokenize(text);
    const said = (m: FacetMatch): boolean => {
      if (m.kind !== 'roles' || m.from < ASKER_START) return true;
      const before = tokens.slice(Math.max(0, m.from - 3), m.from);
      return before.some((t) => ASKER_MARKERS.has(t));
    };
    // The son or daughter of an older person is an adult, often the one the worry is about: not a child at risk.
    const older = analysis.matches.some((m) => m.kind === 'subjects' && m.id === 'oudere');
    const adultChild = (m: FacetMatch): boolean => older && m.kind === 'subjects' && m.id === 'kind' && ADULT_CHILDREN.has(tokens[m.from] ?? '');
    const matches = analysis.matches.filter((m) => said(m) && !adultChild(m));
    // "Hij heeft haar mishandeld", "ze zegt dat hij haar keel dichtknijpt": violence told between a he and a she, with
    // nobody else named (no child, no age, no older person), is most often between partners.
    const spoken = ` ${tokens.join(' ')} `;
    const betweenThem =
      !matches.some((m) => m.kind === 'subjects') && HE.test(spoken) && SHE.test(spoken) && matches.some((m) => m.kind === 'forms' && ACT_FORMS.includes(m.id));
    if (matches.length === analysis.matches.length && !betweenThem) return analysis;
    // A professional named in the story (not the asker) who does the violence ("een pm-er heeft haar kind geslagen",
    // "een van onze verzorgenden pakt geld"): someone at work, which withInferredForms reads as violence by staff.
    const staffActs = analysis.matches.some(
      (m) => !said(m) && analysis.matches.some((f) => f.kind === 'forms' && STAFF_VIOLENCE_FORMS.has(f.id) && f.from > m.to && f.from <= m.to + STAFF_ACT_WINDOW),
    );
    const of = (kind: 'roles' | 'subjects'): Set<string> => new Set(matches.filter((m) => m.kind === kind).map((m) => m.id));
    const subjects = of('subjects');
    if (staffActs) subjects.add('collega');
    if (betweenThem && subjects.size === 0) subjects.add('partner');
    return { matches, facets: { ...analysis.facets, roles: of('roles'), subjects } };
  }

  function analyze(text: string, context: AskContext = {}): Query {
    const analysis = askerOnly(text, facetMatcher.analyze(text));
    const base: FacetSet = withInferredForms(analysis.facets);
    const facets: FacetSet =
      context.subject === undefined ? base : { ...base, subjects: new Set(context.subject === null ? [] : [context.subject]) };
    // A repeated word is one concept; a very long message is looked up on its first MAX_CONCEPTS concepts.
    // A word inside a phrase of the lexicon also carries that facet value's token (after its own, derived and
    // synonym terms, so it weighs like a synonym in the search).
    const seen = new Set<string>();
    const concepts = analyzer
      .concepts(text)
      .filter((c) => !seen.has(c.text) && seen.add(c.text))
      .slice(0, MAX_CONCEPTS)
      .map((c) => withInferred(withFacets(withLemmas(c), analysis.matches), base, analysis.facets));
    const conceptsOf = new Map<string, number[]>();
    const own = new Set<string>();
    const spelled = new Set<string>();
    const spelledWords = new Set<string>();
    if (dutch !== undefined) {
      for (const c of concepts) {
        if (c.text.includes(' ') || !dutch.has(c.text)) continue;
        spelledWords.add(c.text);
        for (const t of c.terms.slice(0, c.ownTerms)) spelled.add(t);
      }
    }
    const derived = new Set<string>();
    concepts.forEach((c, i) => {
      c.terms.forEach((t, k) => {
        conceptsOf.set(t, [...(conceptsOf.get(t) ?? []), i]);
        if (k < c.ownTerms) own.add(t);
        else if (k < c.ownTerms + c.derivedTerms) derived.add(t);
      });
    });
    const last = concepts.at(-1);
    const whole = new Set(concepts.flatMap((c) => c.terms.slice(0, c.ownTerms).filter((t) => c.text.split(' ').includes(t))));
    return {
      whole,
      spelled,
      spelledWords,
      facets,
      inDomain: facets.forms.size > 0 || facets.roles.size > 0,
      subjectChosen: typeof context.subject === 'string',
      story: facets.forms.size > 0 || (facets.roles.size > 0 && (facets.subjects.size > 0 || concepts.length >= NARRATIVE_MIN_CONCEPTS)),
      concepts,
      terms: [...conceptsOf.keys()],
      conceptsOf,
      own,
      derived,
      lastConceptTerms: new Set(last === undefined ? [] : last.terms.slice(0, last.ownTerms)),
    };
  }

  /**
   * Base forms from the word list as derived terms, when the knowledge base knows them: "uitgebuit" -> uitbuiten ->
   * the stem of "uitbuiting"; "sloeg" -> slaan.
   */
  function withLemmas(c: Concept): Concept {
    if (dutch === undefined || c.text.includes(' ')) return c;
    const extra = dutch
      .lemmas(c.text)
      .map((l) => stem(l))
      .filter((t) => df.has(t) && !c.terms.includes(t));
    if (extra.length === 0) return c;
    const cut = c.ownTerms + c.derivedTerms;
    return { ...c, terms: [...c.terms.slice(0, cut), ...new Set(extra), ...c.terms.slice(cut)], derivedTerms: c.derivedTerms + new Set(extra).size };
  }

  /** A word inside a phrase of the lexicon also carries that facet value's token (weighed like a synonym). */
  function withFacets(c: Concept, matches: ReturnType<typeof facetMatcher.analyze>['matches']): Concept {
    const tokens = matches.filter((m) => m.from <= c.position && c.position <= m.to).map((m) => facetToken(m.kind, m.id));
    return tokens.length === 0 ? c : { ...c, terms: [...c.terms, ...tokens.filter((t) => !c.terms.includes(t))] };
  }

  /**
   * A form the question implies (withInferredForms) is carried by the words that tell the violence: in a story about
   * an older person "geduwd" also searches the entries on elder abuse, as "oma" would.
   */
  function withInferred(c: Concept, implied: FacetSet, said: FacetSet): Concept {
    const added = [...implied.forms].filter((f) => !said.forms.has(f)).map((f) => facetToken('forms', f));
    if (added.length === 0 || !c.terms.some((t) => t.startsWith('f:forms:'))) return c;
    return { ...c, terms: [...c.terms, ...added.filter((t) => !c.terms.includes(t))] };
  }

  /**
   * Context: a word that says who asks or about whom, not what about. The fixed CONTEXT_TERMS, and every word the
   * lexicon reads as a role or a person ("tandarts", "verloskundige", "oma") unless it also names a form of violence.
   */
  function isContextConcept(c: Concept): boolean {
    if (c.terms.slice(0, c.ownTerms).every((t) => CONTEXT_TERMS.has(t))) return true;
    const facets = c.terms.filter((t) => t.startsWith('f:'));
    if (facets.length === 0 || !facets.every((t) => (t.startsWith('f:roles:') && !DOMAIN_ROLES.has(t)) || t.startsWith('f:subjects:'))) return false;
    // A compound with a topic part is not only context: a "verslavingsarts" asks about verslaving.
    return !c.parts.some((t) => !CONTEXT_TERMS.has(t) && df.has(t));
  }

  /** A real Dutch word, not everyday, not context, that the knowledge base has no word or synonym for. */
  function unknownTopic(c: Concept, q: Query): boolean {
    if (c.generic || !q.spelledWords.has(c.text) || isContextConcept(c)) return false;
    return !c.terms.slice(0, c.ownTerms + c.derivedTerms).some((t) => df.has(t)) && !c.terms.some((t) => t.startsWith('f:'));
  }

  function conceptWeight(c: Concept, story: boolean, spelledWords: ReadonlySet<string>): number {
    const known = c.terms.filter((t) => df.has(t));
    // A real Dutch word the base knows only by its parts ("parkeervergunning": vergunning) is a word the base does
    // not know: it weighs as unknown, not as its most common part.
    const ownKnown = c.terms.slice(0, c.ownTerms).some((t) => df.has(t));
    if (known.length > 0 && (ownKnown || !spelledWords.has(c.text))) return Math.max(...known.map(idf));
    return story ? unknownWeight * NARRATIVE_WEIGHT : unknownWeight;
  }

  function searchOptions(q: Query, prefixAll: boolean): SearchOptions {
    return {
      tokenize: (s) => s.split(' ').filter(Boolean),
      processTerm: (t) => t,
      boost: BOOST,
      combineWith: 'OR',
      // Typos: only typed words the knowledge base does not know (a known word is most likely spelled
      // right), not numbers, and not very short words (too many neighbours).
      fuzzy: (term) =>
        q.own.has(term) && !df.has(term) && !q.spelled.has(term) && term.length >= 4 && /^[a-z]+$/.test(term) ? (term.length >= 9 ? 2 : 1) : false,
      // While typing in the search box the last word may be just two letters ("veilig th").
      prefix: (term) =>
        /^[a-z]+$/.test(term) &&
        (prefixAll
          ? q.own.has(term) && (term.length >= 3 || (q.concepts.length > 1 && q.lastConceptTerms.has(term)))
          : (term.length >= 4 || q.whole.has(term)) && q.lastConceptTerms.has(term)),
      weights: { fuzzy: 0.45, prefix: 0.35 },
      // A concept expanded to several words should not outweigh a concept that is one word.
      boostTerm: (term) => {
        const owners = q.conceptsOf.get(term) ?? [];
        const c = q.concepts[owners[0] ?? -1];
        if (c === undefined) return 1;
        if (q.own.has(term)) return TERM_WEIGHT.own;
        // Several derived or synonym terms share the weight of the concept they stand for.
        const spread = Math.sqrt(Math.max(1, c.terms.length - c.ownTerms));
        if (q.derived.has(term)) {
          // A derived term must not weigh more than the word it was derived from: "meldcode" may reach
          // "knmg-meldcode", but that rare compound should not win on its rarity.
          const ownIdf = Math.max(...c.terms.slice(0, c.ownTerms).map((t) => (df.has(t) ? idf(t) : unknownWeight)));
          return (TERM_WEIGHT.derived * Math.min(1, ownIdf / idf(term))) / spread;
        }
        // A facet token weighs by what it says: the form of violence is what a case description is about, so
        // "moet trouwen met een neef" must reach the huwelijksdwang entry among the story's other words; who asks
        // and about whom only steer.
        if (term.startsWith('f:forms:')) return FACET_TERM_WEIGHT.forms;
        if (term.startsWith('f:')) return FACET_TERM_WEIGHT.other;
        return TERM_WEIGHT.synonym / spread;
      },
    };
  }

  /** Coverage features of one result. */
  /**
   * What a question's concepts are, independent of the candidate: context or topic, weight, known to the base, and
   * which facet kinds (roles, subjects) they name. Computed once per question, not once per candidate.
   */
  const conceptInfos = new WeakMap<Query, ConceptInfo[]>();
  function conceptInfoOf(q: Query): ConceptInfo[] {
    const cached = conceptInfos.get(q);
    if (cached !== undefined) return cached;
    const info = q.concepts.map((c): ConceptInfo => {
      // Who asks and about whom (kind, moeder, huisarts, school) weigh half: "kindcheck" is what "ik ben huisarts,
      // een moeder met jonge kinderen, moet ik de kindcheck doen?" is about.
      const contextual = isContextConcept(c);
      return {
        contextual,
        // Everyday words (a place, "week", "nieuw") weigh like context: they match many entries and say little.
        w: conceptWeight(c, q.story, q.spelledWords) * (contextual || c.generic ? CONTEXT_WEIGHT : 1),
        isTopic: !contextual && !c.generic && c.terms.some((t) => df.has(t)),
        isKnown: c.terms.some((t) => df.has(t) && !t.startsWith('f:')),
        facetKinds: (['roles', 'subjects'] as const).filter((k) => c.terms.some((t) => t.startsWith(`f:${k}:`))),
      };
    });
    conceptInfos.set(q, info);
    return info;
  }

  function features(q: Query, r: SearchResult): Omit<Scored, 'entry' | 'score' | 'facetMatches' | 'features'> {
    const matchedTerms = r.queryTerms;
    // Fields per doc term; for fuzzy/prefix matches the doc term differs from the query term.
    const fieldsOf = r.match as Record<string, string[]>;
    // The doc terms that are no query term (fuzzy and prefix matches) and whether one is in a field other than the
    // answer text: needed only for a hit that is not itself a doc term, so worked out on first use.
    let inexactTerms: string[] | undefined;
    let inexactStrong: boolean | undefined;
    const inexact = (): string[] => (inexactTerms ??= Object.keys(fieldsOf).filter((t) => !q.conceptsOf.has(t)));
    // `in` and the non-array case as before this was a loop: a typed "constructor" finds Object.prototype's, no field list.
    const strongField = (t: string): boolean => {
      if (!(t in fieldsOf)) return (inexactStrong ??= inexact().some((d) => fieldsOf[d]?.some((f) => f !== 'answer') === true));
      const f = fieldsOf[t] as unknown;
      return f === undefined || f === null ? false : Array.isArray(f) ? f.some((x) => x !== 'answer') : f !== 'answer';
    };
    const own = entryFacets.get(String(r.id));
    const info = conceptInfoOf(q);
    let total = 0;
    let covered = 0;
    let topicTotal = 0;
    let topicCovered = 0;
    let strong = 0;
    let matched = 0;
    let known = 0;
    let informative = 0;
    let topical = 0;
    const hits: string[] = [];
    for (let ci = 0; ci < q.concepts.length; ci++) {
      const c = q.concepts[ci] as Concept;
      const { contextual, w, isTopic, isKnown, facetKinds } = info[ci] as ConceptInfo;
      hits.length = 0;
      for (const t of c.terms) if (matchedTerms.includes(t)) hits.push(t);
      // A word that says who asks or about whom (a role, a person), where the entry is for everyone: neither for
      // nor against it. "Ik ben huisarts, moet ik de kindcheck doen?" is answered by the general kindcheck entry.
      if (hits.length === 0 && facetKinds.some((k) => (own?.[k].size ?? 0) === 0)) continue;
      total += w;
      if (isTopic) topicTotal += w;
      if (isKnown) known += 1;
      if (hits.length === 0) continue;
      // Only parts of a compound the knowledge base does not know as a whole: "wachtwoord" is not about
      // "wacht", "weerbericht" not about "bericht"; such a word counts as nearly unmatched (PART_VALUE).
      // Unless the other part is a context word: "verslavingsarts" is an arts about verslaving,
      // "leerlingdossier" the dossier of a leerling.
      let partsOnly = c.parts.length > 0;
      for (const t of hits) if (!c.parts.includes(t)) partsOnly = false;
      if (partsOnly) for (const t of c.parts) if (!hits.includes(t) && CONTEXT_TERMS.has(t)) partsOnly = false;
      // A real Dutch compound the knowledge base does not know, in a question outside the domain, is about
      // something else altogether: "parkeervergunning" is no "vergunning", "ziekmelding" no "melding".
      if (partsOnly && !q.inDomain && q.spelledWords.has(c.text)) continue;
      matched += 1;
      if (!c.generic) informative += 1;
      // An exact hit on the user's own word counts fully; a typo/prefix hit, a derived or a synonym-only
      // hit less; a typo/prefix hit that is only somewhere in the answer text counts little.
      let ownHits = 0;
      let ownExact = false;
      let anyExact = false;
      let inStrongField = false;
      let allContext = true;
      let typoOnly = true;
      let facetHit = false;
      let derivedHit = false;
      let maxIdf = -Infinity;
      for (const t of hits) {
        const exact = t in fieldsOf;
        if (q.own.has(t)) {
          ownHits += 1;
          if (exact) ownExact = true;
        }
        if (exact) anyExact = true;
        if (!inStrongField && strongField(t)) inStrongField = true;
        if (!CONTEXT_TERMS.has(t)) allContext = false;
        if (typoOnly && (exact || t.length >= MIN_TYPO_TOPIC_LENGTH || inexact().some((d) => d.startsWith(t)))) typoOnly = false;
        if (t.startsWith('f:')) facetHit = true;
        if (q.derived.has(t)) derivedHit = true;
        const v = df.has(t) ? idf(t) : 0;
        if (v > maxIdf) maxIdf = v;
      }
      // Topic evidence: not an everyday word; not a context word, nor a word that only matched through a
      // context term ("slaapplek" -> opvang, "schoolgebouw" -> school) or is a context word's synonym ("mbo"
      // -> roc); and not a typo guess that only lands in the answer text ("koorts" ~ "kort").
      const context = contextual || allContext;
      const weakGuess = !anyExact && !inStrongField;
      // A typo guess on a short word is no topic evidence either ("regenen" ~ "regel", "slapen" ~ "stap"):
      // a short word has many neighbours. An exact hit, a prefix hit (an unfinished or inflected word:
      // "gemeld" -> "melder") or a typo in a long word ("huisvebod") does say what the question is about.
      if (!c.generic && !context && !weakGuess && !typoOnly) topical += 1;
      // A hit through a synonym or derived term counts by how specific that term is next to the typed word: the
      // synonym "kind" of "kindcheck" found in an entry about children is hardly a hit on "kindcheck".
      const specificity = Math.min(1, maxIdf / w);
      // An exact hit only in the answer text counts less than one in the title, questions or keywords: the answer
      // text of a large base mentions many everyday words ("eten" in an entry on neglect).
      const value = ownExact
        ? inStrongField ? 1 : ANSWER_ONLY_VALUE
        : ownHits > 0
          ? inStrongField ? 0.8 : 0.5
          : (partsOnly ? PART_VALUE : facetHit ? FACET_VALUE : derivedHit ? 0.65 : 0.75) * Math.max(0.3, specificity);
      covered += w * value;
      if (isTopic) topicCovered += w * value;
      if (inStrongField) strong += w * value;
    }
    const topicCoverage = topicTotal === 0 ? 0 : topicCovered / topicTotal;
    const counts = { matched, informative, topical, known, concepts: q.concepts.length, evidence: covered, topicCoverage };
    return total === 0
      ? { coverage: 0, strongCoverage: 0, ...counts }
      : { coverage: covered / total, strongCoverage: strong / total, ...counts };
  }

  /** IDF-weighted share of the entry's title terms that the question matched in the title (0..1). */
  const titleWeights = new Map<string, { terms: string[]; weights: number[]; total: number }>();
  function titleCoverage(id: string, r: SearchResult): number {
    let tw = titleWeights.get(id);
    if (tw === undefined) {
      const terms = titleTerms.get(id) ?? [];
      const weights = terms.map((t) => idf(t));
      let total = 0;
      for (const w of weights) total += w;
      tw = { terms, weights, total };
      titleWeights.set(id, tw);
    }
    const fieldsOf = r.match as Record<string, string[]>;
    let hit = 0;
    for (let i = 0; i < tw.terms.length; i++) if (fieldsOf[tw.terms[i] as string]?.includes('title') === true) hit += tw.weights[i] as number;
    return tw.total === 0 ? 0 : hit / tw.total;
  }

  /**
   * Candidates for a question, best first. `typing` is for the search box: every word may still be
   * incomplete (prefix search on all words), and `depth` results are re-ranked.
   */
  /**
   * Forms a question implies without naming them: violence by a colleague or staff member ("een collega op de
   * opvang slaat een kind") is geweld door een medewerker, whatever words describe the violence.
   */
  function withInferredForms(facets: FacetSet): FacetSet {
    const violent = INFERRING_FORMS.some((f) => facets.forms.has(f));
    // Violence between partners is domestic violence, also when a colleague is one of them ("mijn collega wordt thuis
    // door haar man geslagen"): not violence at work.
    if (facets.forms.has('partnergeweld') && facets.forms.has('geweld-door-medewerker')) {
      return { ...facets, forms: new Set([...facets.forms].filter((f) => f !== 'geweld-door-medewerker')) };
    }
    const forms = new Set(facets.forms);
    // Violence against an older person is elder abuse by definition, in whatever words or by whomever ("een moeder
    // van 84 wordt door haar zoon geduwd"); money taken from them too.
    if ((violent || forms.has('financieel')) && facets.subjects.has('oudere')) forms.add('ouderenmishandeling');
    if (violent && facets.subjects.has('collega') && !forms.has('partnergeweld')) forms.add('geweld-door-medewerker');
    return forms.size === facets.forms.size ? facets : { ...facets, forms };
  }

  /**
   * How the facets of the question and of an entry agree, as ranking features (formsMatch, subjectsMismatch,
   * unaskedRole ...; their weights in ranking.ts), whether a subject the asker chose is missing (a fixed factor), and
   * the kinds on which they agree.
   */
  function facetFit(q: Query, id: string, x?: RankVector): { chosenMismatch: boolean; narrowOther: boolean; matches: number; kinds: FacetKind[] } {
    const own = entryFacets.get(id);
    let chosenMismatch = false;
    let narrowOther = false;
    const kinds: FacetKind[] = [];
    if (own === undefined) return { chosenMismatch, narrowOther, matches: 0, kinds };
    const set = (i: number, v: number): void => {
      if (x !== undefined) x[i] = v;
    };
    for (const kind of FACET_KINDS) {
      const asked = q.facets[kind];
      const about = own[kind];
      if (kind === 'forms') for (const f of asked) if (ROUTE_FORMS.has(f) && !about.has(f)) set(F.routeMissing, 1);
      if (about.size === 0) {
        // The question names a form of violence and the entry is about none: the entry on that form answers better.
        if (kind === 'forms' && asked.size > 0) set(F.formless, 1);
        continue;
      }
      if (asked.size === 0) {
        // An entry for one sector, or for one narrow group of people ("iemand met een verstandelijke beperking",
        // the professional themself), answers a question that does not name it less well.
        if (kind === 'roles') set(F.unaskedRole, 1);
        else if (kind === 'subjects' && everyNarrow(about)) set(F.unaskedNarrow, 1);
        continue;
      }
      if (shares(asked, about)) {
        // An entry about many values of a kind (an entry on "all forms" for one group of people) is less about
        // the asked one than an entry about that value alone.
        set(F.match[kind], Math.log(1 + (FACET_MATCH[kind] - 1) / Math.sqrt(about.size)));
        kinds.push(kind);
      } else if (kind === 'subjects' && q.subjectChosen) chosenMismatch = true;
      // An entry only for a narrow group the question does not name, while it names someone else.
      else if (kind === 'subjects' && everyNarrow(about)) {
        set(F.narrowMismatch, 1);
        narrowOther = true;
      }
      else set(F.mismatch[kind], 1);
    }
    return { chosenMismatch, narrowOther, matches: kinds.length, kinds };
  }

  function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
    for (const v of a) if (b.has(v)) return true;
    return false;
  }
  function everyNarrow(values: ReadonlySet<string>): boolean {
    for (const v of values) if (!NARROW_SUBJECTS.has(v)) return false;
    return true;
  }

  function rank(
    text: string,
    typing = false,
    depth = RERANK_DEPTH,
    context: AskContext = {},
  ): { ranked: Scored[]; confidence: number; facets: FacetSet; story?: boolean } {
    const clean = cleanQuestion(text);
    const q = analyze(clean, context);
    if (q.terms.length === 0) return { ranked: [], confidence: 0, facets: q.facets };
    const results = index.searchTop(q.terms.join(' '), searchOptions(q, typing), depth);
    const best = results[0]?.score ?? 1;
    const queryPairs = pairsOf(q.concepts);
    const queryPairList = [...queryPairs];
    const learnedFit = learnedOf(learnedStems(tokenize(clean), stem));
    // A one-word question ("meldcode", "radarfunctie") asks what that is.
    const only = q.concepts.length === 1 ? q.concepts[0] : undefined;
    const subject = only !== undefined && !only.generic ? only.terms.slice(0, only.ownTerms) : definedSubject(clean);
    // Re-rank the first candidates: BM25 likes short fields that repeat a word ("stap 4 of stap 5"); the
    // coverage says whether an entry is about ALL of the question. Score = relative BM25 x quality^3.
    const ranked: Scored[] = results
      .slice(0, depth)
      .flatMap((r) => {
        const entry = byIdMap.get(String(r.id));
        if (entry === undefined) return [];
        const f = features(q, r);
        // The topic words (not who asks, not everyday words) weigh as much as all words together: an entry about
        // children in general must not beat the kindcheck entry on "moeder" and "kinderen" in a kindcheck question.
        const quality = 0.35 * f.coverage + 0.35 * f.strongCoverage + 0.3 * f.topicCoverage;
        const own = entryPairs.get(entry.id);
        let pairHits = 0;
        if (own !== undefined) for (const p of queryPairList) if (own.has(p)) pairHits += 1;
        const x = emptyVector();
        x[F.bm25] = Math.log(r.score / best);
        x[F.quality] = Math.log(Math.max(quality, MIN_QUALITY));
        x[F.pairs] = queryPairs.size === 0 ? 0 : Math.log(1 + PAIR_BONUS * (pairHits / queryPairs.size));
        const defined = defines.get(entry.id);
        x[F.definition] = defined !== undefined && subject.some((t) => defined.has(t)) ? 1 : 0;
        x[F.title] = Math.log(1 + TITLE_BONUS * titleCoverage(entry.id, r));
        x[F.dated] = entry.asOf === undefined ? 0 : 1;
        x[F.learned] = learnedFit(entry.id);
        const fit = facetFit(q, entry.id, x);
        const score = Math.exp(logScore(x, weights)) * (fit.chosenMismatch ? CHOSEN_SUBJECT_MISMATCH : 1) * (fit.narrowOther ? NARROW_OTHER : 1);
        return [{ entry, score, ...f, facetMatches: fit.matches, features: x }];
      })
      .sort((a, b) => b.score - a.score);
    const top = ranked[0];
    if (top === undefined || top.score <= 0) return { ranked, confidence: 0, facets: q.facets };
    const second = ranked[1]?.score ?? 0;
    const margin = (top.score - second) / top.score;
    // The lexicon's evidence next to the words': a case description names the form of violence in its own words
    // ("ze wordt uitgehuwelijkt") and tells a story around it; an entry specifically about that form, found on it,
    // is an answer even when the story's words are not in the entry.
    const fit = facetFit(q, top.entry.id);
    // Only forms the entry declares: forms read from a title ("U wordt bedreigd ...") are no evidence of what it is about.
    const specific = (top.entry.facets?.forms?.length ?? 0) > 0 && (entryFacets.get(top.entry.id)?.forms.size ?? 0) <= 2;
    const facetConfidence = fit.kinds.includes('forms') && specific && top.topical > 0 ? Math.min(FACET_CONFIDENCE_MAX, FACET_CONFIDENCE + FACET_CONFIDENCE_STEP * (fit.kinds.length - 1)) : 0;
    // A short question outside any story whose main word is a real Dutch word the knowledge base does not know
    // at all ("storing", "mazelen", "cao") is about something else, however well its other words match.
    const foreign = !q.story && q.facets.forms.size === 0 && q.concepts.some((c) => unknownTopic(c, q));
    const confidence = Math.max(confidenceOf(top, margin), facetConfidence) * (foreign ? UNKNOWN_TOPIC : 1);
    return { ranked, confidence, facets: q.facets, story: q.story };
  }

  /**
   * ONE clarifying question, when the question is about the domain but does not say who is at risk, and the best
   * entries are each about someone else (a child, a partner, an older person): the answer depends on it.
   */
  function clarifyOn(ranked: readonly Scored[], facets: FacetSet, context: AskContext, story: boolean): AskResult | undefined {
    if (context.subject !== undefined || facets.subjects.size > 0) return undefined;
    // Only about a worry in the domain: a form of violence, or a story with a role in it. What someone wants alone
    // ("hoe meld ik me ziek") is no reason to ask whom it is about.
    if (facets.forms.size === 0 && !story) return undefined;
    const top = ranked[0];
    if (top === undefined || top.topical === 0) return undefined;
    const close = ranked.filter((r) => r.score >= top.score * CLARIFY_WITHIN && r.topical > 0).slice(0, 4);
    if (close.length < 2) return undefined;
    const subjects: string[] = [];
    const sets: Array<ReadonlySet<string>> = [];
    for (const r of close) {
      const about = entryFacets.get(r.entry.id)?.subjects ?? new Set<string>();
      // An entry for everyone does not need the question answered.
      if (about.size === 0) return undefined;
      sets.push(about);
      for (const s of about) if (!subjects.includes(s)) subjects.push(s);
    }
    // Only when the close entries are about different people: the top one shares nobody with some other one.
    const [first, ...rest] = sets;
    if (first === undefined || !rest.some((other) => ![...other].some((s) => first.has(s)))) return undefined;
    const options: ClarifyOption[] = subjects.slice(0, 3).map((id) => ({ id, label: facetMatcher.label('subjects', id) }));
    return { kind: 'clarify', facet: 'subjects', options: [...options, { id: null, label: 'iemand anders' }] };
  }

  function offTopic(text: string, facets: FacetSet): boolean {
    const words = normalize(text);
    if (SICK_LEAVE.test(words)) return true;
    // "Hij dreigt haar kat te doden" is about her: a threat to a pet is a sign of violence against a person.
    return ANIMAL.test(words) && !PERSON_AROUND.test(words) && [...facets.subjects].every((s) => s === 'professional');
  }

  /** A situation with a form of violence, or with someone who may be at risk (not a colleague or the asker's work). */
  function worriesAboutSomeone(facets: FacetSet, story: boolean): boolean {
    return story && (facets.forms.size > 0 || [...facets.subjects].some((s) => WORRY_SUBJECTS.has(s)));
  }

  /**
   * The meldcode's steps, when the question asks what to do (or asks nothing in particular). "Wat zijn nu mijn
   * stappen?" asks what to do, although "wat zijn" also reads as asking what something is: not for a definition only.
   */
  function generalSteps(facets: FacetSet): { nextSteps?: KnowledgeEntry } {
    const steps = byIdMap.get(NEXT_STEPS_ENTRY);
    if (steps === undefined) return {};
    if (facets.intents.size > 0 && ![...facets.intents].some((i) => NEXT_STEPS_INTENTS.has(i))) return {};
    return { nextSteps: steps };
  }

  /** The steps under an answer to a story: not under the steps entry itself, nor under an answer with steps of its own. */
  function nextStepsFor(entry: KnowledgeEntry, facets: FacetSet, story: boolean): { nextSteps?: KnowledgeEntry } {
    if (!story || entry.id === NEXT_STEPS_ENTRY || (entry.steps?.length ?? 0) > 0) return {};
    return generalSteps(facets);
  }

  /** The entry on referring to 113: declared about self-harm and suicide, for referring. */
  const suicideReferral = entries.find((e) => e.facets?.forms?.includes(SELF_HARM) === true && e.facets.intents?.includes('verwijzen') === true);

  /**
   * What follows the emergency card (113 first) for a message with suicidal thoughts: the entry on referring to 113,
   * unless the lookup found an entry about self-harm or suicide itself, or one about another form of violence or the
   * asker's sector that the message also names, which that entry may answer ("een vrouw die net door haar man is
   * mishandeld zegt dat ze niet meer verder wil en loopt richting het station": partner violence; "SEH-arts: man na
   * een suïcidepoging, thuis twee jonge kinderen": the kindcheck for SEH doctors). Otherwise the lookup's guess on the
   * other words is noise at the worst moment: "ik wil er niet meer zijn, ik heb alles geregeld" got the entry on what
   * the region arranged in 2019, "jongerenwerker hier, een jongen zit op het dak en zegt dat hij eraf springt" the
   * entry on a child who tells, and a woman just beaten by her husband who "niet meer verder wil" the one on marital
   * captivity abroad (partner violence named, but not what that entry is about).
   */
  function suicideFollowUp(result: AskResult, facets: FacetSet, text: string): AskResult {
    if (suicideReferral === undefined) return result;
    const found = result.kind === 'answer' ? result.entry : result.kind === 'none' ? result.tentative : undefined;
    const about = found === undefined ? undefined : entryFacets.get(found.id);
    if (about !== undefined) {
      if (about.forms.has(SELF_HARM)) return result;
      // A form signalled only by an "a + b" term does not keep the pick: "collega + appt" reads a colleague's app as
      // a boundary crossed, but "mijn collega appt me 'het is goed zo'" is a goodbye, and the 113 entry is the help.
      const weak = nearOnlyForms(text);
      for (const f of facets.forms) if (f !== SELF_HARM && !weak.has(f) && about.forms.has(f)) return result;
      if (shares(facets.roles, about.roles)) return result;
    }
    return { kind: 'answer', entry: suicideReferral, confidence: 1, alternatives: [] };
  }

  function ask(text: string, context: AskContext = {}): AskResult {
    const { ranked, confidence, facets, story = false } = rank(text, false, RERANK_DEPTH, context);
    const result = lookup(text, context, ranked, confidence, facets, story);
    return context.suicide === true ? suicideFollowUp(result, facets, text) : result;
  }

  /** Personal data is not part of the question's topic (and names would count as unknown words). */
  function cleanQuestion(text: string): string {
    return expandCapitalAbbreviations(detectPersonalData(text).redacted.replace(/\[[a-z-]+\]/g, ' '));
  }

  /** Forms of violence the question signals only through "a + b" terms, none through a phrase. */
  function nearOnlyForms(text: string): ReadonlySet<string> {
    const forms = facetMatcher.analyze(cleanQuestion(text)).matches.filter((m) => m.kind === 'forms');
    const byPhrase = new Set(forms.filter((m) => m.near !== true).map((m) => m.id));
    return new Set(forms.filter((m) => !byPhrase.has(m.id)).map((m) => m.id));
  }

  function lookup(text: string, context: AskContext, ranked: readonly Scored[], confidence: number, facets: FacetSet, story: boolean): AskResult {
    // About something else in the domain's words: an animal that is hurt, with no person at risk named ("de buurman
    // schopt zijn hond"), or reporting sick ("hoe meld ik me ziek"). No entry, no guess, no steps.
    if (offTopic(text, facets)) return { kind: 'none', closest: [] };
    const top = ranked[0];
    const clarify = clarifyOn(ranked, facets, context, story);
    // Asked when the close candidates are about different people, and the question is at least nearly good enough
    // to answer: for a question nothing fits, the honest "geen goed antwoord" is better than a question back.
    if (clarify !== undefined && confidence >= CONFIDENCE_THRESHOLD - CLARIFY_MARGIN) return clarify;
    if (top === undefined || confidence < CONFIDENCE_THRESHOLD) {
      // Suggestions must be related: they cover part of the question on a topic word, or share a facet with it.
      // A dated entry (the 2019 programme) only when it covers much of the question.
      const related = ranked
        .filter((r) => (r.coverage >= 0.34 && r.topical > 0) || r.facetMatches > 0)
        .filter((r) => r.entry.asOf === undefined || r.coverage >= 0.5);
      // Shown with its text when the question is clearly in the domain and the entry shares a topic word and a facet
      // with it: it tells a situation (`story`: a form of violence, or who asks with about whom or a longer story), or
      // it names a form of violence or asks what the meldcode is about (DOMAIN_INTENTS). A role alone is no such sign
      // ("vakantiedagen van een pedagogisch medewerker"), nor "bel me" ("wat wordt het weer, bel me"). Measured with
      // fit:ranking's left-out sets on 2026-12-04: blind in-scope 76.3 -> 76.9 %, out of scope unchanged; every
      // intent (77.2 %) answered the weather with "bel me" in it; a lower threshold (0.25) answered 2 more out-of-scope.
      // A question that names one of the meldcode's instruments (instrumentMatcher) is in the domain too, and needs no
      // shared facet: "kost bellen naar Veilig Thuis geld?" (2026-12-05: blind 78.4 -> 79.1 %, out of scope unchanged).
      const instrument = namesInstrument(normalize(text));
      const inDomain = story || facets.forms.size > 0 || [...facets.intents].some((i) => DOMAIN_INTENTS.has(i)) || instrument;
      const first = related[0];
      const tentative =
        first !== undefined && first === top && inDomain && top.topical > 0 && (top.facetMatches > 0 || instrument) && confidence >= (facets.forms.size > 0 ? TENTATIVE_MIN_FORMS : TENTATIVE_MIN) ? first.entry : undefined;
      const closest = related
        .filter((r) => r.entry !== tentative)
        .slice(0, 3)
        .map((r) => r.entry);
      if (tentative !== undefined) return { kind: 'none', closest, tentative, ...nextStepsFor(tentative, facets, story) };
      // A worry about someone told as a situation, with no entry that fits well enough: no guess, but the route that
      // holds for every worry (the meldcode's steps, Veilig Thuis for advice) instead of only "geen goed antwoord".
      return { kind: 'none', closest, ...(worriesAboutSomeone(facets, story) ? generalSteps(facets) : {}) };
    }
    // "Bedoelde u iets anders?" only when the answer is not clear-cut.
    const alternatives = (confidence >= CLEAR_ANSWER ? [] : ranked)
      .slice(1)
      .filter((r) => r.score >= top.score * 0.35 && r.coverage >= 0.34)
      .slice(0, 3)
      .map((r) => r.entry);
    return { kind: 'answer', entry: top.entry, confidence: Math.round(confidence * 1000) / 1000, alternatives, ...nextStepsFor(top.entry, facets, story) };
  }

  function search(query: string, limit: number): KnowledgeEntry[] {
    if (query.trim() === '' || limit <= 0) return [];
    return rank(query, true, Math.max(limit, RERANK_DEPTH))
      .ranked.slice(0, limit)
      .map((r) => r.entry);
  }

  return {
    ask,
    search,
    explain: (text, context) => rank(text, false, RERANK_DEPTH, context),
    byId: (id) => byIdMap.get(id),
    byCategory: (category) => entries.filter((e) => e.category === category),
    entries,
  };
}
