/**
 * Safety screen: runs on every message BEFORE any knowledge lookup. When a flag is set, the caller shows
 * 112 / Veilig Thuis 0800-2000 / 113 first, whatever else it answers.
 *
 * Design
 * - The text is normalized (lower case, accents folded, "m'n" -> "mn") and punctuation and quotes become
 *   clause breaks ("|"), so a pattern never spans two clauses: "vader slaat haar, wat nu?" is not "slaat ... nu".
 * - Patterns are regular expressions over word sequences with small gaps (`W{0,3}`), not single keywords:
 *   professionals write "kindermishandeling", "partnergeweld", "acute onveiligheid" all day, and those words
 *   alone must not trigger. What triggers is a situation: a violent verb in the present with "nu" / "op dit
 *   moment", someone at the door, a weapon or a death threat, a child that does not dare to go home.
 * - Negation: a match followed (or, for most patterns, containing) "niet" / "nooit" is ignored
 *   ("mijn man slaat mij niet"). Patterns where the negation IS the signal ("durft niet naar huis",
 *   "wil niet meer leven") are marked `negationIsSignal`.
 * - victim: the writer speaks as a victim ("mijn man slaat mij", "ik word thuis geslagen"). Reported speech
 *   before the match ("de leerling zegt: mijn vader slaat me") means a professional is quoting a client: no
 *   victim flag (acute and suicide patterns still apply to quoted clients).
 * - suicide: explicit phrases always trigger, for the writer or a client ("mijn cliënt wil niet meer leven").
 *   The bare topic words (zelfmoord, zelfdoding, suïcide, suïcidaal) trigger too, UNLESS the message is framed
 *   as a professional topic (preventie, training, cursus, beleid, protocol, signalen herkennen, ...) and
 *   describes no person's state. Decision: "zelfdoding preventie training voor AF" does NOT trigger, because
 *   showing 113 to someone looking for a course is noise; "mijn leerling is suïcidaal, welke training?"
 *   does, because a person's state is described. When in doubt the screen errs toward triggering:
 *   an unneeded 113 button costs little.
 */

export interface SafetyScreen {
  /** Someone is being hurt or threatened now, or a child has to go home to violence. Show 112 first. */
  acuteDanger: boolean;
  /** Suicidal thoughts, the writer's own or a client's. Show 113 (0800-0113). */
  suicide: boolean;
  /** The writer speaks as a victim themself. Show Veilig Thuis 0800-2000 (and 112 when in danger). */
  victim: boolean;
}

/** One word (no clause break). */
const W = '[a-z0-9]+';
/** Up to n extra words inside one clause. */
const gap = (n: number): string => `(?: ${W}){0,${n}}`;
/** Like gap, but not across a subordinate clause or a new noun phrase ("ik ben bang dat een kind ..."). */
const plainGap = (n: number): string =>
  `(?: (?!(?:dat|die|of|als|wanneer|omdat|een|hoe|wat)\\b)${W}){0,${n}}`;

const PERSON =
  '(?:man|vrouw|partner|vriend|vriendin|ex|expartner|exman|exvrouw|echtgenoot|echtgenote|verloofde|vader|moeder|' +
  'pa|ma|papa|mama|stiefvader|stiefmoeder|stiefpa|stiefma|broer|broertje|zus|zusje|zoon|dochter|oom|tante|opa|oma|' +
  'schoonvader|schoonmoeder|schoonzoon|huisgenoot|vriendje|vriendinnetje)';
const SUBJECT = `(?:hij|zij|ze|mn ${PERSON}|mijn ${PERSON}|haar ${PERSON}|zijn ${PERSON}|de ${PERSON}|die|iemand|ex)`;
const OBJECT = '(?:mij|me|haar|hem|ons|hen|het kind|de kinderen|mn moeder|mijn moeder|mn zoon|mijn zoon|mn dochter|mijn dochter)';

const VERB_PRESENT =
  '(?:slaat|sla|schopt|trapt|mishandelt|misbruikt|bedreigt|wurgt|knijpt|duwt|stompt|steekt|verkracht|' +
  'achtervolgt|stalkt|bijt|slaan|schoppen|mishandelen|bedreigen)';
const VERB_FINITE =
  '(?:slaat|sloeg|schopt|schopte|trapt|trapte|mishandelt|mishandelde|misbruikt|misbruikte|bedreigt|bedreigde|' +
  'dreigt|dreigde|wurgt|wurgde|knijpt|kneep|duwt|duwde|stompt|stompte|verkracht|verkrachtte|achtervolgt|' +
  'stalkt|stalkte|intimideert|vernedert|kleineert|terroriseert|chanteert|controleert|opsluit|sluit|sloot|' +
  'slaan|schoppen|mishandelen|bedreigen|misbruiken)';
