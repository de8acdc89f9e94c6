import { STOPWORDS, stem, tokenize } from './analyzer.ts';
import { FACET_KINDS, type EntryFacets, type FacetKind, type KnowledgeEntry, type Lexicon } from './knowledgeSchema.ts';

/**
 * The domain lexicon (knowledge/lexicon.yaml) applied to text: which forms of violence, who is at risk, who asks
 * and what they want. A question is read into these facets, and so is every entry (its `facets` front matter, or
 * when it has none, what its title and keywords say), so that "ik ben juf en zie blauwe plekken, hoe leg ik dat
 * vast?" meets the entry on that form, role and intent even when no example question resembles it.
 *
 * Matching is on stems of consecutive tokens, the longest phrase first, so "pedagogisch medewerker" is a role and
 * "blauwe plekken" a form. Each token belongs to at most one phrase. A phrase without function words also matches
 * across them, so a separable verb is found when its parts stand apart ("leg ik dat vast" is "leg vast") and
 * "blauwe plekken op zijn rug" still has "blauwe plekken".
 *
 * Everyday descriptions often put their words apart, with the story in between ("ze moet deze zomer met een neef
 * trouwen"): a lexicon term "trouwen + neef" matches when every part is found within NEAR_WINDOW tokens of the
 * others, in any order. Such parts do not use up their tokens: the words still count for other phrases.
 */

/** How far apart (in tokens, from the first part's start to the last part's end) the parts of an "a + b" term may be. */
export const NEAR_WINDOW = 10;

/** Facet values per kind, as sets of lexicon ids. */
export type FacetSet = { readonly [K in FacetKind]: ReadonlySet<string> };

export interface FacetMatch {
  readonly kind: FacetKind;
  readonly id: string;
  /** First and last token index (of `tokenize(text)`) of the phrase that signalled it. */
  readonly from: number;
  readonly to: number;
  /** Signalled by an "a + b" term (its parts near each other), a weaker sign than a phrase of the lexicon. */
  readonly near?: true;
}

export interface FacetAnalysis {
  readonly facets: FacetSet;
  readonly matches: readonly FacetMatch[];
}

export interface FacetMatcher {
  analyze(text: string): FacetAnalysis;
  /** An entry's facets: its front matter where it has them, kind by kind; else what its title and keywords signal. */
  ofEntry(entry: KnowledgeEntry): FacetSet;
  /** The label of a facet value, for a clarifying button ("een kind"). */
  label(kind: FacetKind, id: string): string;
}

interface Phrase {
  readonly stems: readonly string[];
  readonly kind: FacetKind;
  readonly id: string;
  /** The phrase has a function word ("wat is", "wie bel ik"): it matches only as written, word for word. */
  readonly literal: boolean;
}

/** A term written "a + b": every part (a phrase of stems) near the others. */
interface NearTerm {
  readonly parts: readonly (readonly string[])[];
  readonly kind: FacetKind;
  readonly id: string;
}

/** Optional word knowledge beyond the stemmer: base forms of an inflected word ("uitgebuit" -> "uitbuiten"). */
export interface FacetMatcherOptions {
  lemmas?: (word: string) => readonly string[];
}

/**
 * People named with their age ("meisje van 9", "cliënte (24)", "moeder van 82", "een 16-jarige", "ze is pas 13",
 * "baby van 5 mnd", "28 weken zwanger"): the age says who is at risk as plainly as a word would. A number counts only
 * next to a person word or in an age form, so "groep 3", "3 havo", "10 dagen huisverbod" and times are no ages.
 */
const PERSON_WORDS: ReadonlySet<string> = new Set(
  ('kind kinderen kindje meisje meisjes jongen jongens jongetje meid meiden peuter kleuter baby zuigeling zoon zoontje dochter dochtertje ' +
    'leerling leerlinge scholier student studente jongere tiener puber broer broertje broertjes zus zusje zusjes ' +
    'moeder vader ouder ouders mama papa oma opa man vrouw meneer mevrouw heer dame buurman buurvrouw ' +
    'client cliente clienten patient patiente bewoner bewoonster deelnemer zwangere persoon slachtoffer ' +
    'kleintjes kids vriend vriendin partner echtgenoot echtgenote stiefvader stiefmoeder oom tante neef nicht')
    .split(' '),
);
const AGE_PRONOUNS: ReadonlySet<string> = new Set(['ze', 'zij', 'hij', 'die', 'het', 'kind', 'meisje', 'jongen']);
const AGE_FILLERS: ReadonlySet<string> = new Set(['pas', 'nog', 'maar', 'net', 'al', 'bijna', 'ongeveer', 'rond', 'zelf']);
const YEAR_UNITS: ReadonlySet<string> = new Set(['jaar', 'jr', 'jarige', 'j']);
const YOUNG_UNITS: ReadonlySet<string> = new Set(['maanden', 'maand', 'mnd', 'weken', 'week', 'wk', 'wkn', 'dagen', 'dag']);
/** Words after a number that make it no age ("3 havo", "2 keer"; "10 dagen huisverbod" is caught by the person test). */
const NOT_AGE_AFTER: ReadonlySet<string> = new Set(['havo', 'vwo', 'vmbo', 'mavo', 'keer', 'x', 'uur', 'procent', 'euro', 'tot', 'geleden', 'kinderen']);

