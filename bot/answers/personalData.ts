/**
 * Finds personal data in a question so that it is not stored (unanswered-question report) and the user
 * can be warned. Conservative on purpose: a false positive only costs a placeholder in a report,
 * a false negative stores a BSN. Names are the exception: only names given as case detail (after a role
 * word or "mevrouw/meneer") are found, to keep "Veilig Thuis" and "Gooi en Vechtstreek" intact.
 */

export type PersonalDataKind = 'bsn' | 'phone' | 'email' | 'postcode-huisnummer' | 'geboortedatum' | 'naam';

export interface PersonalDataResult {
  /** Kinds found, each once, in this order: bsn, phone, email, postcode-huisnummer, geboortedatum, naam. */
  kinds: PersonalDataKind[];
  /** The text with every finding replaced by a placeholder such as `[bsn]` or `[naam]`. */
  redacted: string;
}

/**
 * Help numbers we publish ourselves (digits only). They are not personal data and stay in the text.
 * 112, 113 and 0800-0113 (113 Zelfmoordpreventie), 0800-2000 (Veilig Thuis), 0900-8844 (politie),
 * 0800-7000 (Meld Misdaad Anoniem), 0800-0188 (Centrum Seksueel Geweld), 0900-0101 (Slachtofferhulp),
 * 0800-0432 (Kindertelefoon), 0800-5151 (Arbeidsinspectie), De Luisterlijn, vertrouwensinspecteur.
 */
export const PUBLISHED_NUMBERS: ReadonlySet<string> = new Set([
  '112', '113', '08000113', '08002000', '09008844', '08007000', '08000188', '09000101', '08000432',
  '08005151', '09000767', '0880767000', '09001113111',
]);

const ORDER: readonly PersonalDataKind[] = ['bsn', 'phone', 'email', 'postcode-huisnummer', 'geboortedatum', 'naam'];

interface Finding {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

/** The Dutch 11-proef for a BSN: 9a + 8b + ... + 2h - 1i is divisible by 11 (and not all zeros). */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

// The lookbehind makes a match start at the beginning of a word: without it a long text without "@" costs
// quadratic time.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// Dutch numbers are 10 digits with a leading 0 (or +31 / 0031 for the 0). Separators: space, dash, dot, "(0)".
const PHONE = /(?<![\d+])(?:(?:\+|00)31[\s.-]?(?:\(0\)[\s.-]?)?|0)\d(?:(?:\s?[.-]\s?|\s)?\d){8}(?![\d])/g;
// Service numbers 0800/0900/0906/0909 with 4 or 7 digits: only the published ones are kept; others are redacted.
const SERVICE = /(?<!\d)0(?:800|900|906|909)[\s.-]?\d{4}(?:\d{3})?(?!\d)/g;

const BSN = /(?<![\d.])(?:\d{9}|\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3}|\d{3}[.\s]\d{2}[.\s]\d{2}[.\s]\d{2})(?![\d])/g;

/** Two-letter words that may follow a number in a sentence ("2019 en 2020"): not a postcode when lower case with a space. */
const TWO_LETTER_WORDS = new Set([
  'en', 'in', 'op', 'om', 'te', 'of', 'de', 'ze', 'we', 'je', 'al', 'na', 'nu', 'er', 'is', 'ik', 'ja', 'ok', 'zo', 'tv',
  'vt', 'af', 'hg', 'km', 'uw', 'ca', 'eu', 'mw', 'wo', 'po', 'vo', 'mb', 'kb', 'gb', 'cm', 'mm', 'kg', 'pm', 'am', 'st', 'nr',
]);
const POSTCODE = /\b([1-9]\d{3})( ?)(\p{L}{2})\b(?:[ ,]{1,2}(\d{1,5}(?: ?[a-zA-Z](?![\p{L}]))?(?:-\d{1,4})?)\b)?/gu;
const STREET =
  /\b\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|gracht|singel|kade|dreef|hof|dijk|pad|steeg|erf|baan|park|markt|veld|ring)\s+\d{1,4}(?:\s?[a-zA-Z](?![\p{L}]))?\b/gu;

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DATE_NUMERIC = /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d{2}(?![\d.]?\d)/g;
const DATE_ISO = /(?<!\d)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/g;
const DATE_WORDS = new RegExp(`\\b(?:0?[1-9]|[12]\\d|3[01]) (?:${MONTHS})\\.? (?:19|20)\\d{2}\\b`, 'giu');
const BORN = new RegExp(
  `\\b(?:geboren|geb\\.|geboortedatum|geboortejaar|geb\\. ?datum)\\s*:?\\s*(?:op |in |is |was )?` +
    `((?:0?[1-9]|[12]\\d|3[01])[-/. ](?:0?[1-9]|1[0-2]|${MONTHS})\\.?(?:[-/. ](?:19|20)?\\d{2})?|(?:19|20)\\d{2})\\b`,
  'giu',
);