const PARTICIPLE =
  '(?:geslagen|geschopt|getrapt|mishandeld|misbruikt|bedreigd|gewurgd|geknepen|geduwd|gestompt|verkracht|' +
  'gestalkt|achtervolgd|opgesloten|vernederd|gechanteerd|aangerand|aangevallen|gebeten|gestoken|' +
  'uitgescholden|geintimideerd|geterroriseerd)';
const NOW = '(?:nu|op dit moment|momenteel|op dit ogenblik|zojuist|net|op dit eigenste moment|vannacht|vanavond)';

interface Rule {
  readonly re: RegExp;
  /** The negation is part of the signal ("durft niet naar huis"): do not treat "niet" as a denial. */
  readonly negationIsSignal?: boolean;
}

const rule = (source: string, negationIsSignal = false): Rule => ({ re: new RegExp(source, 'g'), negationIsSignal });

const ACUTE: readonly Rule[] = [
  // "ze slaat hem nu", "hij slaat haar op dit moment", "vader mishandelt het kind nu" (not "slaat haar, wat nu")
  rule(`\\b${VERB_PRESENT}${gap(3)} (?<!wat )${NOW}\\b`),
  rule(`\\b${NOW} ${VERB_PRESENT}\\b`),
  rule(`\\b(?:word|wordt|worden|ben|is)${gap(1)} ${NOW}${gap(2)} ${PARTICIPLE}\\b`),
  // somebody at the door
  rule(`\\b${SUBJECT}(?: ${W})? staat(?: nu| hier| alweer| weer| gewoon){0,2} (?:voor|bij|aan) (?:de|mijn|mn|onze|ons|het|haar|zijn) (?:deur|voordeur|huis|raam)\\b`),
  rule(`\\b(?:voor|aan|bij) (?:de|mijn|mn|onze) (?:deur|voordeur) (?:staat|staan) ${SUBJECT}\\b`),
  rule(`\\b(?:bonkt|bonst|beukt|slaat|trapt|bonzen|beuken|schopt|rammelt) (?:nu )?(?:op|tegen|aan) (?:de|mijn|mn|onze) (?:deur|voordeur|ramen|raam)\\b`),
  rule(`\\b(?:trapt|breekt|forceert)(?: nu)? (?:de|mijn|mn|onze) (?:deur|voordeur)\\b`),
  rule(`\\bprobeert${gap(2)} (?:binnen te komen|de deur open te breken|in te breken)\\b`),
  // weapons, threats to life
  rule(`\\b(?:heeft|pakt|pakte|zwaait|dreigt|staat|loopt|komt)${gap(2)} (?:met )?(?:een |het |zijn |haar )?(?:mes|messen|keukenmes|pistool|vuurwapen|wapen|bijl|hamer)\\b`),
  rule(`\\b(?:dreigt|dreigde|gaat|zal|wil)${gap(2)} (?:te )?(?:vermoorden|doden|dood te maken|doodmaken|afmaken|af te maken|neer te steken|neersteken|iets aan te doen)\\b`),
  rule(`\\b(?:vermoordt|vermoorden|doodt) ${OBJECT}\\b`),
  rule(`\\b(?:maakt|maken) ${OBJECT} (?:dood|af)\\b`),
  rule(`\\b(?:wil|wilt|wou) ${OBJECT} dood\\b`),
  // a child that does not dare to go home / must go home to violence
  rule(`\\bdurf[t]?${gap(3)} niet${gap(2)} (?:naar huis|thuis te komen|terug naar huis)\\b`, true),
  rule(`\\bniet (?:meer )?(?:naar huis|terug naar huis) (?:durft|durf|durven)\\b`, true),
  // hiding, or destruction in the house right now
  rule(`\\b(?:slaat|gooit|smijt|trapt|schopt)${gap(1)} (?:alles|de boel|spullen|het huis|de inboedel|meubels)${gap(1)} (?:kapot|stuk|kort en klein|in elkaar)\\b`),
  rule(`\\b(?:ik heb|we hebben|ze heeft|ik zit|we zitten)${gap(1)} (?:me|mij|ons|zich)? ?(?:opgesloten|verstopt)\\b`),
  rule(`\\b(?:ik verstop|we verstoppen) (?:me|mij|ons)\\b`),
  rule(`\\b(?:bang|angstig) om${gap(2)} naar huis te gaan\\b`),
  rule(`\\b(?:wil|kan|mag)${gap(2)} niet (?:meer )?(?:naar huis|terug naar huis)\\b${gap(6)} (?:want|omdat|anders|uit angst)\\b`, true),
  rule(`\\b(?:moet|gaat|gaan|moeten)${gap(3)} (?:straks |vanmiddag |vanavond |vandaag |zo )?(?:weer )?(?:naar huis|terug naar huis)\\b[^|]*\\b(?:slaat|mishandelt|bedreigt|misbruikt|schopt)\\b`),
  // explicit danger now
  rule(`\\b(?:ik ben|we zijn|wij zijn|ze is|zij is|hij is|het kind is|ze zijn|zij zijn)(?: nu| op dit moment)? in (?:direct |acuut |groot |ernstig )?(?:levens)?gevaar\\b`),
  rule(`\\b(?:nu|op dit moment) in (?:direct |acuut |groot )?(?:levens)?gevaar\\b`),
  rule(`\\b(?:ligt bewusteloos|is bewusteloos|bloedt|ademt niet meer|ademt niet)\\b`),
  rule(`^(?:help|hulp|sos|help help)(?: me| mij)?(?: nu| snel| alsjeblieft)?$`),
  rule(`\\bhelp${gap(1)} (?:hij|ze|zij) (?:slaat|vermoordt|staat|komt|heeft)\\b`),
];