/** Subjects for an age in years (or "young": months, weeks or days: a baby, born or not). */
function subjectsForAge(years: number | 'young'): string[] {
  if (years === 'young' || years < 1) return ['baby'];
  if (years < 12) return ['kind'];
  if (years < 18) return ['kind', 'jongere'];
  if (years < 23) return ['jongere', 'volwassene'];
  if (years < 65) return ['volwassene'];
  return ['oudere'];
}

/** The ages told in a question, as subject matches on the number's token. */
export function ageMatches(tokens: readonly string[]): FacetMatch[] {
  const out: FacetMatch[] = [];
  const add = (i: number, years: number | 'young') => {
    for (const id of subjectsForAge(years)) out.push({ kind: 'subjects', id, from: i, to: i });
  };
  tokens.forEach((token, i) => {
    const jarige = /^(\d{1,3})-?jarige$/.exec(token);
    if (jarige !== null) return add(i, Number(jarige[1]));
    if (!/^\d{1,3}$/.test(token)) return;
    const n = Number(token);
    if (n > 110) return;
    const next = tokens[i + 1] ?? '';
    const young = YOUNG_UNITS.has(next);
    // "28 weken zwanger", "zwanger van 20 weken", "zwangere (28 wk)": an unborn child.
    if (young && ['zwanger', 'zwangere', 'zwangerschap'].some((w) => tokens.slice(Math.max(0, i - 3), i + 4).includes(w))) return add(i, 'young');
    if (!young && !YEAR_UNITS.has(next) && NOT_AGE_AFTER.has(next)) return;
    if (next === 'jaar' && (tokens[i + 2] === 'geleden' || ['sinds', 'al', 'over', 'binnen', 'na'].includes(tokens[i - 1] ?? ''))) return;
    let k = i - 1;
    // "kinderen van 4 en 7", "(3 en 6)": the second number belongs to the same person word.
    if (tokens[k] === 'en' && /^\d{1,3}$/.test(tokens[k - 1] ?? '')) k -= 2;
    if (tokens[k] === 'van') k -= 1;
    while (AGE_FILLERS.has(tokens[k] ?? '')) k -= 1;
    const before = tokens[k] ?? '';
    const person = PERSON_WORDS.has(before) || (before === 'is' && AGE_PRONOUNS.has(tokens[k - 1] ?? ''));
    // "een jongen, 14 jaar", "14 jaar oud": a number of years with "oud" or right after a person word.
    const yearsOld = next === 'jaar' && tokens[i + 2] === 'oud';
    if (!person && !yearsOld) return;
    add(i, young ? 'young' : n);
  });
  return out;
}

export function emptyFacets(): FacetSet {
  return { forms: new Set(), subjects: new Set(), roles: new Set(), intents: new Set() };
}

