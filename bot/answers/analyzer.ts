import { stemmer as snowballDutch } from '@orama/stemmers/dutch';
import type { Synonyms } from './knowledgeSchema.ts';

/**
 * Dutch text analysis shared by the index and the questions, so that both sides agree on terms.
 *
 * normalize (lower case, accents folded) -> tokenize (keeps "0800-2000", "hg/km", "mda++", "5.2.6")
 * -> synonym phrases (longest match first, multi-word on both sides) -> stopwords and chat filler out
 * -> stem (Snowball Dutch + corrections). For a question, each remaining word becomes a Concept with its
 * own terms, derived terms (inflections and compounds found in the knowledge base) and synonym terms.
 *
 * Abbreviations are expanded at index time AND at question time: a document that says "VT" is indexed
 * with "veilig" and "thuis" as well, and a question "vt" is expanded to the same words, so one line in
 * synonyms.yaml works in both directions. Word variants ("dokter" -> arts) only expand the question:
 * expanding them in every document would blur the index.
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
 * veilig, ouder, school, wie-is-verantwoordelijk words like "verantwoordelijk"), and "zelf" ("waar kan zij
 * zelf terecht?" asks where a victim can go on her own, not what the professional does).
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // articles, pronouns
  'de', 'het', 'een', "'t", "'n", 'ik', 'je', 'jij', 'u', 'uw', 'jou', 'jouw', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie',
  'mij', 'me', 'mijn', 'm', 'hem', 'haar', 'hen', 'hun', 'ons', 'onze', 'zijn', 'zich', 'men', 'iemand',
  'dit', 'dat', 'deze', 'die', 'daar', 'hier', 'er', 'ermee', 'erover', 'daarmee', 'daarover', 'hierover',
  // pronominal adverbs ("hoe zet ik een jongere erin", "wat doe ik daarmee")
  'erin', 'erop', 'eruit', 'erbij', 'ervan', 'ervoor', 'eraan', 'erna', 'erdoor', 'erheen', 'erom', 'ertoe',
  'daarin', 'daarop', 'daarvan', 'daarbij', 'daarvoor', 'daaraan', 'hierin', 'hiervan', 'hiervoor', 'hierbij',
  'waarin', 'waarop', 'waarvan', 'waarbij', 'waaraan',
  // question words (every question has one; the topic is in the other words). "wanneer", "waarom" and
  // "hoeveel" stay: they ask for a moment, a reason or a number, and entries answer exactly that.
  'wat', 'wie', 'waar', 'hoe', 'waarmee', 'waarover', 'waarheen', 'waarvoor', 'welke', 'welk',
  // prepositions, conjunctions
  'van', 'voor', 'naar', 'in', 'op', 'aan', 'bij', 'met', 'om', 'over', 'uit', 'tot', 'door', 'tegen', 'onder', 'na',
  'te', 'en', 'of', 'maar', 'want', 'dus', 'als', 'dan', 'omdat', 'zodat', 'toch', 'ofwel', 'via', 'per', 'tussen',
  // auxiliaries and modals
  'is', 'ben', 'bent', 'was', 'waren', 'wordt', 'word', 'worden', 'werd', 'werden', 'heb', 'hebt', 'heeft', 'hebben',
  'had', 'hadden', 'kan', 'kun', 'kunt', 'kunnen', 'kon', 'moet', 'moeten', 'moest', 'mag', 'mogen', 'mocht',
  'wil', 'wilt', 'willen', 'zal', 'zult', 'zullen', 'zou', 'zouden', 'ga', 'gaat', 'gaan', 'doe', 'doet', 'doen',
  // adverbs and particles without topic
  'ook', 'nog', 'al', 'wel', 'eens', 'even', 'zo', 'nu', 'erg', 'heel', 'veel', 'meer', 'precies', 'eigenlijk',
  'gewoon', 'graag', 'ofzo', 'beetje', 'soms', 'daarna', 'hoor', 'he', 'ja', 'nee',
  'eerst', 'voordat', 'nadat', 'terwijl', 'zodra', 'alleen', 'allemaal', 'iets', 'ergens', 'alweer', 'enzo',
  'trouwens', 'ongeveer', 'misschien', 'ooit', 'echt',
]);

/**
 * Chat filler, dropped like stopwords: greetings, "what does X mean" framing, generic verbs and time words
 * that say nothing about which entry is meant ("een leerling vertelde me vandaag ...").
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'ok', 'oke', 'hoi', 'hallo', 'beste', 'dank', 'bedankt', 'alsjeblieft', 'aub', 'svp', 'vraag', 'vraagje',
  // "what does X mean": framing verbs, the topic is X
  'houdt', 'houd', 'houden', 'betekent', 'betekenen', 'bedoeld', 'bedoelt', 'dient', 'dienen', 'inhoudt',
  // conversation filler: generic verbs and time words that say nothing about which entry is meant
  'krijg', 'krijgt', 'krijgen', 'kom', 'komt', 'komen', 'zit', 'zitten', 'staat', 'staan', 'ligt', 'weet', 'weten',
  'denk', 'denkt', 'vind', 'vindt', 'maak', 'maakt', 'vandaag', 'gisteren', 'vanavond', 'vanmiddag',
  'vanochtend', 'straks', 'laatst', 'behalve', 'tips', 'tip', 'info', 'ff', 'effe', 'heen', 'naartoe', 'terecht',
  'sprake',
  // narrative filler in case descriptions ("kind zei net ...", "is afgelopen weekend ...", "ben nou verplicht")
  'nou', 'net', 'zojuist', 'afgelopen', 'gekregen', 'geworden',
  // labels of personal data that was taken out of the question ("BSN [bsn]")
  'bsn', 'burgerservicenummer',
]);

/**
 * Everyday words that are not about this domain. They are searched like any word, but a match on them
 * alone is no evidence that the question is about an entry: "hoe laat is het" must not answer with the
 * Kindertelefoon's opening hours, "welke dag is het" not with "binnen 7 dagen".
 */
