import { FILLER_WORDS, GENERIC_WORDS, normalize, STOPWORDS } from './analyzer.ts';
import type { KnowledgeEntry } from './knowledgeSchema.ts';

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


/*
 * ---------------------------------------------------------------------------------------------------------
 * What is stored of an unanswered question: safe by construction.
 *
 * Finding every name is impossible ("Sanne uit groep 5", "de moeder van Lisa", "kevin", "Jan de Vries (8)").
 * So the stored form is an allowlist: a word is kept only if it is known vocabulary, every other word
 * becomes "[…]". Known vocabulary = words the knowledge base itself writes in lower case (so never a name
 * from a heading or a source), the analyzer's stopwords, filler and everyday words, a short list of common
 * words and the organisations we refer to. Then, on top, it is never:
 * - a number (ages, dates, house numbers, phone numbers, BSN, "groep 5"): all become "[…]", except the help
 *   numbers we publish (112, 0800-2000 ...);
 * - a place, a number word or a first name, even if the knowledge base happens to contain it ("team kim");
 * - a word that doubles as a name or surname ("Roos", "de Boer", "Ben") when written with a capital;
 * - the rest of a name: after a removed word, name particles and a following capitalised word go too
 *   ("Jan van der Meer" -> "[…] van der […]").
 * The detector above runs first, so what it finds (e-mail, postcode, names after "leerling") goes as well.
 * The cost of a strange question word becoming "[…]" is small; a name is never kept.
 * ---------------------------------------------------------------------------------------------------------
 */

/** The placeholder for every word that is not kept. */
export const REMOVED = '[…]';

/** Known words, normalized (lower case, accents folded). Build with `buildVocabulary`. */
export type Vocabulary = ReadonlySet<string>;

/** Organisations and terms users write with a capital; kept in any case, and never taken for a surname. */
const ORGANISATIONS: ReadonlySet<string> = new Set(
  (
    'veilig thuis gooi vechtstreek regio raad kinderbescherming kindertelefoon slachtofferhulp politie augeo fier ' +
    'sensoor luisterlijn centrum seksueel geweld meldcode kindcheck wmo knmg nji pharos ingrado comensha ggd jgz ' +
    'ghor mda mdt usd zvh vt amk shg csg rvdk gi jeugdbescherming jeugdzorg wijkteam veiligheidshuis blijf oranje ' +
    'huis vrouwenopvang arbeidsinspectie inspectie onderwijs vertrouwensinspecteur zorg aandachtsfunctionaris ' +
    'meld misdaad anoniem alarmnummer verwijsindex avg ib\'er hg/km mda++ g&v v&v'
  ).split(' '),
);

/** Everyday words a question may need to be readable that the knowledge base may not contain. */
const COMMON_WORDS: readonly string[] = (
  'morgen overmorgen vanmorgen volgende week weekend avond nacht ochtend middag jaar maand dag uur ' +
  'hallo goedemorgen goedemiddag dag dankjewel dankuwel bedankt sorry help hulp vraag vragen weet weten ' +
  'wie wat waar wanneer waarom hoe welke welk hoeveel hoelang mag moet kan kunnen mogen moeten zou zouden ' +
  'zegt zei vertelt vertelde vertellen zag zie zien gezien hoor hoorde horen merk merkte denk dacht ' +
  'twijfel twijfels twijfelen vermoeden vermoed zorgen zorgelijk bang angst boos verdrietig huilt huilde ' +
  'thuis school klas groep opvang werk buurt straat huis buren buurman buurvrouw ' +
  'kind kinderen leerling leerlingen moeder vader ouder ouders broer zus broertje zusje opa oma oom tante ' +
  'vriend vriendin partner ex collega collega\'s leidinggevende juf meester mentor docent leerkracht ' +
  'slaat sloeg slaan geslagen schopt duwt blauwe plekken plek plekken wond wonden pijn ' +
  'bellen bel gebeld melden meld gemeld melding mail mailen sturen praten gesprek overleg overleggen ' +
  'wel niet geen nooit altijd vaak soms weer nog steeds al toen nu later eerder ' +
  'goed fout verplicht nodig mogelijk belangrijk dringend snel direct meteen vandaag gisteren ' +
  'weer regen woont wonen woon volgen volg geboren leeftijd oud jong ' +
  // people, settings and signals the knowledge base may word differently (see also synonyms.yaml)
  'basisschool bso kdv kinderopvang peuter peuters kleuter kleuters baby puber pubers tiener tieners student ' +
  'studenten stiefvader stiefmoeder zoon dochter zoontje dochtertje neef nicht directeur intern begeleider ' +
  'consultatiebureau angstig stil teruggetrokken schrikt schrikachtig knijpt dreigt scheiding gescheiden ruzie ' +
  'loverboy pesten gepest online sms app appt whatsapp filmpje foto sexting grooming agressief mevrouw meneer ' +
  'verwaarloosd verwaarlozing dement dementerend dementie drinkt drugs verslaafd honger vies'
).split(' ');