const POLICY_DATE_BEFORE = /\b(?:sinds|per|vanaf|tot|t\/m|tot en met|ingang van|ingegaan op|vóór|voor|na)\s+$/iu;

/** Words that introduce a person in a case description. */
const ROLE =
  '(?:leerling|leerlinge|cliënt|client|cliënte|cliente|patiënt|patient|patiënte|patiente|kind|kindje|jongen|jongetje|meisje|moeder|vader|' +
  'ouder|stiefvader|stiefmoeder|oma|opa|zoon|dochter|broer|broertje|zus|zusje|baby|peuter|kleuter|jongere|pupil|' +
  'bewoner|bewoonster|deelnemer|deelneemster|student|studente|buurman|buurvrouw|partner|echtgenoot|echtgenote|' +
  'vriend|vriendin|collega|familie|fam\\.?|gezin|heet|genaamd|naam is|met de naam)';
const HONORIFIC = '(?:mevrouw|mevr\\.?|mw\\.?|meneer|mijnheer|dhr\\.?|hr\\.?|de heer)';
const PARTICLES = "(?:van|de|der|den|ter|ten|te|'t|el|al|bin|ben|da|di|le|la|op|in)";
const CAP_NAME = "\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}(?:-\\p{Lu}\\p{Ll}+)?";
const INITIAL = '\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*';
const NAME_PART = `(?:${CAP_NAME}|${INITIAL})`;
const FULL_NAME = `${NAME_PART}(?:\\s(?:${PARTICLES}\\s){0,3}${NAME_PART}){0,3}`;
/**
 * Role words match in any case, names only when capitalized: the `i` flag would make \p{Lu} match lower
 * case too, so the role words get explicit [xX] classes instead.
 */
const anyCase = (source: string): string =>
  source.replace(/[a-zë]/g, (c) => (c === 'ë' ? '[eëEË]' : `[${c}${c.toUpperCase()}]`));
const NAME_AFTER_ROLE = new RegExp(`(?<![\\p{L}])${anyCase(ROLE)}(?![\\p{L}])\\s+(?:is\\s+)?(${FULL_NAME})`, 'gu');
const NAME_AFTER_HONORIFIC = new RegExp(
  `(?<![\\p{L}])${anyCase(HONORIFIC)}(?![\\p{L}])\\s+((?:${PARTICLES}\\s){0,3}(?:${NAME_PART}|\\p{Ll}{3,})(?:\\s(?:${PARTICLES}\\s){0,3}${NAME_PART}){0,3})`,
  'gu',
);
const NAME_WITH_AGE = /\b(\p{Lu}\p{Ll}{2,})\s\((?:\d{1,2})(?:\s?(?:jaar|jr|mnd|maanden))?\)/gu;

/** Capitalized words that are not names: organisations, places, weekdays, months, sentence words. */
const NOT_NAMES = new Set(
  (
    'veilig thuis gooi vechtstreek regio hilversum huizen blaricum eemnes laren weesp wijdemeren gooise meren bussum ' +
    'naarden muiden amsterdam almere utrecht flevoland nederland ggd jgz ghor politie raad kinderbescherming augeo fier ' +
    'kindertelefoon slachtofferhulp blijf groep oranje huis centrum seksueel geweld kieszo luisterlijn sensoor school ' +
    'basisschool jeugdzorg jeugdbescherming mda zvh usd meldcode afwegingskader wmo knmg nji unita comensha aware ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus ' +
    'september oktober november december ik hij zij ze we wij jij u het de een die dat dit deze mijn zijn haar hun ons ' +
    'wat wie waar wanneer hoe waarom welke is was heeft had wordt moet kan mag zou en of maar want dus als dan ook niet ' +
    'geen nog al wel er met van voor in op aan bij naar uit om te tot door over na zegt vertelt vertelde zei heeft ' +
    'thuis zorg en veiligheidshuis wijkteam team gemeente huisarts arts juf meester mentor directeur docent leerkracht ' +
    'wethouder burgemeester coordinator aandachtsfunctionaris'
  ).split(' '),
);