const DROPPED: ReadonlySet<string> = new Set([...STOPWORDS, ...FILLER_WORDS]);

export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'dag', 'dagen', 'week', 'weken', 'weekend', 'weer', 'maand', 'maanden', 'jaar', 'jaren', 'uur', 'uren', 'minuut', 'minuten', 'tijd',
  'laat', 'later', 'vroeg', 'nieuw', 'nieuwe', 'nieuws', 'oud', 'oude', 'goed', 'goede', 'slecht', 'groot', 'grote',
  'klein', 'kleine', 'lang', 'lange', 'kort', 'korte', 'snel', 'beste', 'best', 'route', 'weg', 'ding', 'dingen',
  'mens', 'mensen', 'manier', 'plek', 'plaats', 'probleem', 'problemen', 'antwoord', 'alles', 'niets', 'ander',
  'andere', 'laatste', 'volgende', 'vorige', 'hele', 'echt', 'zeker', 'mogelijk', 'moment', 'keer', 'vaak', 'soms',
  'begin', 'begint', 'beginnen', 'einde', 'open', 'dicht', 'thuis', 'werk', 'werken', 'nummer',
  'nacht', 'nachten', 'nachts', 'ochtend', 'ochtends', 'middag', 'middags', 'avond', 'avonds', 'morgen',
  'beter', 'slechter', 'minder',
  // being ill is everyday ("kind is ziek, mag het naar de opvang"); the forms of violence have their own words
  'ziek', 'zieke', 'ziekte',
  // "ouders vragen tips": asking is what every question does; "advies vragen" is found on "advies"
  'vragen', 'gevraagd',
  // negations are searched ("ouder wil niet meewerken"), but "niet" is in half the questions and no topic
  'niet', 'geen', 'nooit',
  // meetings: the bot has a command for the meeting schedule; "wanneer is de vergadering" is no knowledge
  // question ("hoe vaak vergadert de taskforce" still is, on "taskforce")
  'vergadering', 'vergaderingen', 'vergaderen', 'vergadert', 'bijeenkomst', 'bijeenkomsten',
  // question words that are searched (they ask for a moment, a reason, a number) but are no topic
  'wanneer', 'waarom', 'hoeveel', 'hoelang',
  // places locate a question but do not say what it is about ("de beste route naar Huizen")
  'hilversum', 'huizen', 'blaricum', 'eemnes', 'laren', 'weesp', 'wijdemeren', 'gooise', 'meren', 'bussum', 'naarden',
  'muiden', 'almere', 'amsterdam', 'utrecht', 'flevoland', 'nederland',
]);