const VICTIM: readonly Rule[] = [
  // "mijn man slaat mij", "mijn vriend bedreigt me steeds"
  rule(`\\b(?:mijn|mn) ${PERSON}${gap(3)} ${VERB_FINITE}${gap(3)} (?:mij|me)\\b(?! af)`),
  // "mijn vader heeft me gisteren weer geslagen"
  rule(`\\b(?:mijn|mn) ${PERSON}${gap(3)} (?:heeft|had)${gap(1)} (?:mij|me)${gap(3)} ${PARTICIPLE}\\b`),
  // "hij slaat me", "ze bedreigt mij"
  rule(`\\b(?:hij|zij|ze) ${VERB_FINITE}${gap(1)} (?:mij|me)\\b(?! af)`),
  rule(`\\b(?:hij|zij|ze) (?:heeft|had) (?:mij|me)${gap(3)} ${PARTICIPLE}\\b`),
  // "ik word thuis geslagen", "ik ben door mijn ex mishandeld"
  rule(`\\bik (?:word|wordt|werd|ben)${plainGap(4)} ${PARTICIPLE}\\b`),
  // "ik voel me thuis niet veilig", "ik ben bang voor mijn man", "ik durf niet naar huis"
  rule(`\\bik voel (?:me|mij)${gap(2)} (?:niet|nergens) (?:meer )?veilig\\b`, true),
  rule(`\\bik ben${gap(1)} bang voor (?:mijn|mn) ${PERSON}\\b`),
  rule(`\\bik durf${gap(2)} niet${gap(1)} (?:naar huis|thuis te komen)\\b`, true),
  rule(`\\bik (?:ben|word)${gap(2)} slachtoffer van\\b`),
  rule(`\\b(?:mijn|mn) ${PERSON}${gap(2)} doet (?:mij|me) pijn\\b`),
];