/** Number words (ages: "Kevin, zeven jaar"). "een" stays: it is mostly an article. */
const NUMBER_WORDS: readonly string[] = (
  'twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien ' +
  'achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd'
).split(' ');

/** Places in and around the region: they locate a person. Never kept. */
const PLACES: readonly string[] = (
  'hilversum blaricum eemnes laren weesp wijdemeren gooise bussum naarden muiden huizen almere amsterdam utrecht ' +
  'loosdrecht kortenhoef ankeveen nederhorst breukeleveen muiderberg hollandsche rading baarn soest amersfoort ' +
  'lelystad diemen driemond abcoude zeist bilthoven maarssen rotterdam haag leiden haarlem zaandam purmerend'
).split(' ');

/**
 * First names and surnames never kept, even if a word of the knowledge base ("team kim"). Names that are not
 * Dutch words are removed anyway; this list is for names that are, or might become, known words.
 */
const NAMES: readonly string[] = (
  'kim jan ben bas max tim tom sam sem bo eva noa ivo ali adam mark anne fleur sanne lisa kevin emma julia ' +
  'sophie mila tess sara zoe nina fenna evi lotte isa saar lieke yara amira fatima mohammed mohamed muhammed ' +
  'omar ibrahim youssef ayoub jade rosa roos vera linda sandra petra kees piet klaas henk gert peter paul john ' +
  'lucia maria anna iris noor daan luuk milan jesse levi noah finn lucas thijs ruben bram sterre storm dewi liv ' +
  'lynn hanna marit floor mees jet rik dirk teun stijn lars joep guus siem tygo gijs pim tijn jurre mats ' +
  'ahmed mustafa hamza bilal ilias imran mehmet emre yusuf elif zeynep ayse aya nour hiba sofia lina ' +
  'jansen janssen vries visser bakker smit meijer mulder boer bos vos dekker brouwer dijkstra dijk graaf ' +
  'peters hendriks vermeulen kok jacobs koster prins'
).split(' ');

/** Words that are names as well as ordinary words: removed when written with a capital, kept otherwise. */
const DOUBLES_AS_NAME: ReadonlySet<string> = new Set(
  (
    'ben al roos hoop storm bos berg boer meer dijk wit graaf visser smit bakker mulder jong brouwer kok koning ' +
    'mees fleur sterre zon lente ster huizen meren dam veen wal beek haan vos wolf hart hoek brink kuiper ' +
    'schouten groot klein lang kort zwart rood bruin rijk wijk laan'
  ).split(' '),
);

/** Name particles ("Jan van der Meer", "Fatima el Amrani"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "van de der den ter ten te 't el al bin ben da di le la von vander vd".split(' '),
);
/** Particles only names have: the word after them is a surname, in any case ("jan van der meer"). */
const NAME_ONLY_PARTICLES: ReadonlySet<string> = new Set("der den ter ten 't el bin von vander vd".split(' '));

const NEVER_KEPT: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...PLACES, ...NAMES]);

/**
 * The vocabulary for `reduceForStorage`: words the knowledge base writes in lower case (titles, example
 * questions, keywords, answers, steps, contact names; not owners or sources), all-capital abbreviations it uses
 * (VT, MDT, KNMG), the analyzer's word lists, common words and organisations, minus places, numbers and names.
 */