/**
 * Context words: the people, roles, settings and sectors of the bot's users. Nearly every question about
 * the meldcode names some of them, but so does every question about sick leave, timetables, opening hours
 * or the gemeente's counters ("kind is ziek, mag het naar de opvang", "verschil tussen mbo en hbo",
 * "hoeveel kinderen per pedagogisch medewerker"). They say who asks and where, not what about. They are
 * searched and weighed like any word; only, a confident answer needs a match on at least one word that is
 * neither everyday nor context (see answerService.ts). Words, stemmed in CONTEXT_TERMS, so that inflections
 * and synonym expansions ("meisje" -> kind) count too.
 */
const CONTEXT_WORDS: readonly string[] = [
  // people
  'kind', 'kinderen', 'peuter', 'kleuter', 'baby', 'meisje', 'meisjes', 'jongen', 'jongens', 'zoon', 'dochter',
  'jongere', 'jongeren', 'puber', 'tiener', 'leerling', 'leerlingen', 'student', 'studenten', 'ouder', 'ouders',
  'vader', 'moeder', 'gezin', 'gezinnen', 'familie', 'client', 'clienten', 'patient', 'patienten',
  // colleagues and roles
  'collega', 'collega\'s', 'medewerker', 'medewerkers', 'pedagogisch', 'leerkracht', 'leraar', 'docent', 'juf',
  'meester', 'mentor', 'directeur', 'directie', 'leidinggevende', 'teamleider', 'manager', 'werkgever', 'stagiair',
  'huisarts', 'arts', 'dokter', 'assistent', 'doktersassistent', 'verpleegkundige',
  // settings and sectors
  'school', 'scholen', 'basisschool', 'klas', 'groep', 'opvang', 'kinderopvang', 'kinderdagverblijf', 'bso', 'kdv',
  'peuterspeelzaal', 'creche', 'gastouder', 'praktijk', 'huisartsenpraktijk', 'wijkteam', 'team', 'gemeente',
  'gemeenten', 'organisatie', 'organisaties', 'onderwijs', 'mbo', 'hbo', 'roc', 'universiteit',
];

const MAX_WORD_LENGTH = 40;

/** Number words as digits, so "de vijfde stap" meets "stap 5". "een" is left alone: it is mostly an article. */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  eerste: '1', twee: '2', tweede: '2', drie: '3', derde: '3', vier: '4', vierde: '4', vijf: '5', vijfde: '5',
  zes: '6', zesde: '6', zeven: '7', acht: '8', negen: '9', tien: '10',
};

/**
 * Words the Snowball stemmer leaves apart although professionals use them interchangeably
 * (irregular plurals and verb/noun pairs).
 */
const LEMMAS: Readonly<Record<string, string>> = {
  kinderen: 'kind', kids: 'kind', kindje: 'kind', kindjes: 'kind',
  melding: 'meld', meldingen: 'meld', meld: 'meld', meldt: 'meld',
  artsen: 'arts', arts: 'arts', huisarts: 'huisarts', huisartsen: 'huisarts',
  ouders: 'ouder', leerlingen: 'leerling', leerling: 'leerling',
  // Snowball makes "ouderen" (the elderly) into "ouder" (parent); keep them apart.
  ouderen: 'oudere', oudere: 'oudere',
  gesprekken: 'gesprek', stappen: 'stap', signalen: 'signaal', signaal: 'signaal',
  slachtoffers: 'slachtoffer', plegers: 'pleger', daders: 'dader',
  geslagen: 'sla', slaan: 'sla', slaat: 'sla', sla: 'sla', sloeg: 'sla',
  gebeld: 'bel', bellen: 'bel', belt: 'bel', bel: 'bel',
  gemeld: 'meld', gedaan: 'doen', gezien: 'zien', gesproken: 'spreek', spreken: 'spreek',
  bereikbaar: 'bereik', bereikbaarheid: 'bereik', bereiken: 'bereik',
  mishandeld: 'mishandel', misbruikt: 'misbruik', bedreigd: 'bedreig', gepest: 'pest', verwezen: 'verwijz',
  verwijst: 'verwijz', verwijs: 'verwijz', signaleren: 'signaal', signaleer: 'signaal', gesignaleerd: 'signaal',
  onveilig: 'onveilig', onveiligheid: 'onveilig', onveilige: 'onveilig', veilige: 'veilig',
  geadviseerd: 'advies', adviseren: 'advies', adviseert: 'advies', advies: 'advies', adviezen: 'advies',
};