const SUICIDE_STRONG: readonly Rule[] = [
  rule(`\\b(?:niet|nooit) meer${gap(1)} (?:wil |wilt |willen |wou |zou willen )?(?:leven|wakker worden|verder leven)\\b`, true),
  rule(`\\b(?:wil|wilt|willen|wou)${gap(2)} (?:niet|nooit) meer (?:leven|bestaan|wakker worden|verder leven)\\b`, true),
  rule(`\\b(?:eind|einde) (?:aan|maken aan) (?:mijn|mn|zijn|haar|het|hun|je|jouw) (?:eigen )?leven\\b`),
  rule(`\\ber${gap(2)} (?:een )?(?:eind|einde) aan${gap(2)} maken\\b`),
  rule(`\\b(?:wil|wilt|willen|wou)(?: ik| hij| zij| ze| graag| gewoon| echt| liever| het liefst){0,2} dood\\b`),
  rule(`\\b(?:liever|beter) dood\\b`),
  rule(`\\bdood (?:willen|wil|wou)\\b`),
  rule(`\\bwas ik maar dood\\b|\\bwou dat ik dood was\\b`),
  rule(`\\bvan het leven (?:beroven|te beroven|beroofd)\\b`),
  rule(`\\b(?:mezelf|mijzelf|zichzelf|zich|hemzelf|haarzelf)${gap(1)} (?:iets )?(?:aandoen|aan te doen|ophangen|op te hangen|van kant maken|van kant te maken|doodmaken)\\b`),
  rule(`\\bzelf iets (?:aandoen|aan te doen)\\b`),
  rule(`\\b(?:voor de trein|van (?:een|de) (?:brug|flat|dak)) (?:springen|te springen|gaan liggen)\\b`),
  rule(`\\b(?:zelfmoordgedachten|zelfmoordgedachte|suicidegedachten|suicidale gedachten|doodsgedachten|doodswens|` +
    `zelfmoordpoging|suicidepoging|poging tot zelfmoord|poging tot zelfdoding|zelfmoordplannen|gedachten aan zelfmoord|` +
    `gedachten aan de dood|gedachten over zelfmoord)\\b`),
  rule(`\\b(?:is|lijkt|wordt|ben|was|zijn|werd) (?:erg |heel |acuut |zeer |mogelijk |misschien )?(?:suicidaal|suicidale)\\b`),
  rule(`\\b(?:dreigt|dreigde|praat|sprak|heeft het|begint|denkt|dacht)${gap(3)} (?:over |aan |met )?(?:zelfmoord|zelfdoding|suicide)\\b`),
];

const SUICIDE_TOPIC = /\b(?:zelfmoord\w*|zelfdoding\w*|suicid\w*)\b/;
/** A professional topic frame: looking for training, policy or general knowledge, not about a person. */
const PROFESSIONAL_FRAME =
  /preventie|\b(?:training\w*|cursus\w*|scholing\w*|e ?learning\w*|webinar\w*|workshop\w*|beleid\w*|protocol\w*|richtlijn\w*|gatekeeper\w*|voorlichting\w*|lesmateriaal|lespakket\w*|bijeenkomst\w*|cijfers|statistiek\w*|signalen|herkennen|herken|bespreekbaar|folder\w*|campagne\w*|aanbod|bijscholing|module\w*)\b/;

const NEGATION_AFTER = /^(?: [a-z0-9]+)?(?: (?:niet|nooit))\b/;
const NEGATION_INSIDE = /\b(?:niet|nooit|geen)\b/;
const REPORTED_SPEECH =
  /\b(?:zegt|zei|zeggen|zeide|vertelt|vertelde|verteld|vertellen|geeft aan|gaf aan|aangeeft|aangegeven|meldt|meldde|schrijft|schreef|noemt|noemde|beweert|beweerde|roept|riep|uitte|appt|appte|fluistert|fluisterde|vertrouwt|vertrouwde|zegde)\b/;
const NEGATED_BEFORE = /\b(?:geen|zonder)\s*$/;

/** Lower case, accents folded, m'n -> mn, punctuation and quotes -> clause break "|". */
export function normalizeForScreen(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(m|z|d)['\u2019](n)\b/g, '$1$2')
    .replace(/['\u2018\u2019`´]/g, '')
    .replace(/[-\u2010-\u2015/]/g, ' ')
    .replace(/[.,!?;:()"\u201c\u201d\u201e[\]{}<>\n\r\t]+/g, ' | ')
    .replace(/[^a-z0-9| ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\| )+|(?: \|)+$/g, '');
}

function fires(text: string, rules: readonly Rule[], opts: { reportedSpeechBlocks?: boolean } = {}): boolean {
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (const m of text.matchAll(r.re)) {
      const matched = m[0];
      const start = m.index;
      const after = text.slice(start + matched.length);
      if (!r.negationIsSignal && (NEGATION_INSIDE.test(matched) || NEGATION_AFTER.test(after))) continue;
      if (NEGATED_BEFORE.test(text.slice(0, start))) continue;
      if (opts.reportedSpeechBlocks === true && REPORTED_SPEECH.test(text.slice(0, start))) continue;
      return true;
    }
  }
  return false;
}

export function screenMessage(text: string): SafetyScreen {
  const t = normalizeForScreen(text);
  const suicideStrong = fires(t, SUICIDE_STRONG);
  const suicideTopic = SUICIDE_TOPIC.test(t) && !PROFESSIONAL_FRAME.test(t) && !/\bgeen (?:zelfmoord|suicid)/.test(t);
  return {
    acuteDanger: fires(t, ACUTE),
    suicide: suicideStrong || suicideTopic,
    victim: fires(t, VICTIM, { reportedSpeechBlocks: true }),
  };
}