export function createFacetMatcher(lexicon: Lexicon, options: FacetMatcherOptions = {}): FacetMatcher {
  // First stem -> phrases starting with it, longest first.
  const byFirst = new Map<string, Phrase[]>();
  const nearTerms: NearTerm[] = [];
  for (const kind of FACET_KINDS) {
    for (const [id, value] of Object.entries(lexicon[kind])) {
      for (const term of value.terms) {
        if (term.includes('+')) {
          const parts = term.split('+').map((part) => tokenize(part).map((t) => stem(t)));
          if (parts.every((part) => part.length > 0)) nearTerms.push({ parts, kind, id });
          continue;
        }
        const tokens = tokenize(term);
        const stems = tokens.map((t) => stem(t));
        const first = stems[0];
        if (first === undefined) continue;
        const list = byFirst.get(first) ?? [];
        list.push({ stems, kind, id, literal: tokens.some((t) => STOPWORDS.has(t)) });
        byFirst.set(first, list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);

  /** Every stem a token may stand for: its own, and the stems of its base forms. */
  function alternatives(token: string): string[] {
    // "pm-er", "ib-er", "slb-er": the person of an abbreviation is the abbreviation's role.
    const person = /^([a-z]{2,4})-er$/.exec(token);
    if (person !== null) return [stem(token), person[1] as string];
    const own = stem(token);
    const lemmas = options.lemmas?.(token) ?? [];
    return lemmas.length === 0 ? [own] : [...new Set([own, ...lemmas.map((l) => stem(l))])];
  }

  /**
   * Longest-first phrase matching over `positions` (indices into the token list): all tokens, or only the content
   * words, where literal phrases are not tried.
   */
  function scan(alts: readonly string[][], positions: readonly number[], literal: boolean, found: FacetMatch[]): void {
    const at = (p: number, k: number): readonly string[] => alts[positions[p + k] ?? -1] ?? [];
    const fits = (phrase: Phrase, p: number): boolean => (literal || !phrase.literal) && phrase.stems.every((s, k) => at(p, k).includes(s));
    let p = 0;
    while (p < positions.length) {
      let span = 0;
      for (const first of at(p, 0)) {
        for (const phrase of byFirst.get(first) ?? []) {
          if (phrase.stems.length <= span) break;
          if (fits(phrase, p)) span = phrase.stems.length;
        }
      }
      if (span === 0) {
        p += 1;
        continue;
      }
      // A phrase can signal several values ("oma" is a subject and a sign of ouderenmishandeling): take every value
      // whose phrase has the same length at this position.
      for (const first of at(p, 0)) {
        for (const phrase of byFirst.get(first) ?? []) {
          if (phrase.stems.length === span && fits(phrase, p)) {
            found.push({ kind: phrase.kind, id: phrase.id, from: positions[p] ?? 0, to: positions[p + span - 1] ?? 0 });
          }
        }
      }
      p += span;
    }
  }

  /** Where each "a + b" term has all its parts within NEAR_WINDOW tokens. */
  function scanNear(alts: readonly string[][], found: FacetMatch[]): void {
    // Where each stem occurs: only the terms whose parts all occur are tried, so a question costs no more than
    // the few terms it may hold.
    const at = new Map<string, number[]>();
    alts.forEach((list, i) => list.forEach((s) => at.set(s, [...(at.get(s) ?? []), i])));
    const startsAt = (part: readonly string[], i: number): boolean => part.every((s, k) => (alts[i + k] ?? []).includes(s));
    for (const term of nearTerms) {
      if (!term.parts.every((part) => at.has(part[0] ?? ''))) continue;
      const hits = term.parts.map((part) => (at.get(part[0] ?? '') ?? []).filter((i) => startsAt(part, i)).map((i) => ({ from: i, to: i + part.length - 1 })));
      const [firstHits, ...rest] = hits;
      for (const a of firstHits ?? []) {
        // The closest occurrence of every other part; the term holds when they all fit in the window.
        let from = a.from;
        let to = a.to;
        let ok = true;
        const spans = [a];
        for (const others of rest) {
          const near = others.filter((b) => Math.max(to, b.to) - Math.min(from, b.from) < NEAR_WINDOW && (b.to < a.from || b.from > a.to));
          const best = near.sort((x, y) => Math.abs(x.from - a.from) - Math.abs(y.from - a.from))[0];
          if (best === undefined) {
            ok = false;
            break;
          }
          from = Math.min(from, best.from);
          to = Math.max(to, best.to);
          spans.push(best);
        }
        if (ok) {
          // One match per part: the words in between are the story, not the form.
          for (const span of spans) found.push({ kind: term.kind, id: term.id, from: span.from, to: span.to, near: true });
          break;
        }
      }
    }
  }

  function analyze(text: string): FacetAnalysis {
    const tokens = tokenize(text);
    const alts = tokens.map(alternatives);
    const found: FacetMatch[] = [];
    scan(alts, tokens.map((_, i) => i), true, found);
    scan(alts, tokens.flatMap((t, i) => (STOPWORDS.has(t) ? [] : [i])), false, found);
    scanNear(alts, found);
    found.push(...ageMatches(tokens));
    const facets = { forms: new Set<string>(), subjects: new Set<string>(), roles: new Set<string>(), intents: new Set<string>() };
    const matches: FacetMatch[] = [];
    for (const m of found) {
      if (matches.some((x) => x.kind === m.kind && x.id === m.id && x.from === m.from)) continue;
      facets[m.kind].add(m.id);
      matches.push(m);
    }
    return { facets, matches };
  }

  const entryCache = new WeakMap<KnowledgeEntry, FacetSet>();
  function ofEntry(entry: KnowledgeEntry): FacetSet {
    const cached = entryCache.get(entry);
    if (cached !== undefined) return cached;
    const declared: EntryFacets = entry.facets ?? {};
    const inferred = analyze([entry.title, ...entry.keywords].join('. ')).facets;
    // Intents from the title only: keywords name topics, and "advies" among them does not make every entry about asking advice.
    const titleIntents = analyze(entry.title).facets.intents;
    const out = {} as { [K in FacetKind]: ReadonlySet<string> };
    for (const kind of FACET_KINDS) {
      const own = declared[kind];
      out[kind] = own !== undefined ? new Set(own) : kind === 'intents' ? titleIntents : inferred[kind];
    }
    entryCache.set(entry, out);
    return out;
  }

  return {
    analyze,
    ofEntry,
    label: (kind, id) => lexicon[kind][id]?.label ?? id,
  };
}