const VOWELS = /[aeiouy]/;

/** Snowball Dutch, plus undoubling (stapp -> stap) and a small table of irregular forms. */
/** Stems remembered (a pure function of the token, asked for the same words again and again); bounded. */
const STEM_MEMO_SIZE = 20_000;
const stems = new Map<string, string>();

export function stem(token: string): string {
  let s = stems.get(token);
  if (s === undefined) {
    s = stemUncached(token);
    if (stems.size >= STEM_MEMO_SIZE) stems.clear();
    stems.set(token, s);
  }
  return s;
}

function stemUncached(token: string): string {
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
/**
 * Abbreviations that are also everyday words once lower-cased ("AF" is the aandachtsfunctionaris, "af" is "off"):
 * read only where they are written in capitals, before the text is normalized.
 */
const CAPITAL_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [[/\bAF(?:'?ers?)?\b/g, 'aandachtsfunctionaris']];

export function expandCapitalAbbreviations(text: string): string {
  let out = text;
  for (const [pattern, full] of CAPITAL_ABBREVIATIONS) out = out.replace(pattern, full);
  return out;
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /[a-z0-9]+(?:[-/.'][a-z0-9]+)*\+*/g;
  for (const m of normalize(text).matchAll(re)) {
    // "stap1", "afweging2": a word glued to a number is two tokens.
    const glued = /^([a-z]{3,})(\d{1,2})$/.exec(m[0]);
    if (glued !== null) out.push(glued[1] as string, glued[2] as string);
    else out.push(m[0]);
  }
  return out;
}

/** One meaningful unit of a question: a word or a synonym phrase, with the index terms that stand for it. */
export interface Concept {
  /** The words as the user wrote them (normalized). */
  readonly text: string;
  /** Index terms: its own stems first, then the stems of its synonym expansions. */
  readonly terms: readonly string[];
  /** The number of terms that come from the user's own words; they come first. */
  readonly ownTerms: number;
  /**
   * The number of terms, after the own ones, derived from them (inflections, compound parts, longer
   * compounds); only with a vocabulary. The remaining terms come from synonyms.
   */
  readonly derivedTerms: number;
  /**
   * The derived terms that are only parts of a compound the knowledge base does not contain as a whole
   * ("wachtwoord" -> wacht, woord; "weerbericht" -> bericht). They help to find entries, but a match on a
   * part is no evidence that the question is about the entry: the compound means something else.
   */
  readonly parts: readonly string[];
  /** Position of the last token of this concept in the question (to decide prefix search). */
  readonly position: number;
  /** An everyday word (GENERIC_WORDS): searched, but no evidence of a topic on its own. */
  readonly generic: boolean;
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
    for (const p of parts) if (!DROPPED.has(p) && p.length > 1) out.add(stem(p));
  } else {
    const digit = NUMBER_WORDS[trimmed];
    if (digit !== undefined) out.add(digit);
    out.add(stem(trimmed));
  }
  return [...out];
}

/**
 * Extra index terms for a word of a question, only from words that occur in the knowledge base (`words`,
 * normalized tokens). Matching is done on words, not stems: Snowball stems a compound differently from its
 * last part ("telefoonrekening" -> telefoonrek, "rekening" -> reken).
 * - inflections Snowball leaves: "weigert" -> weiger(en), "mishandelde" -> mishandel(ing);
 * - parts of a compound the knowledge base does not contain: "huisartsenpraktijk" -> huisarts + praktijk,
 *   "chatfunctie" -> chat (the modifier alone, never the head alone: "vakantiedagen" is not about "dagen");
 * - compounds in the knowledge base that end in the word: "rekening" -> telefoonrekening,
 *   "inspectie" -> onderwijsinspectie.
 */
function derivedTerms(
  token: string,
  own: readonly string[],
  words: ReadonlySet<string>,
  bySuffix: ReadonlyMap<string, readonly string[]>,
): { terms: string[]; parts: string[] } {
  if (!/^[a-z]+$/.test(token) || token.length < 4) return { terms: [], parts: [] };
  const out = new Set<string>();
  const parts = new Set<string>();
  const known = (w: string): string | undefined => (w.length >= 3 && words.has(w) ? stem(w) : undefined);
  for (const ending of ['de', 'te', 'd', 't', 'e', 's']) {
    if (token.length - ending.length >= 4 && token.endsWith(ending)) {
      const base = token.slice(0, -ending.length);
      const k = known(base) ?? known(`${base}en`) ?? known(`${base}ing`);
      if (k !== undefined) out.add(k);
    }
  }
  // "duur" -> duurt, "weiger" -> weigert / weigeren
  for (const ending of ['t', 'en', 'ing']) {
    const k = known(token + ending);
    if (k !== undefined) out.add(k);
  }
  if (token.length >= 7 && !words.has(token)) {
    let both: [string, string] | undefined;
    let left: string | undefined;
    for (let i = token.length - 3; i >= 3 && both === undefined; i--) {
      const head = token.slice(i);
      const mod = token.slice(0, i);
      const h = known(head);
      const m = known(mod) ?? (mod.endsWith('s') ? known(mod.slice(0, -1)) : undefined) ?? (mod.endsWith('en') ? known(mod.slice(0, -2)) : undefined);
      if (h !== undefined && m !== undefined) both = [m, h];
      else if (m !== undefined && mod.length >= 4 && left === undefined) left = m;
    }
    for (const t of both ?? [left]) {
      if (t !== undefined && !out.has(t)) {
        out.add(t);
        parts.add(t);
      }
    }
  }
  if (token.length >= 5) {
    let n = 0;
    for (const w of bySuffix.get(token) ?? []) {
      if (w.length >= token.length + 3) {
        out.add(stem(w));
        if (++n >= 8) break;
      }
    }
  }
  for (const t of own) out.delete(t);
  return { terms: [...out], parts: [...parts].filter((t) => out.has(t)) };
}

interface PhraseRule {
  readonly tokens: readonly string[];
  readonly expansions: readonly string[];
  /** Abbreviations (vt, hg/km, mda++, g&v) are also expanded in documents; word variants only in questions. */
  readonly abbreviation: boolean;
}

/** A short key or one with symbols is an abbreviation: "vt", "hg/km", "mda++", "ib'er", "g&v". */
function isAbbreviation(key: string): boolean {
  const k = normalize(key).trim();
  return !k.includes(' ') && (k.length <= 4 || /[^a-z]/.test(k));
}

export interface AnalyzerOptions {
  /**
   * The words (normalized tokens) of the knowledge base. With them, questions also get derived terms
   * (see `derivedTerms`); without them (for indexing) they do not.
   */
  words?: ReadonlySet<string>;
  /**
   * Base forms of an inflected word from a real word list (dutchWords.ts). For indexing: a document that says
   * "hoort" is also found on "horen", one that says "uitgebuit" on "uitbuiten"; Snowball stems them apart.
   */
  lemmas?: (word: string) => readonly string[];
}

export function createAnalyzer(synonyms: Synonyms, options: AnalyzerOptions = {}): Analyzer {
  const words = options.words ?? new Set<string>();
  // Long words of the knowledge base by each of their endings of 5+ letters, so that "inspectie" finds
  // "onderwijsinspectie" without scanning every word (a lookup per question word, not a loop over the base).
  const bySuffix = new Map<string, string[]>();
  for (const w of [...words].filter((x) => /^[a-z]{8,}$/.test(x))) {
    for (let i = 1; w.length - i >= 5; i++) {
      const suffix = w.slice(i);
      const list = bySuffix.get(suffix) ?? [];
      list.push(w);
      bySuffix.set(suffix, list);
    }
  }
  // First token -> rules starting with it, longest first.
  const rules = new Map<string, PhraseRule[]>();
  for (const [key, values] of Object.entries(synonyms)) {
    const tokens = tokenize(key);
    const first = tokens[0];
    if (first === undefined) continue;
    const expansions = [...new Set(values.flatMap((v) => tokenize(v)).filter((t) => !DROPPED.has(t)).flatMap(variantsOf))];
    const list = rules.get(first) ?? [];
    list.push({ tokens, expansions, abbreviation: isAbbreviation(key) });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    rules.set(first, list);
  }

  // Stemming dominates the cost of indexing; a knowledge base has a few thousand distinct words.
  const variantCache = new Map<string, string[]>();
  function cachedVariants(token: string): string[] {
    let v = variantCache.get(token);
    if (v === undefined) {
      v = variantsOf(token);
      if (variantCache.size < 50_000) variantCache.set(token, v);
    }
    return v;
  }

  const lemmaCache = new Map<string, string[]>();
  function indexLemmas(token: string, own: readonly string[]): string[] {
    if (options.lemmas === undefined || token.length < 4 || !/^[a-z]+$/.test(token)) return [];
    let out = lemmaCache.get(token);
    if (out === undefined) {
      out = [...new Set(options.lemmas(token).map((l) => stem(normalize(l))))].filter((t) => !own.includes(t));
      if (lemmaCache.size < 50_000) lemmaCache.set(token, out);
    }
    return out;
  }

  function matchRule(tokens: readonly string[], i: number): PhraseRule | undefined {
    const first = tokens[i];
    if (first === undefined) return undefined;
    for (const rule of rules.get(first) ?? []) {
      if (rule.tokens.every((t, k) => tokens[i + k] === t)) return rule;
    }
    return undefined;
  }

  function analyze(text: string, forIndex: boolean): Concept[] {
    const tokens = tokenize(text);
    const out: Concept[] = [];
    let i = 0;
    while (i < tokens.length) {
      const rule = matchRule(tokens, i);
      if (rule !== undefined && (!forIndex || rule.abbreviation)) {
        const own = [...new Set(rule.tokens.filter((t) => !DROPPED.has(t)).flatMap(variantsOf))];
        const terms = [...new Set([...own, ...rule.expansions])];
        out.push({
          text: rule.tokens.join(' '),
          terms,
          ownTerms: own.length,
          derivedTerms: 0,
          parts: [],
          position: i + rule.tokens.length - 1,
          // "vergadering" -> bijeenkomst, overleg: a synonym of an everyday word is still an everyday word.
          generic: rule.tokens.every((t) => GENERIC_WORDS.has(t) || DROPPED.has(t)),
        });
        i += rule.tokens.length;
        continue;
      }
      const token = tokens[i] as string;
      // Longer than any Dutch word: not a word (and costly for typo search).
      if (token.length > MAX_WORD_LENGTH) {
        i += 1;
        continue;
      }
      if (!DROPPED.has(token) && token.length > 1) {
        const own = cachedVariants(token);
        const derived = forIndex
          ? { terms: indexLemmas(token, own), parts: [] }
          : words.size === 0
            ? { terms: [], parts: [] }
            : derivedTerms(token, own, words, bySuffix);
        if (own.length > 0) {
          out.push({
            text: token,
            terms: [...own, ...derived.terms],
            ownTerms: own.length,
            derivedTerms: derived.terms.length,
            parts: derived.parts,
            position: i,
            generic: GENERIC_WORDS.has(token),
          });
        }
      } else if (/^[0-9]$/.test(token)) {
        // "stap 1": single digits are meaningful here.
        out.push({ text: token, terms: [token], ownTerms: 1, derivedTerms: 0, parts: [], position: i, generic: false });
      }
      i += 1;
    }
    return out;
  }

  return {
    indexTerms: (text) => analyze(text, true).flatMap((c) => c.terms),
    concepts: (text) => analyze(text, false),
  };
}

/** The stems of CONTEXT_WORDS, as they occur among a concept's terms. */
export const CONTEXT_TERMS: ReadonlySet<string> = new Set(CONTEXT_WORDS.flatMap(variantsOf));