export function buildVocabulary(entries: readonly KnowledgeEntry[], extra: Iterable<string> = []): Vocabulary {
  const words = new Set<string>([...STOPWORDS, ...FILLER_WORDS, ...GENERIC_WORDS, ...COMMON_WORDS, ...ORGANISATIONS]);
  const addWord = (raw: string): void => {
    const isLower = raw === raw.toLowerCase();
    const isAbbreviation = /^\p{Lu}{2,6}$/u.test(raw);
    if (!isLower && !isAbbreviation) return;
    const w = normalize(raw);
    if (w.length < 2 && w !== 'u') return;
    words.add(w);
    // Compound parts ("e-mail", "ex-partner") count as words too.
    if (w.includes('-')) for (const part of w.split('-')) if (part.length >= 2) words.add(part);
  };
  for (const e of entries) {
    const texts = [e.title, ...e.questions, ...e.keywords, e.answer, ...(e.steps ?? []), ...e.contacts.map((c) => c.name)];
    if (e.uncertain !== undefined) texts.push(e.uncertain);
    for (const t of texts) for (const m of t.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) addWord(m[0].replace(/['’-]+$/, ''));
  }
  for (const w of extra) addWord(w.toLowerCase());
  for (const w of NEVER_KEPT) words.delete(w);
  return words;
}

const TOKEN = /\uE000|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-./@_+&]+[\p{L}\p{N}\p{M}]+)*\+*/gu;
const SAFE_SEPARATOR = /[^\s.,;:!?()"'\-/]/gu;

function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

function isKnown(word: string, vocabulary: Vocabulary): boolean {
  if (NEVER_KEPT.has(word)) return false;
  if (vocabulary.has(word) || ORGANISATIONS.has(word)) return true;
  // "ex-partner", "e-mail", "jeugd-ggz": known if every part is (and no part is a name or place).
  const parts = word.split(/[-/.'’&+]+/).filter((p) => p !== '');
  if (parts.length < 2) return false;
  return parts.every((p) => !NEVER_KEPT.has(p) && (vocabulary.has(p) || ORGANISATIONS.has(p) || (p.length === 1 && p === 'e')));
}

/**
 * The form of a question that may be stored (unanswered-question report): known words kept as written,
 * every other word, every number (except our published help numbers) and every piece of personal data
 * replaced by "[…]". See the comment above for why this is safe by construction. At most 500 characters.
 */
export function reduceForStorage(text: string, vocabulary: Vocabulary): string {
  const marked = detectPersonalData(text).redacted.replace(
    /\[(?:bsn|phone|email|postcode-huisnummer|geboortedatum|naam)\]/g,
    '\uE000',
  );
  let out = '';
  let at = 0;
  // After a removed word: the particles seen since ("van", "der"); undefined when not after a removed word.
  let afterName: string[] | undefined;
  for (const m of marked.matchAll(TOKEN)) {
    const sep = marked.slice(at, m.index);
    at = m.index + m[0].length;
    // Only whitespace and plain punctuation between words; a sentence mark ends a name.
    const cleanSep = sep.replace(SAFE_SEPARATOR, '').replace(/\s+/g, ' ');
    if (/[.,;:!?()"]/.test(cleanSep)) afterName = undefined;
    const token = m[0];
    const word = normalize(token);
    let keep: boolean;
    if (token === '\uE000' || /\p{N}/u.test(token)) {
      keep = /^[\d\s.-]+$/.test(token) && PUBLISHED_NUMBERS.has(token.replace(/\D/g, ''));
    } else if (afterName !== undefined && NAME_PARTICLES.has(word)) {
      // "van", "der" after a name: kept (they say nothing), but the next word is probably the surname.
      afterName.push(word);
      out += cleanSep + token;
      continue;
    } else if (
      afterName !== undefined &&
      !ORGANISATIONS.has(word) &&
      (isCapitalised(token) || afterName.some((p) => NAME_ONLY_PARTICLES.has(p)))
    ) {
      keep = false;
    } else if (isCapitalised(token) && DOUBLES_AS_NAME.has(word)) {
      keep = false;
    } else {
      keep = isKnown(word, vocabulary);
    }
    if (keep) {
      out += cleanSep + token;
      afterName = undefined;
      continue;
    }
    // Collapse "[…] […]" into one placeholder: the number of removed words says nothing useful.
    if (!(out.endsWith(REMOVED) && cleanSep.trim() === '')) out += cleanSep + REMOVED;
    // A removed word (or a name the detector found) may be followed by the rest of the name; a number is not.
    afterName = /\p{N}/u.test(token) ? undefined : [];
  }
  out += marked.slice(at).replace(SAFE_SEPARATOR, '').replace(/\s+/g, ' ');
  return out.trim().slice(0, 500);
}