function isRealName(candidate: string): boolean {
  const words = candidate.split(/\s+/).filter((w) => !/^(?:van|de|der|den|ter|ten|te|'t|el|al|bin|ben|da|di|le|la|op|in)$/i.test(w));
  if (words.length === 0) return false;
  const first = (words[0] ?? '').replace(/\.$/, '').toLowerCase();
  return !NOT_NAMES.has(first);
}

function collect(text: string): Finding[] {
  const out: Finding[] = [];
  const add = (start: number, end: number, kind: PersonalDataKind): void => {
    out.push({ start, end, kind });
  };

  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) add(m.index, m.index + m[0].length, 'email');

  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '').replace(/^(?:0031|31)/, '0');
    if (!PUBLISHED_NUMBERS.has(digits)) add(m.index, m.index + m[0].length, 'phone');
  }
  for (const m of text.matchAll(SERVICE)) {
    if (!PUBLISHED_NUMBERS.has(m[0].replace(/\D/g, ''))) add(m.index, m.index + m[0].length, 'phone');
  }

  for (const m of text.matchAll(BSN)) if (isValidBsn(m[0])) add(m.index, m.index + m[0].length, 'bsn');

  for (const m of text.matchAll(POSTCODE)) {
    const letters = m[3] ?? '';
    const upper = letters === letters.toUpperCase();
    const joined = m[2] === '';
    if (upper || joined || (m[4] !== undefined && !TWO_LETTER_WORDS.has(letters.toLowerCase()))) {
      add(m.index, m.index + m[0].length, 'postcode-huisnummer');
    }
  }
  for (const m of text.matchAll(STREET)) add(m.index, m.index + m[0].length, 'postcode-huisnummer');

  for (const re of [BORN, DATE_WORDS, DATE_ISO, DATE_NUMERIC]) {
    for (const m of text.matchAll(re)) {
      if (re === BORN) {
        // Redact the date only; "geboren op" stays readable.
        const date = m[1] ?? m[0];
        const start = m.index + m[0].lastIndexOf(date);
        add(start, start + date.length, 'geboortedatum');
        continue;
      }
      // "sinds 1 januari 2019", "per 1-1-2019": a policy date, not about a person.
      if (POLICY_DATE_BEFORE.test(text.slice(0, m.index))) continue;
      add(m.index, m.index + m[0].length, 'geboortedatum');
    }
  }

  for (const re of [NAME_AFTER_ROLE, NAME_AFTER_HONORIFIC, NAME_WITH_AGE]) {
    for (const m of text.matchAll(re)) {
      const name = m[1];
      if (name === undefined) continue;
      const trimmed = name.replace(/\s+$/, '');
      // Keep only the words up to the first non-name (a name followed by "Veilig Thuis" is rare; cut there).
      if (!isRealName(trimmed)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      add(start, start + trimmed.length, 'naam');
    }
  }
  return out;
}

/** Earlier detectors win on overlap (e-mail before phone before BSN ...); then the longest span. */
function resolve(findings: Finding[]): Finding[] {
  const priority = (k: PersonalDataKind): number => ['email', 'phone', 'bsn', 'postcode-huisnummer', 'geboortedatum', 'naam'].indexOf(k);
  const sorted = [...findings].sort((a, b) => priority(a.kind) - priority(b.kind) || b.end - b.start - (a.end - a.start));
  const kept: Finding[] = [];
  for (const f of sorted) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function detectPersonalData(text: string): PersonalDataResult {
  const findings = resolve(collect(text));
  let redacted = '';
  let at = 0;
  for (const f of findings) {
    redacted += `${text.slice(at, f.start)}[${f.kind}]`;
    at = f.end;
  }
  redacted += text.slice(at);
  const found = new Set(findings.map((f) => f.kind));
  return { kinds: ORDER.filter((k) => found.has(k)), redacted };
}
