import { stemmer as snowballDutch } from '@orama/stemmers/dutch';
import type { Synonyms } from './knowledgeSchema.ts';

/**
 * Dutch text analysis shared by the index and the questions, so that both sides agree on terms.
 *
 * normalize (lower case, accents folded) -> tokenize (keeps "0800-2000", "hg/km", "mda++", "5.2.6")
 * -> synonym phrases (longest match first, multi-word on both sides) -> stopwords -> stem.
 *
 * Synonyms are applied at index time AND at question time: a document that says "VT" is indexed with
 * "veilig" and "thuis" as well, and a question "vt" is expanded to the same words. So an abbreviation
 * only needs one line in synonyms.yaml to work in both directions.
 */

/** Lower case and fold accents (é -> e, ë -> e, ï -> i); also straight quotes and dashes. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'");
}

/**
 * Dutch function words that say nothing about the topic of a question. Deliberately NOT here:
 * negations (niet, geen, nooit), and words that carry meaning in this domain (kind, melden, thuis, hulp,
 * veilig, ouder, school, wie-is-verantwoordelijk words like "verantwoordelijk").
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // articles, pronouns
  'de', 'het', 'een', "'t", "'n", 'ik', 'je', 'jij', 'u', 'uw', 'jou', 'jouw', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie',
  'mij', 'me', 'mijn', 'm', 'hem', 'haar', 'hen', 'hun', 'ons', 'onze', 'zijn', 'zich', 'zelf', 'men', 'iemand', 'iets',
  'dit', 'dat', 'deze', 'die', 'daar', 'hier', 'er', 'ermee', 'erover', 'daarmee', 'daarover', 'hierover', 'welke', 'welk',
  // question words (every question has one; the topic is in the other words)
  'wat', 'wie', 'waar', 'wanneer', 'hoe', 'waarom', 'waarmee', 'waarover', 'waarheen', 'hoeveel',
  // prepositions, conjunctions
  'van', 'voor', 'naar', 'in', 'op', 'aan', 'bij', 'met', 'om', 'over', 'uit', 'tot', 'door', 'tegen', 'onder', 'na',
  'te', 'en', 'of', 'maar', 'want', 'dus', 'als', 'dan', 'omdat', 'zodat', 'toch', 'ofwel', 'via', 'per', 'tussen',
  // auxiliaries and modals
  'is', 'ben', 'bent', 'was', 'waren', 'wordt', 'word', 'worden', 'werd', 'werden', 'heb', 'hebt', 'heeft', 'hebben',
  'had', 'hadden', 'kan', 'kun', 'kunt', 'kunnen', 'kon', 'moet', 'moeten', 'moest', 'mag', 'mogen', 'mocht',
  'wil', 'wilt', 'willen', 'zal', 'zult', 'zullen', 'zou', 'zouden', 'ga', 'gaat', 'gaan', 'doe', 'doet', 'doen',
  // adverbs and particles without topic
  'ook', 'nog', 'al', 'wel', 'eens', 'even', 'zo', 'nu', 'weer', 'erg', 'heel', 'veel', 'meer', 'precies', 'eigenlijk',
  'gewoon', 'graag', 'ofzo', 'beetje', 'soms', 'daarna', 'hoor', 'he', 'ja', 'nee',
  'ok', 'oke', 'hoi', 'hallo', 'beste', 'dank', 'bedankt', 'alsjeblieft', 'aub', 'svp', 'vraag', 'vraagje',
]);

/**
 * Words the Snowball stemmer leaves apart although professionals use them interchangeably
 * (irregular plurals and verb/noun pairs).
 */
const LEMMAS: Readonly<Record<string, string>> = {
  kinderen: 'kind', kinderlijk: 'kind', kids: 'kind', kindje: 'kind', kindjes: 'kind',
  melding: 'meld', meldingen: 'meld', meld: 'meld', meldt: 'meld',
  artsen: 'arts', arts: 'arts', huisarts: 'huisarts', huisartsen: 'huisarts',
  ouders: 'ouder', leerlingen: 'leerling', leerling: 'leerling',
  gesprekken: 'gesprek', stappen: 'stap', signalen: 'signaal', signaal: 'signaal',
  slachtoffers: 'slachtoffer', plegers: 'pleger', daders: 'dader',
  geslagen: 'sla', slaan: 'sla', slaat: 'sla', sla: 'sla', sloeg: 'sla',
  gebeld: 'bel', bellen: 'bel', belt: 'bel', bel: 'bel',
  gemeld: 'meld', gedaan: 'doen', gezien: 'zien', gesproken: 'spreek', spreken: 'spreek', praten: 'prat',
  bereikbaar: 'bereik', bereikbaarheid: 'bereik', bereiken: 'bereik',
  mishandeld: 'mishandel', misbruikt: 'misbruik', bedreigd: 'bedreig', gepest: 'pest', verwezen: 'verwijz',
  verwijst: 'verwijz', verwijs: 'verwijz', signaleren: 'signaal', signaleer: 'signaal', gesignaleerd: 'signaal',
  onveilig: 'onveilig', onveiligheid: 'onveilig', onveilige: 'onveilig', veilige: 'veilig',
  geadviseerd: 'advis', adviseren: 'advis', adviseert: 'advis', advies: 'advies', adviezen: 'advies',
};

const VOWELS = /[aeiouy]/;

/** Snowball Dutch, plus undoubling (stapp -> stap) and a small table of irregular forms. */
export function stem(token: string): string {
  const lemma = LEMMAS[token];
  if (lemma !== undefined) return lemma;
  // Numbers, phone numbers, "hg/km", "mda++": leave as they are.
  if (!/^[a-z]+$/.test(token) || token.length <= 3) return token;
  // Plurals in -s after a vowel, which Snowball keeps: organisaties, gemeentes, collega's.
  let s = snowballDutch(token.length >= 7 && /(?:ie|te|ge|de|a)s$/.test(token) ? token.slice(0, -1) : token);
  // Snowball removes one inflection; "vermoedens" -> "vermoeden" needs a second pass to meet "vermoed".
  if (s.length > 5 && /(?:en|s)$/.test(s) && s !== token) s = snowballDutch(s);
  if (s.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(s)) s = s.slice(0, -1);
  // "-ing" nouns next to their verbs (melding/melden, verwijzing/verwijzen) when Snowball leaves them.
  if (s.length >= 7 && s.endsWith('ing') && VOWELS.test(s.slice(0, -3))) s = s.slice(0, -3);
  return s;
}

/**
 * Split normalized text into tokens. A token is letters/digits, optionally joined by - / . or followed
 * by "+" signs: "0800-2000", "hg/km", "mda++", "5.2.6", "e-mail". Hyphenated words are also split in parts
 * later on (see `variantsOf`).
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /[a-z0-9]+(?:[-/.'][a-z0-9]+)*\+*/g;
  for (const m of normalize(text).matchAll(re)) out.push(m[0]);
  return out;
}

/** One meaningful unit of a question: a word or a synonym phrase, with the index terms that stand for it. */
export interface Concept {
  /** The words as the user wrote them (normalized). */
  readonly text: string;
  /** Index terms: its own stems first, then the stems of its synonym expansions. */
  readonly terms: readonly string[];
  /** The number of terms that come from the user's own words (the rest come from synonyms). */
  readonly ownTerms: number;
  /** Position of the last token of this concept in the question (to decide prefix search). */
  readonly position: number;
}

export interface Analyzer {
  /** Index terms for a document field, synonym expansions included. */
  indexTerms(text: string): string[];
  /** The concepts of a question, in order. Stopwords are dropped. */
  concepts(text: string): Concept[];
}

/** Stems of one token: "hg/km" -> [hg/km, hg, km]; "e-mail" -> [email, e, mail]; "0800-2000" -> [0800-2000]. */
function variantsOf(token: string): string[] {
  const out = new Set<string>();
  const trimmed = token.replace(/^'+|'+$/g, '');
  if (trimmed === '') return [];
  if (/[-/.']/.test(trimmed) && !/^[0-9][0-9-/.]*$/.test(trimmed)) {
    const parts = trimmed.split(/[-/.']/).filter((p) => p !== '');
    if (trimmed.includes('/') || trimmed.includes('.')) out.add(trimmed);
    else out.add(stem(parts.join('')));
    for (const p of parts) if (!STOPWORDS.has(p) && p.length > 1) out.add(stem(p));
  } else {
    out.add(stem(trimmed));
  }
  return [...out];
}

interface PhraseRule {
  readonly tokens: readonly string[];
  readonly expansions: readonly string[];
}

export function createAnalyzer(synonyms: Synonyms): Analyzer {
  // First token -> rules starting with it, longest first.
  const rules = new Map<string, PhraseRule[]>();
  for (const [key, values] of Object.entries(synonyms)) {
    const tokens = tokenize(key);
    const first = tokens[0];
    if (first === undefined) continue;
    const expansions = [...new Set(values.flatMap((v) => tokenize(v)).filter((t) => !STOPWORDS.has(t)).flatMap(variantsOf))];
    const list = rules.get(first) ?? [];
    list.push({ tokens, expansions });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    rules.set(first, list);
  }

  function matchRule(tokens: readonly string[], i: number): PhraseRule | undefined {
    const first = tokens[i];
    if (first === undefined) return undefined;
    for (const rule of rules.get(first) ?? []) {
      if (rule.tokens.every((t, k) => tokens[i + k] === t)) return rule;
    }
    return undefined;
  }

  function concepts(text: string): Concept[] {
    const tokens = tokenize(text);
    const out: Concept[] = [];
    let i = 0;
    while (i < tokens.length) {
      const rule = matchRule(tokens, i);
      if (rule !== undefined) {
        const own = [...new Set(rule.tokens.filter((t) => !STOPWORDS.has(t)).flatMap(variantsOf))];
        const terms = [...new Set([...own, ...rule.expansions])];
        out.push({ text: rule.tokens.join(' '), terms, ownTerms: own.length, position: i + rule.tokens.length - 1 });
        i += rule.tokens.length;
        continue;
      }
      const token = tokens[i] as string;
      if (!STOPWORDS.has(token) && token.length > 1) {
        const terms = variantsOf(token);
        if (terms.length > 0) out.push({ text: token, terms, ownTerms: terms.length, position: i });
      } else if (/^[0-9]$/.test(token)) {
        // "stap 1": single digits are meaningful here.
        out.push({ text: token, terms: [token], ownTerms: 1, position: i });
      }
      i += 1;
    }
    return out;
  }

  function indexTerms(text: string): string[] {
    return concepts(text).flatMap((c) => c.terms);
  }

  return { indexTerms, concepts };
}
