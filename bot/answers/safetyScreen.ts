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
 *   an unneeded 113 button costs little. Indirect wordings count too ("ik zie het niet meer zitten", "ik wil er
 *   niet meer zijn", "het hoeft voor mij niet meer", "iedereen is beter af zonder mij"); "ik kan / wil niet
 *   meer" only for the writer ("ik ...") and only when the clause ends there ("ik kan niet meer inloggen").
 *   An explicit phrase also triggers inside a hypothetical ("wat doe ik als een leerling zegt dat hij dood wil").
 * - Self-harm sets `suicide` too (113 is the right number for it): "ik snijd mezelf", "ik doe mezelf pijn",
 *   "ik kras in mijn armen", "leerling snijdt zichzelf" (a professional about a pupil). Not accidents: an
 *   accident word in the clause blocks ("ik sneed mezelf bij het koken"), and the past tense counts only when
 *   repeated or on purpose ("ik heb mezelf weer gesneden"). The topic words (zelfbeschadiging, automutilatie)
 *   are treated like "zelfmoord": they trigger unless the message has a professional frame ("hoe herken ik
 *   zelfbeschadiging bij jongeren" does not); an explicit verb phrase triggers even in a general question.
 * - acute also covers what the writer hears or sees now ("ik hoor geschreeuw en klappen bij de buren",
 *   "ik hoor het nu"), violence just now ("hij heeft me net geslagen"), threats to kill in any tense
 *   ("heeft gedreigd me te vermoorden", "bang dat hij me vanavond iets aandoet") and harm waiting at home
 *   ("krijgt klappen als ze thuiskomt"), a threat to hurt the writer said now ("hij dreigt me te slaan",
 *   "mijn ex gaat me in elkaar slaan"; not "dreigde", not "dreigt me vaak te slaan"), and the writer's own
 *   ex / partner / father at the door or on the way even without a fear word ("mijn ex komt eraan", "mijn ex
 *   staat beneden"), unless the clause names a planned visit ("... om de kinderen op te halen"). Not acute: hearsay ("ik hoor dat / van ..."), habits and the past
 *   ("ik hoor vaak ruzie", "vertelde vorige week"), and hypothetical or generic questions in the same clause
 *   ("wat doe ik als een kind niet naar huis durft", "hoe herken ik of een kind ...").
 * - acute also covers weapons in hand or as a threat ("heeft een mes gepakt", "zwaait met een mes", "dreigt haar met
 *   een hamer", "pakte net een schaar"; not a weapon kept at home: "heeft thuis een vuurwapen" is a risk factor),
 *   violence at the writer's location ("schopt het kind hier voor mijn ogen", "slaat zijn vrouw waar ik bij sta"),
 *   the progressive ("staat te schreeuwen en te slaan in de gang", "zijn nu aan het vechten"), a scene told in the
 *   present ("trekt haar aan haar haren door de kamer", "heeft haar vast bij haar keel"), throwing things "nu",
 *   a threat to harm a child now ("dreigt hem te laten vallen"), and a professional in danger on a home visit: aggression
 *   said in the present while the writer is there ("ik ben op huisbezoek en de vader wordt agressief / bedreigt mij",
 *   "ik zit nog in de woonkamer"), held or cornered ("laat ons niet gaan", "blokkeert de deur", "komt dreigend op me
 *   af"), afraid to go in ("durf niet naar binnen, hij is door het dolle heen"). These read a present-tense description
 *   as "now", so a clause with a past, habit or general word ("vorige maand", "vaak", "een ouder die ...") or a
 *   condition before the match ("wat doe ik als ik op huisbezoek ben en ...") blocks them; a planned or finished
 *   visit ("ik ga morgen op huisbezoek", "ik ben op huisbezoek geweest") is not "on the spot"; "dreigt met een klacht"
 *   names no weapon.
 * - Chat spellings are folded before matching ('k / kwil -> ik, 't -> het, hy -> hij, nie -> niet), and
 *   "me" counts as "mijn" before a family word ("me vriend slaat me").
 * - Reported speech blocks the victim flag, except when the aggressor is the one speaking to the writer
 *   ("hij zei dat hij me zou vermoorden", "mijn ex appt dat ...").
 * - A second reading, by scene, sits next to these rules: sceneScreen.ts (an act, threat, hold, departure or body in
 *   danger, together with "now", "today" or someone present; goodbye signs for suicide). Either reading sets the flag.
 * Case tables: tests/answers/safetyScreenCases.ts (must / must-not), tests/answers/safetyScreen.test.ts,
 * tests/answers/acuteProbes.test.ts (160 messages written blind to the rules).
 */

import { isTrainingOrPlay, sceneSignals } from './sceneScreen.ts';

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
/** Like gap, but not across "dat/of/hoe/van" (hearsay: "ik hoor dat ...", "ik hoor van ...") nor a habit word. */
const witnessGap = (n: number): string => `(?: (?!(?:dat|die|of|als|wanneer|omdat|hoe|wat|van|${HABIT_WORD})\\b)${W}){0,${n}}`;
/** Words that make a sentence about a habit or the past, not about now ("ik hoor vaak ruzie"). */
const HABIT_WORD = 'vaak|soms|regelmatig|geregeld|weleens|wel eens|altijd|steeds|vaker|vroeger|toen|elke|iedere|af en toe|jaar|jaren|maand|maanden|week|weken|gisteren|eergisteren';
const HABIT = new RegExp(`\\b(?:${HABIT_WORD})\\b`);

const PERSON =
  '(?:man|vrouw|partner|vriend|vriendin|ex|expartner|exman|exvrouw|echtgenoot|echtgenote|verloofde|vader|moeder|' +
  'pa|ma|papa|mama|stiefvader|stiefmoeder|stiefpa|stiefma|broer|broertje|zus|zusje|zoon|dochter|oom|tante|opa|oma|' +
  'schoonvader|schoonmoeder|schoonzoon|schoonzus|zwager|huisgenoot|vriendje|vriendinnetje|ouders|stiefouders|' +
  'pleegvader|pleegmoeder|pleegouders|broers|kleinzoon|kleindochter|neef|nicht|stiefbroer|stiefzus)';
/** "mijn", and the chat spellings "mn" and "me" ("me vader slaat me"). */
const MY = '(?:mijn|mn|me)';
const SUBJECT = `(?:hij|zij|ze|${MY} ${PERSON}|haar ${PERSON}|zijn ${PERSON}|de ${PERSON}|die|iemand|ex)`;
const OBJECT = '(?:mij|me|haar|hem|ons|hen|het kind|de kinderen|mn moeder|mijn moeder|mn zoon|mijn zoon|mn dochter|mijn dochter)';
/** A person as object of a threat, including the quoted "ik maak je af". */
const THREAT_OBJECT = `(?:${OBJECT}|je|jou|jullie|mn kinderen|mijn kinderen)`;

const VERB_PRESENT =
  '(?:slaat|sla|schopt|trapt|mishandelt|misbruikt|bedreigt|wurgt|knijpt|duwt|stompt|steekt|verkracht|' +
  'achtervolgt|stalkt|bijt|slaan|schoppen|mishandelen|bedreigen)';
const VERB_FINITE =
  '(?:slaat|sloeg|schopt|schopte|trapt|trapte|mishandelt|mishandelde|misbruikt|misbruikte|bedreigt|bedreigde|' +
  'dreigt|dreigde|wurgt|wurgde|knijpt|kneep|duwt|duwde|stompt|stompte|verkracht|verkrachtte|achtervolgt|' +
  'stalkt|stalkte|intimideert|vernedert|kleineert|terroriseert|chanteert|controleert|opsluit|sluit|sloot|' +
  'betast|betastte|dwingt|dwong|slaan|schoppen|mishandelen|bedreigen|misbruiken)';
/** Participles, with the common d/t misspellings ("ik wordt mishandelt"). */
const PARTICIPLE =
  '(?:geslagen|geschopt|getrapt|mishandeld|mishandelt|misbruikt|bedreigd|bedreigt|gewurgd|geknepen|geduwd|gestompt|verkracht|' +
  'gestalkt|achtervolgd|opgesloten|vernederd|gechanteerd|aangerand|aangevallen|gebeten|gestoken|' +
  'uitgescholden|geintimideerd|geterroriseerd)';
const NOW = '(?:nu|op dit moment|momenteel|op dit ogenblik|zojuist|zonet|daarnet|net(?! als)|op dit eigenste moment|vannacht|vanavond)';
/** Just now or earlier today: "hij heeft me net geslagen", "vanavond in elkaar geslagen". */
const JUST_NOW = '(?:net(?! als)|zojuist|zonet|daarnet|net nog|vannacht|vanavond|vanmiddag|vanochtend|vanmorgen|vandaag)';
/** A verb clause ending in a separable particle is not violence: "sla het protocol over", "dat slaat nergens op". */
const NOT_SEPARABLE = '(?![^|]*\\b(?:over|op|af|toe|aan|uit|mee|om|terug|plat)(?= \\||$))';
/** Killing or serious harm, as infinitive ("dreigt te vermoorden", "gaat me vermoorden"). */
const KILL =
  '(?:vermoorden|doden|dood te maken|doodmaken|dood maken|dood te schieten|doodschieten|dood te steken|doodsteken|' +
  'neer te steken|neersteken|neer te schieten|neerschieten|iets aan te doen|iets aandoen|wat aan te doen|wat aandoen|' +
  'in brand te steken|in brand steken|op te blazen|opblazen)';
/** The same, as finite verb in a subordinate clause ("bang dat hij me vermoordt", "zei dat hij me afmaakt"). */
const KILL_FINITE = '(?:vermoordt|vermoord|doodmaakt|dood maakt|afmaakt|af maakt|iets aandoet|wat aandoet|iets aan doet|doodschiet|neersteekt|doodsteekt)';
const WEAPON =
  '(?:mes|messen|keukenmes|broodmes|vleesmes|zakmes|stanleymes|schaar|pistool|revolver|vuurwapen|wapen|geweer|jachtgeweer|' +
  'bijl|hamer|honkbalknuppel|knuppel|koevoet|breekijzer|schroevendraaier)';
/** Getting hit, from a child's or victim's view: "ik krijg klappen", "kreeg een klap". */
const BLOWS = '(?:klappen|klap|slaag|een pak slaag|pak slaag|een schop|schoppen|een trap|billenkoek|een mep|een dreun|een vuistslag)';
/** Words that make an arrival or presence threatening ("hij komt eraan" alone may be a planned meeting). */
const FEAR_CONTEXT =
  /\b(?:bang|angst\w*|dreig\w*|gedreigd|sla\w*|geslagen|mes|wapen|vermoord\w*|dood|woedend|agressief|dronken|huisverbod|contactverbod|mishandel\w*|schreeuw\w*|bedreig\w*|straatverbod)\b/;
/** Violence somewhere in the message, for "ik hoor het nu" / "het gebeurt nu". */
const VIOLENCE_CONTEXT =
  /\b(?:sla\w*|geslagen|schop\w*|trap\w*|mishandel\w*|vecht\w*|gevecht|klappen|geschreeuw|schreeuw\w*|gil\w*|gegil|ruzie|dreig\w*|wurg\w*|mes|pistool|geweld|duwt|stompt|misbruik\w*|verkracht\w*)\b/;
/** Hurting, as infinitive after a threat: "dreigt me te slaan", "gaat me pijn doen". */
const HURT =
  '(?:te slaan|slaan|in elkaar te slaan|in elkaar slaan|neer te slaan|neerslaan|pijn te doen|pijn doen|te schoppen|schoppen|' +
  'te trappen|trappen|te wurgen|wurgen|te mishandelen|mishandelen|te verkrachten|verkrachten|te steken|steken|' +
  'te grazen te nemen|te grazen nemen|een pak slaag te geven|een pak slaag geven|te pakken te nemen|te pakken nemen)';
/**
 * Partners, exes and fathers: the people whose arrival at the writer's home is itself a danger signal
 * ("mijn ex komt eraan", "mijn ex staat beneden"), without a fear word.
 */
const AGGRESSOR =
  '(?:ex|expartner|exman|exvrouw|exvriend|exvriendin|partner|man|vrouw|vriend|vriendin|echtgenoot|echtgenote|vader|stiefvader)';
/** A planned or harmless visit: "mijn ex komt eraan om de kinderen op te halen", "vader komt zo voor de les". */
const PLANNED_VISIT =
  /\b(?:gesprek|afspraak|overdracht|omgang\w*|ophalen|op te halen|brengen|te brengen|eten|koffie|bezoek|visite|oppassen|les|school|werk|wedstrijd|training|vergadering|ouderavond|spreekuur|roken|bellen|praten|kletsen)\b/;
/** Self-harm: reflexive object of the writer or of someone the writer speaks about. */
const SELF = '(?:mezelf|mijzelf|zichzelf|hemzelf|haarzelf)';
/** Self-harm verbs, present tense (and the infinitive after "wil / ga / blijf"). */
const SELF_HARM_PRESENT = '(?:snijd|snij|snijdt|snijden|kras|krast|krassen|beschadig|beschadigt|beschadigen|verwond|verwondt|verwonden|brand|brandt|branden)';
const SELF_HARM_PAST = '(?:sneed|sneden|kraste|krasten|beschadigde|beschadigden|verwondde|verwondden|brandde|brandden|gesneden|gekrast|beschadigd|verwond)';
/** Past self-harm counts only when repeated or on purpose ("ik heb mezelf weer gesneden"). */
const SELF_HARM_REPEAT = /\b(?:weer|alweer|opnieuw|expres|express|bewust|met opzet|vaak|steeds|soms|regelmatig|elke dag|iedere dag|elke avond|elke nacht)\b/;
/** Accidents: "ik sneed mezelf bij het koken", "ik brand mezelf aan de pan". */
const ACCIDENT =
  /\b(?:kok\w*|kook\w*|keuken|per ongeluk|perongeluk|ongeluk\w*|scheren|scheer\w*|brood|groente\w*|uien|ui|vlees|aardappel\w*|papier|klussen|klus\w*|snoeien|tuin\w*|gereedschap|pan|oven|kachel|fornuis|strijk\w*|bakken|sport\w*|gevallen|viel|val|vinger|duim|glas|blik|blikje|kat|poes|hond|konijn|dier|doorn\w*|braam\w*|struik\w*)\b/;
/** Adverbs only between a self-harm verb and its object (not "ik snijd taart voor mezelf"). */
const ADV = '(?: (?:weer|alweer|soms|vaak|steeds|nog|nog steeds|echt|expres|bewust|al|wel|ook|dan|gewoon|elke dag|iedere dag|stiekem|gisteren|vandaag|vannacht|vanavond|vanochtend|vanmorgen|net|zojuist)){0,2}';
const BODY_PART = '(?:arm|armen|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|huid|buik|onderarm|onderarmen|lijf)';

/** Something bad waiting at home. */
const HARM_AT_HOME = new RegExp(`\\b(?:slaat|slaan|mishandelt|bedreigt|misbruikt|schopt|vermoordt|iets aandoet|${BLOWS})\\b`);

/**
 * Where the writer is, as a time word: "hij schopt het kind hier voor mijn ogen", "meneer slaat zijn vrouw waar ik
 * bij sta". Violence described at the writer's location is happening now. Not "hier" as the writer's workplace or
 * region ("hier op school", "hier in de wijk"): that is a general statement.
 */
const HERE =
  '(?:hier(?! (?:op|in|bij|binnen) (?:school|de (?:wijk|regio|gemeente|buurt|klas|stad|praktijk|organisatie)|het (?:dorp|land)|nederland|ons))|hierzo|hiernaast|voor mijn (?:ogen|neus)|waar ik (?:bij|naast) (?:sta|zit|ben)|terwijl ik (?:erbij|hier|ernaast|naast hem|naast haar) (?:sta|zit|ben)|' +
  'met mij erbij|met ons erbij|in mijn bijzijn)';
/** Violent infinitives after a progressive form: "staat te slaan", "zijn aan het vechten". */
const VIOLENT_INF =
  '(?:slaan|schoppen|trappen|meppen|stompen|mishandelen|wurgen|steken|duwen|slopen|dreigen met|' +
  // not the figurative "vechten voor meer budget", "knokken om de voogdij", "zit te vechten met het formulier"
  '(?:vechten|knokken)(?! (?:voor|om|over)\\b| met (?:het|dit|dat)\\b| tegen (?:de|het)\\b))';
/**
 * A clause about the past, a habit or a general case, not about now: "vorige maand", "al jaren", "is agressief
 * geweest", "een ouder die ...". Blocks the rules below that read a present-tense description as "now".
 */
const NOT_NOW_CLAUSE = new RegExp(
  // "steeds agressiever" / "steeds erger" is a change going on now, not a habit.
  `\\bsteeds\\b(?! ${W}er\\b| meer\\b)|\\b(?:${HABIT_WORD.replace('|steeds|', '|')}|vorig|vorige|geleden|ooit|eerder|destijds|verleden|geweest|geworden|gehad|al jaren|al maanden|al weken|` +
    `de hele dag|hele dag|veel)\\b|\\b(?:een|iemand|ouders|kinderen) (?:${W} )?die\\b`,
);
/**
 * The writer is at a client's home (or at its door) now: "ik ben op huisbezoek", "ik zit nog in de woonkamer",
 * "ik sta bij een gezin", "ben bij gezin voor intake" (chat style), "huisbezoek loopt uit de hand". Not a visit that is over ("ik ben op huisbezoek geweest")
 * nor one that is planned ("ik ga morgen op huisbezoek": no present "ik ben / zit / sta").
 * Context for aggression that is harmless as a report ("de vader wordt agressief") but acute on the spot.
 */
const NOT_OVER = `(?!(?: ${W}){0,4} (?:geweest|gehad)\\b)`;
const ON_SITE = new RegExp(
  `\\bhuisbezoek (?:loopt|gaat|escaleert)\\b|` +
    `(?:\\b(?:ik|we|wij|collega en ik) (?:ben|zit|sta|zijn|zitten|staan)|(?:^|\\| )(?:ben|zit|sta))(?: nu| nog| net| hier| al| even){0,2} ` +
    `(?:op huisbezoek|op bezoek|bij (?:een |het |dit |de |die |deze )?(?:gezin|familie|client|cliente|ouders|moeder|vader)|` +
    `bij (?:hen|ze|hun|haar|hem) thuis|in de (?:woning|woonkamer|keuken|gang|auto)|voor de deur)\\b${NOT_OVER}`,
);
/** A condition before the match in the same clause: "wat doe ik als ik op huisbezoek ben en de vader wordt agressief". */
const CONDITION_BEFORE = /\b(?:als|wanneer|indien|stel|zodra|mocht|mochten|tenzij|voordat|nadat)\b/;
/** For rules that read a present-tense description as "now": not in a past, habit, general or conditional clause. */
const NOW_ONLY = { clauseBlocks: NOT_NOW_CLAUSE, beforeBlocks: CONDITION_BEFORE } as const;
/**
 * The same for a violent verb, which is no violence when its clause ends in a separable particle ("ik sla hier het
 * protocol over"). A clause check rather than NOT_SEPARABLE's lookahead: it is tested once per clause, not per match.
 */
const NOW_VERB_ONLY = {
  clauseBlocks: new RegExp(`${NOT_NOW_CLAUSE.source}|\\b(?:over|op|af|toe|aan|uit|mee|om|terug|plat) ?$`),
  beforeBlocks: CONDITION_BEFORE,
} as const;
/** A weapon kept, not held: "heeft thuis een vuurwapen", "heeft een wapenvergunning", "messen in de kast". */
const WEAPON_KEPT = /\b(?:thuis|in huis|in de kast|in de la|in bezit|vergunning|verzamel\w*|ligt|liggen|bewaart)\b/;
/** Aggression words: context for "ik durf niet naar binnen", "hij laat ons niet gaan". */
const AGGRESSION_CONTEXT =
  /\b(?:bang|angst\w*|dreig\w*|agressie\w*|agressief\w*|tekeer\w*|dolle|buiten zinnen|woedend|woest|razend|boos|dronken|schreeuw\w*|sla\w*|mes|wapen|vecht\w*|geweld\w*|gooi\w*)\b/;

interface Rule {
  readonly re: RegExp;
  /** The negation is part of the signal ("durft niet naar huis"): do not treat "niet" as a denial. */
  readonly negationIsSignal?: boolean;
  /** The whole message must also match this (context for a phrase that is harmless alone). */
  readonly context?: RegExp;
  /** The clause of the match must also match this. */
  readonly clauseNeeds?: RegExp;
  /** Skip when the clause of the match matches this ("ik sneed mezelf bij het koken"). */
  readonly clauseBlocks?: RegExp;
  /** Skip when the clause before the match matches this (a condition: "als ik op huisbezoek ben en ..."). */
  readonly beforeBlocks?: RegExp;
  /** Skip when the match contains a habit or past word ("ik hoor vaak ruzie"). */
  readonly habitBlocks?: boolean;
}

const rule = (source: string, negationIsSignal = false, extra: Omit<Rule, 're' | 'negationIsSignal'> = {}): Rule => ({
  re: new RegExp(source, 'g'),
  negationIsSignal,
  ...extra,
});

const ACUTE: readonly Rule[] = [
  // Someone tied up or locked in while the writer is there and cannot get in ("ik sta voor de deur en hoor haar roepen
  // maar niemand doet open"); not a question about restraint in care ("mag een bewoner vastgebonden worden?").
  rule(`\\b(?:vastgebonden|vastgeketend|vastgezet|opgesloten)\\b`, false, {
    context: /\b(?:sta (?:nu )?voor de deur|hoor (?:haar|hem|ze|het kind) (?:roepen|gillen|schreeuwen|huilen)|(?:niemand|ze|hij) doet (?:niet )?open|doet niemand open)\b/,
  }),
  // "ze slaat hem nu", "hij slaat haar op dit moment", "vader mishandelt het kind nu" (not "slaat haar, wat nu")
  rule(`\\b${VERB_PRESENT}${gap(3)} (?<!wat )${NOW}\\b${NOT_SEPARABLE}`),
  rule(`\\b${NOW}(?: gaat| zal| komt| weer)? ${VERB_PRESENT}\\b${NOT_SEPARABLE}`),
  // "er wordt nu een kind geslagen", "ik ben zojuist verkracht", "hij heeft me net geslagen",
  // "mn vriend heeft me vanavond in elkaar geslagen", "vader heeft net de moeder geslagen"
  rule(`\\b(?:word|wordt|worden|ben|is)${gap(1)} ${NOW}${gap(2)} ${PARTICIPLE}\\b`),
  rule(`\\b(?:heeft|hebben|had|is|ben|zijn|word|wordt|werd)${plainGap(2)} ${JUST_NOW}${gap(3)} ${PARTICIPLE}\\b`),

  // What the writer hears or sees now. Hearsay ("ik hoor dat / van ...") and habits ("ik hoor vaak ...") are not.
  // "ik hoor nu geschreeuw en klappen", "ik hoor een vrouw gillen", "ik hoor de buurman zijn vrouw slaan"
  // "ik sta voor de deur en hoor de vader binnen schreeuwen", "ik hoor hem nu in de slaapkamer tegen haar tekeergaan"
  rule(`\\b(?:ik|we|wij|en) (?:hoor|horen|hoorde net|hoorden net)${witnessGap(8)} (?:geschreeuw|gegil|gillen|gil|gekrijs|krijsen|` +
    `schreeuwen|klappen|gebonk|bonken|hulpgeroep|om hulp roepen|roepen om hulp|glas breken|slaan|schoppen|vechten|gevecht|` +
    `tekeergaan|tekeer gaan|te keer gaan|tieren|razen|met dingen gooien|met spullen gooien|dingen kapot gooien)\\b`,
  false, { habitBlocks: true }),
  // "ik zie vanuit mijn raam een man een vrouw slaan", "ik zie dat de vader het kind slaat"
  rule(`\\bik (?:zie|zag net|zag zojuist)${witnessGap(8)} (?:slaan|schoppen|trappen|mishandelen|wurgen|aanvallen|steken)\\b`,
    false, { habitBlocks: true }),
  rule(`\\bik zie(?: nu| net| daar| hier| buiten)* (?:dat|hoe)${witnessGap(5)} (?:slaat|schopt|trapt|mishandelt|wurgt|stompt|aanvalt|steekt)\\b${NOT_SEPARABLE}`,
    false, { habitBlocks: true }),
  // "de buurman slaat zijn vrouw, ik hoor het nu", "het gebeurt nu" (not "ik hoor het nu pas", "het gebeurt nu vaker")
  rule(`\\b(?:ik|we|wij) (?:hoor|horen|zie|zien)(?: het| ze| hem| haar| hen| t)? (?:nu|op dit moment|nog steeds|nu weer)\\b` +
    `(?! pas| van| voor het eerst| ook| vaker| steeds)`, false, { context: VIOLENCE_CONTEXT }),
  rule(`\\bhet (?:gebeurt|is) (?:nu|op dit moment|op dit ogenblik|nu weer)(?: aan de gang)?\\b(?! pas| vaker| steeds| ook| meer| minder| al| [0-9]| ${W} geleden)`,
    false, { clauseNeeds: /\bgebeurt\b|aan de gang/ }),

  // Violence at the writer's location ("hier", "voor mijn ogen", "waar ik bij sta") is violence now:
  // "de vader schopt het kind hier voor mijn ogen", "meneer slaat zijn vrouw waar ik bij sta", "hier wordt nu gevochten".
  rule(`\\b${VERB_PRESENT}${gap(3)} ${HERE}\\b`, false, NOW_VERB_ONLY),
  rule(`\\b${HERE}(?: gaat| weer)? ${VERB_PRESENT}\\b`, false, NOW_VERB_ONLY),
  rule(`\\b(?:word|wordt|worden)${gap(2)} (?:${NOW}|${HERE})${gap(2)} (?:${PARTICIPLE}|gevochten)\\b`, false, NOW_ONLY),
  // The progressive is now: "de vader staat te schreeuwen en te slaan in de gang", "ze zijn nu aan het vechten".
  // Not a habit or a general case ("de kinderen zijn de hele dag aan het vechten", "een ouder die staat te slaan").
  rule(`\\b(?:staat|staan|zit|zitten|loopt|lopen|ligt|liggen)${gap(4)} te ${VIOLENT_INF}\\b`, false, NOW_ONLY),
  rule(`\\b(?:is|zijn|ben)${gap(2)} aan het ${VIOLENT_INF}\\b`, false, NOW_ONLY),
  // A scene told in the present: "hij trekt haar aan haar haren door de kamer", "hij duwt haar tegen de muur".
  rule(`\\b(?:trekt|sleurt|sleept|duwt|gooit|smijt|schopt|slaat)${gap(4)} (?:door|over|tegen|langs|van|op|onder) (?:de|het) ` +
    `(?:kamer|woonkamer|gang|huis|grond|vloer|muur|trap|keuken|straat|kast)\\b`, false, NOW_ONLY),
  // Throwing things now: "de stiefvader gooit nu met stoelen" (not "gooit met spullen als hij boos is": no "nu").
  rule(`\\b(?:gooit|smijt|gooien|smijten)${gap(2)} met (?:stoelen|spullen|dingen|borden|glazen|meubels|flessen|alles|${W}en)\\b`,
    false, { clauseNeeds: new RegExp(`\\b(?:${NOW}|${HERE})\\b`), ...NOW_ONLY }),
  // Strangling, told in the present: "hij heeft haar vast bij haar keel", "hij grijpt haar bij de keel".
  rule(`\\b(?:heeft|houdt|grijpt|pakt|knijpt)${gap(3)} (?:bij|om|in) (?:de|haar|zijn|mijn|mn|me|het) (?:keel|hals|nek)\\b`, false, NOW_ONLY),
  // A threat to harm a child or baby now: "vader dreigt hem te laten vallen", "dreigt de baby uit het raam te gooien".
  rule(`\\b(?:dreigt|dreigen|gaat)${gap(1)} (?:hem|haar|het|het kind|de baby|de kinderen|het jongetje|het meisje) ` +
    `(?:te laten vallen|laten vallen|uit het raam te gooien|van de trap te gooien|te verdrinken|te laten stikken|te gooien)\\b`,
    false, NOW_ONLY),

  // A professional in danger at a client's home or door. "de vader wordt agressief" is a report; on a home visit,
  // said in the present, it is a danger now: "ik ben op huisbezoek en de vader wordt agressief / bedreigt mij".
  rule(`\\b(?:wordt|is|raakt|lijkt)${gap(2)} (?:agressief|agressiever|gewelddadig|dreigend|handtastelijk|woedend|razend|woest|` +
    `buiten zinnen)\\b`, false, { context: ON_SITE, ...NOW_ONLY }),
  rule(`\\b(?:bedreigt|bedreigen|intimideert|slaat|duwt|schopt|scheldt)${gap(1)} (?:mij|me|ons|mijn collega|mn collega)\\b`,
    false, { context: ON_SITE, ...NOW_VERB_ONLY }),
  rule(`\\b(?:loopt|liep net|gaat)${gap(2)} (?:helemaal )?uit de hand\\b`, false, { context: ON_SITE, ...NOW_ONLY }),
  // Aimed at the writer now, anywhere: "meneer komt dreigend op me af", "hij blokkeert de deur",
  // "hij staat tussen mij en de deur", "hij laat ons niet gaan".
  rule(`\\bkomt(?: ${W})? (?:dreigend|woedend|agressief|boos|scheldend|schreeuwend|met ${W} ${W})(?: ${W})? op (?:mij|me|ons) af\\b`,
    false, NOW_ONLY),
  rule(`\\b(?:blokkeert|verspert|bewaakt)${gap(2)} (?:de )?(?:deur|voordeur|uitgang)\\b`, false, NOW_ONLY),
  rule(`\\bstaat${gap(1)} tussen (?:mij|me|ons) en de (?:deur|voordeur|uitgang)\\b`, false, NOW_ONLY),
  rule(`\\blaat (?:mij|me|ons)${gap(1)} niet (?:gaan|weg|vertrekken|eruit|naar buiten|los)\\b`, true,
    { context: new RegExp(`${AGGRESSION_CONTEXT.source}|${ON_SITE.source}`), ...NOW_ONLY }),
  rule(`\\b(?:ik|we|wij) (?:kan|kunnen)${gap(1)} niet (?:weg|eruit|naar buiten|vluchten)(?= \\||$| want| omdat| en| hij| ze)`, true,
    { context: AGGRESSION_CONTEXT, beforeBlocks: CONDITION_BEFORE }),
  // Afraid to go in: "ik zit in de auto voor de deur en durf niet naar binnen, hij is door het dolle heen".
  rule(`\\b(?:ik|we|wij|en) (?:durf|durven)${gap(2)} niet${gap(1)} (?:naar binnen|binnen te gaan|aan te bellen|aan te kloppen|` +
    `uit te stappen|de auto uit|terug naar binnen)\\b`, true, { context: AGGRESSION_CONTEXT, beforeBlocks: CONDITION_BEFORE }),

  // Somebody at the door, outside, or on the way.
  rule(`\\b${SUBJECT}(?: ${W})? staat(?: nu| hier| alweer| weer| gewoon){0,2} (?:voor|bij|aan) (?:de|mijn|mn|onze|ons|het|haar|zijn) (?:deur|voordeur|huis|raam)\\b`),
  rule(`\\b(?:voor|aan|bij) (?:de|mijn|mn|onze) (?:deur|voordeur) (?:staat|staan) ${SUBJECT}\\b`),
  rule(`\\b${SUBJECT}(?: ${W})? (?:staat|zit|wacht|loopt)(?: nu| hier| alweer| weer| gewoon){0,2} (?:beneden|buiten|op de stoep|in de tuin|in de gang|` +
    `op de galerij|in het trappenhuis|in de auto voor|voor het raam|rond het huis|om het huis)\\b`, false, { context: FEAR_CONTEXT }),
  rule(`\\b${SUBJECT}(?: ${W})? (?:is|komt)(?: nu| al)? (?:onderweg|op weg hierheen|hierheen|eraan|er aan|naar (?:mij|ons|mijn huis|mn huis) toe)\\b`,
    false, { context: FEAR_CONTEXT }),
  // The writer's own partner, ex or father at the door or on the way: a danger signal without a fear word
  // ("mijn ex komt eraan", "mijn ex staat beneden"), unless a planned visit is named in the same clause.
  rule(`\\b${MY} ${AGGRESSOR}(?: ${W})? (?:staat|wacht|loopt)(?: nu| hier| alweer| weer| gewoon){0,2} (?:beneden|buiten|op de stoep|` +
    `op de galerij|in het trappenhuis|voor het raam|rond het huis|om het huis|bij de deur|bij mijn huis|bij mn huis)\\b`,
    false, { clauseBlocks: PLANNED_VISIT }),
  rule(`\\b${MY} ${AGGRESSOR}(?: ${W})? zit(?: nu| hier| alweer| weer){0,2} in de auto voor\\b`, false, { clauseBlocks: PLANNED_VISIT }),
  rule(`\\b${MY} ${AGGRESSOR}(?: ${W})? (?:is|komt)(?: nu| al| zo| weer| alweer){0,2} (?:onderweg|op weg hierheen|hierheen|eraan|er aan|` +
    `naar (?:mij|ons|mijn huis|mn huis|huis) toe)\\b`, false, { clauseBlocks: PLANNED_VISIT }),
  rule(`\\b(?:bonkt|bonst|beukt|slaat|trapt|bonzen|beuken|schopt|rammelt|timmert) (?:nu )?(?:op|tegen|aan) (?:de|mijn|mn|onze|het) (?:deur|voordeur|ramen|raam)\\b`),
  rule(`\\b(?:trapt|breekt|forceert)(?: nu)? (?:de|mijn|mn|onze) (?:deur|voordeur)\\b`),
  rule(`\\bprobeert${gap(2)} (?:binnen te komen|de deur open te breken|de deur in te trappen|in te breken|binnen te dringen)\\b`),
  rule(`\\b(?:is|zijn) (?:binnengedrongen|binnengekomen terwijl|ingebroken)\\b`),

  // Weapons.
  // "hij heeft een mes gepakt", "zwaait met een mes", "dreigt haar met een hamer", "pakte net een schaar"; not in a
  // clause about the past or a habit ("een leerling heeft vorige maand een mes meegenomen").
  // "staat / loopt / komt" only with "met" ("staat met een mes in de keuken", not "in het dossier staat dat ... wapen").
  rule(`\\b(?:pakt|pakte|zwaait|zwaaide|dreigt|dreigde|bedreigt|bedreigde|houdt|hield|richt|richtte)${gap(2)} ` +
    `(?:met )?(?:een |het |de |die |dat |zijn |haar )?${WEAPON}\\b`, false, NOW_ONLY),
  // "hij heeft een mes (gepakt)"; not a weapon kept at home, which is a risk factor to weigh, not a danger now
  // ("de vader heeft thuis een vuurwapen, moet ik dat melden").
  rule(`\\bheeft${gap(2)} (?:een |het |de |die |dat |zijn |haar )?${WEAPON}\\b`, false,
    { clauseBlocks: new RegExp(`${NOT_NOW_CLAUSE.source}|${WEAPON_KEPT.source}`), beforeBlocks: CONDITION_BEFORE }),
  rule(`\\b(?:staat|loopt|komt|zit|rent)${gap(2)} met (?:een |het |de |die |dat |zijn |haar )?${WEAPON}\\b`, false, NOW_ONLY),
  rule(`\\b${WEAPON}${gap(2)} (?:op|tegen|aan) (?:mijn|mn|haar|zijn|de|je) (?:keel|hals|nek|hoofd|buik)\\b`),
  // Threats to kill or seriously harm: "dreigt haar te vermoorden", "heeft gedreigd me te vermoorden",
  // "zei dat hij me zou vermoorden", "hij gaat me vermoorden", "dreigt het huis in brand te steken".
  rule(`\\b(?:dreigt|dreigde|dreigen|gedreigd|gaat|ga|gaan|zal|zou|zullen|wil|wilde|komt|kwam)${gap(3)} (?:te )?${KILL}\\b`),
  // "ik maak je af", "hij maakt me dood", "dat hij me afmaakt", "bang dat hij me vanavond iets aandoet"
  rule(`\\b(?:maakt|maak|maken) ${THREAT_OBJECT}${gap(1)} (?:dood|af)\\b`),
  rule(`\\b(?:vermoordt|vermoord|vermoorden|doodt|schiet|steek|steekt) ${THREAT_OBJECT}\\b(?! niet)`),
  rule(`\\b${THREAT_OBJECT}${gap(2)} (?:${KILL_FINITE}|af (?:te )?maken|afmaken|dood te maken)\\b`),
  rule(`\\b(?:wil|wilt|wou) ${OBJECT} dood\\b`),
  // A threat to hurt the writer, said now: "hij dreigt me te slaan als ik thuiskom", "mijn ex gaat me in elkaar slaan"
  // (not "dreigde" / "heeft gedreigd": only threats to kill count in any tense; not "dreigt me steeds te slaan").
  rule(`(?<!\\bik )\\b(?:dreigt|dreigen|gaat|gaan|zal|wil|wilt|komt)${gap(2)} (?:mij|me)${gap(2)} ${HURT}\\b`, false, { habitBlocks: true }),
  rule(`\\b(?:ik|we|wij) (?:krijg|krijgen|kreeg|kregen|heb|hebben|ontvang|ontving)${gap(3)} doodsbedreiging\\w*`),
  rule(`\\b(?:bedreigt|bedreigde|bedreigd) ${THREAT_OBJECT}${gap(1)} met de dood\\b`),

  // A child that does not dare to go home / will be hurt at home.
  rule(`\\bdurf[t]?${gap(3)} niet${gap(2)} (?:naar huis|thuis te komen|terug naar huis)\\b`, true),
  rule(`\\bniet (?:meer )?(?:naar huis|terug naar huis) (?:durft|durf|durven)\\b`, true),
  rule(`\\b(?:bang|angstig) om${gap(2)} naar huis te gaan\\b`),
  rule(`\\b(?:wil|kan|mag)${gap(2)} niet (?:meer )?(?:naar huis|terug naar huis)\\b${gap(6)} (?:want|omdat|anders|uit angst)\\b`, true),
  rule(`\\b(?:moet|gaat|gaan|moeten)${gap(3)} (?:straks |vanmiddag |vanavond |vandaag |zo )?(?:weer )?(?:naar huis|terug naar huis)\\b[^|]*\\b(?:slaat|mishandelt|bedreigt|misbruikt|schopt)\\b`),
  // "krijgt vanavond weer klappen als ze thuiskomt", "ik krijg straks klappen", "vader doet haar iets aan als ze thuiskomt"
  rule(`\\b(?:als|wanneer|zodra) (?:ik|hij|ze|zij|het kind|we|wij) (?:straks |vanavond |vanmiddag )?(?:thuiskom\\w*|thuis kom\\w*|thuis is|thuis ben|naar huis ga\\w*|terugkom\\w*|terug kom\\w*)\\b`,
    false, { clauseNeeds: HARM_AT_HOME }),
  rule(`\\b(?:krijg|krijgt|krijgen)${gap(2)} (?:straks|vanavond|vannacht|vanmiddag|zo meteen|nu)${gap(1)} ${BLOWS}\\b`),
  rule(`\\b(?:straks|vanavond|vannacht|vanmiddag|zo meteen|nu)${gap(1)} ${BLOWS} (?:krijg|krijgt|krijgen)\\b`),

  // Hiding, or destruction in the house right now.
  rule(`\\b(?:slaat|gooit|smijt|trapt|schopt)${gap(1)} (?:alles|de boel|spullen|het huis|de inboedel|meubels)${gap(1)} (?:kapot|stuk|kort en klein|in elkaar)\\b`),
  rule(`\\b(?:ik heb|we hebben|ze heeft|ik zit|we zitten)${gap(1)} (?:me|mij|ons|zich)? ?(?:opgesloten|verstopt)\\b`),
  rule(`\\b(?:ik verstop|we verstoppen) (?:me|mij|ons)\\b`),

  // Explicit danger now.
  rule(`\\b(?:ik ben|we zijn|wij zijn|ze is|zij is|hij is|het kind is|ze zijn|zij zijn)(?: nu| op dit moment)? in (?:direct |acuut |groot |ernstig )?(?:levens)?gevaar\\b`),
  rule(`\\b(?:nu|op dit moment) in (?:direct |acuut |groot )?(?:levens)?gevaar\\b`),
  rule(`\\b(?:ligt bewusteloos|is bewusteloos|bloedt|ademt niet meer|ademt niet)\\b`),
  rule(`^(?:help|hulp|sos|help help)(?: me| mij)?(?: nu| snel| alsjeblieft)?$`),
  rule(`\\bhelp${gap(1)} (?:hij|ze|zij) (?:slaat|vermoordt|staat|komt|heeft)\\b`),

  // Strangulation said to have happened just now ("haar moeder greep haar net in de auto bij de keel"): a
  // high-risk sign, and the person may still be near.
  rule(`\\bbij de keel\\b|\\bom (?:haar|zijn|mijn|mn|me|de|je) (?:keel|hals|nek)\\b|\\b(?:gewurgd|wurgde|wurgt|wurgen|keel dichtgeknepen|keel dichtknijpt|keel dichtkneep)\\b`, false, {
    clauseNeeds: new RegExp(`\\b${JUST_NOW}\\b`),
  }),
  // Someone attacked or held right now ("mijn collega wordt nu door een patient vastgehouden en bedreigd").
  rule(`\\b(?:wordt|worden|word)\\b${gap(6)} (?:vastgehouden|bedreigd|aangevallen|geslagen|geschopt|gewurgd|mishandeld|gegijzeld)\\b`, false, {
    clauseNeeds: /\b(?:nu|op dit moment|momenteel|op dit ogenblik)\b/,
    ...NOW_ONLY,
  }),
  // Someone aggressive or armed at the door of the opvang, school or home ("er staat een vader voor de deur ... hij
  // is ontzettend agressief", "zijn ex staat met een pistool voor zijn deur"), or one who has a huisverbod.
  rule(`\\b(?:staat|staan|stond)${gap(4)} (?:voor|aan|bij) (?:de|zijn|haar|mijn|mn|onze|hun) (?:deur|voordeur|ingang|poort)\\b`, false, {
    context: /\b(?:agressief|agressieve|dreigt|dreigend|schreeuwt|tekeer|huisverbod|contactverbod|woedend|door het dolle|pistool|vuurwapen|geweer|mes|wapen|bijl|knuppel)\b/,
    ...NOW_ONLY,
  }),
  rule(`\\b(?:voor|aan|bij) (?:de|zijn|haar|mijn|mn|onze|hun) (?:deur|voordeur|ingang|poort)${gap(1)} (?:staat|staan)\\b`, false, {
    context: /\b(?:agressief|agressieve|dreigt|dreigend|schreeuwt|tekeer|huisverbod|contactverbod|woedend|door het dolle|pistool|vuurwapen|geweer|mes|wapen|bijl|knuppel)\b/,
    ...NOW_ONLY,
  }),
  // Screaming and blows heard by the writer now ("ik hoor bij de buren gegil en harde klappen, er huilt een kind").
  rule(`\\b(?:ik|en) (?:hoor|hoorde net|hoorde zojuist)${gap(6)} (?:gegil|gillen|gillend|gejammer|harde klappen|klappen|gebonk|hulpgeroep|om hulp roepen)\\b`, false, {
    habitBlocks: true,
    ...NOW_ONLY,
  }),
  // A threat to hurt the writer ("hij belde net dat hij me kapot maakt als ik kom").
  // (A quoted threat arrives split by clause marks: "hij me | kapot maakt |".)
  rule(`\\b(?:hij|zij|ze|vader|moeder|man|vriend|ex)${gap(3)} (?:me|mij|je|jou|haar|hem|ons)(?: \\|)?${gap(1)} kapot (?:maakt|maken|zal maken)\\b`),
  // Someone on the floor calling out, and kept from help ("ligt op de grond ... zoon weigert mij binnen te laten").
  rule(`\\b(?:ligt|lag)${gap(3)} op de (?:grond|vloer)\\b`, false, {
    context: /\b(?:roepen|roept|hulp|bloed|bloedt|bewusteloos|wakker|weigert|laat (?:mij|me|ons) niet|kan niet op|schopt|slaat|trapt)\b/,
    ...NOW_ONLY,
  }),
  // Someone who does not come round, now ("mama ligt op de grond en wordt niet meer wakker", "hij reageert nergens
  // meer op", "ze is bewusteloos"): a medical emergency first.
  rule(`\\b(?:wordt|word|worden)${gap(1)} niet (?:meer )?wakker\\b|\\bniet (?:meer )?wakker (?:wordt|word|worden)\\b|\\bbewusteloos\\b|\\breageert${gap(1)} (?:niet|nergens) meer\\b|\\bademt${gap(1)} niet\\b`,
    true, NOW_ONLY),
  // Pursued now: "hij rijdt achter ons aan", "mijn ex fietst achter me aan".
  rule(`\\b(?:rijdt|rijden|fietst|loopt|rent|komt|zit)${gap(2)} achter (?:ons|me|mij|haar|hem|mijn auto|de auto)${gap(1)} aan\\b`, false, {
    context: /\b(?:bang|doodsbang|dreigt|dreigde|agressief|keel|gewurgd|geslagen|geschopt|mishandeld|achtervolgt|huisverbod|gevlucht|vluchten|mes|wapen|pistool)\b/,
    ...NOW_ONLY,
  }),
  // Violence going on while the writer is there ("zijn zoon schopt hem nog steeds terwijl ik hier sta"): "nog steeds"
  // is still, not a habit, next to the writer's presence.
  rule(`\\b${VERB_PRESENT}${gap(4)} (?:terwijl|waar) ik (?:hier|erbij|ernaast|naast ${W}) (?:sta|zit|ben)\\b`, false, { beforeBlocks: CONDITION_BEFORE }),
  // A young child alone, nobody coming, now ("een kleuter staat alleen bij het hek, moeder is niet gekomen, niemand
  // neemt op, het is donker").
  rule(`\\b(?:kind|kindje|kleuter|peuter|jongetje|meisje|baby|jongen|dreumes)\\b${gap(8)} (?:helemaal )?alleen\\b`, false, {
    context: /\b(?:niet (?:gekomen|opgehaald|thuis)|niemand (?:neemt op|komt|bereikbaar|thuis|doet open)|donker|nacht|midden op straat|zwerft|verdwaald)\b/,
    // An age ("een jaar of 6") is no habit; only habit words that are not about age block.
    clauseBlocks: /\b(?:vaak|soms|regelmatig|geregeld|weleens|wel eens|altijd|elke|iedere|vroeger|gisteren)\b/,
    beforeBlocks: CONDITION_BEFORE,
  }),
  // Minutes ago is now: "heeft haar 10 minuten geleden gewurgd, hij is nog in huis" (a habit word would block the
  // rules that read the present, and "geleden" is one).
  rule(`\\b(?:[0-9]+|een paar|vijf|tien|twintig) (?:min|minuten|minuutjes)${gap(1)} geleden\\b|\\been kwartier geleden\\b`, false, {
    context: /\b(?:gewurgd|gewurgt|wurgde|keel|geslagen|geschopt|gestoken|aangevallen|mishandeld|verkracht|bedreigd|dreigde|mes|wapen)\b/,
  }),
  // Held against the writer's will: "hij heeft de deur op slot gedaan en zegt dat ik niet weg mag", "ik zit in de
  // badkamer en durf er niet uit".
  rule(`\\b(?:ik|we|wij|mijn collega|mn collega) (?:mag|mogen|kan|kunnen) niet (?:meer )?(?:weg|naar buiten|vertrekken|het huis uit|naar huis)\\b`, true, {
    context: /\b(?:slot|deur|huisbezoek|zegt|dreigt|laat|vastgehouden|opgesloten)\b/,
  }),
  rule(`\\b(?:heeft|doet|draait)${gap(3)} (?:de )?(?:deur|voordeur|deuren)${gap(1)} op slot\\b`, false, {
    context: /\b(?:huisbezoek|niet weg|laat (?:mij|me|ons) niet|badkamer|ik zit|bang)\b/,
  }),
  // Being followed now: "ik word gevolgd door mijn ex", "hij volgt me al sinds ik van mijn werk kwam".
  rule(`\\bik (?:word|wordt) (?:nu )?(?:gevolgd|achtervolgd)\\b|\\b(?:volgt|achtervolgt) (?:mij|me|ons)${gap(2)} (?:nu|al sinds|sinds)\\b`, false, NOW_ONLY),
  // A threat to kill, in any words: "dood gaat maken", "zei dat we allebei dood gaan".
  rule(`\\bdood (?:gaat|zal|wil|gaan)? ?maken\\b`, false, { context: /\b(?:hij|zij|ze|dreigt|dreigde|zegt|zei|vader|man|ex)\b/ }),
  rule(`\\b(?:allebei|allemaal|samen|jullie|we|wij)${gap(1)} dood (?:gaan|gaat)\\b`, false, {
    context: /\b(?:zei|zegt|dreigt|dreigde|gedronken|dronken|weggereden|meegenomen|riep|appt|appte)\b/,
  }),
  // A threat to come with a weapon: "dreigbericht dat hij met een mes naar school komt".
  rule(`\\bmet (?:een |zijn |z'n |haar )?${WEAPON}${gap(3)} (?:naar|langs|op)${gap(2)} (?:komt|komen|kom|gaat|gaan)\\b|\\b(?:komt|komen|gaat)${gap(3)} met (?:een |zijn |haar )?${WEAPON}\\b`, false, {
    context: /\b(?:dreig\w*|pakken|vermoorden|afmaken|te grazen|steken|schieten|wraak)\b/,
  }),
  // A drunk parent leaving, or about to leave, with a child: "wil zijn zoontje meenemen in de auto" while drunk,
  // "is net weggereden met onze dochter en had gedronken".
  rule(`\\b(?:meenemen|mee te nemen|meegenomen|weggereden|vertrokken|wegrijden|weg te rijden)${gap(4)} (?:in de auto|met de auto|met (?:onze|ons|mijn|zijn|haar|het) (?:dochter|zoon|kind|kinderen|baby|zoontje|dochtertje))\\b|` +
    `\\b(?:in de auto|met de auto)${gap(3)} (?:meenemen|mee te nemen|wegrijden|weg te rijden)\\b`, false, {
    context: /\b(?:ladderzat|dronken|gedronken|drank|alcohol|onder invloed|stoned|drugs)\b/,
  }),
  // A child or adult hurt and not reacting well now: "heeft net een klap op zijn hoofd gehad en reageert niet meer goed".
  rule(`\\breageert${gap(1)} (?:niet|nauwelijks|slecht) (?:meer )?(?:goed|normaal)?\\b`, true, {
    context: /\b(?:klap|hoofd|gevallen|geslagen|geschud|bloed|bewusteloos|suf|braakt|overgeven)\b/,
  }),
  // Someone on a roof, a bridge or the tracks saying they will jump.
  rule(`\\b(?:staat|zit|is|ligt)${gap(2)} op (?:het|een|de) (?:dak|balkon|brug|spoor|rand|reling)${gap(8)} (?:springt|springen|te springen|spring|springt)\\b`),
  rule(`\\b(?:dreigt|dreigde|zegt|zei|gaat)${gap(2)} (?:te )?(?:springen|springt)\\b`, false, {
    context: /\b(?:dak|balkon|brug|spoor|flat|raam|rand|reling|trein|parkeergarage)\b/,
  }),
    // Locked in or hiding now ("zit opgesloten op de wc en appt dat ...").
  rule(`\\b(?:zit|zitten|ben|is|zijn|zat)${gap(2)} opgesloten\\b`, false, { habitBlocks: true, ...NOW_ONLY }),
  // Taken away tonight: forced marriage or abduction about to happen ("wordt vannacht opgehaald om naar het buitenland te gaan").
  rule(`\\b(?:vannacht|vanavond|vandaag|morgen|straks|zo meteen)${gap(6)} (?:opgehaald|meegenomen|weggehaald|ontvoerd|op het vliegtuig gezet)\\b`, false, {
    context: /\b(?:buitenland|huwelijk|trouwen|uithuwelijken|vliegtuig|doodsbang|bang|tegen haar wil|tegen zijn wil)\b/,
  }),
  // A drunk parent about to drive with a child ("ruikt sterk naar drank en wil nu wegrijden").
  rule(`\\b(?:wil|gaat|gaan|staat op het punt)${gap(2)} (?:weg te rijden|wegrijden|weg rijden|rijden|te rijden)\\b`, false, {
    context: /\b(?:drank|dronken|alcohol|onder invloed|drugs|stoned|ladderzat)\b/,
    ...NOW_ONLY,
  }),
];

const VICTIM: readonly Rule[] = [
  // "mijn man slaat mij", "mijn vriend bedreigt me steeds", "me vriend slaat me"
  rule(`\\b${MY} ${PERSON}${plainGap(5)} ${VERB_FINITE}${gap(3)} (?:mij|me)\\b(?! af)${NOT_SEPARABLE}`),
  // Violence inside the writer's own family: "mijn vader slaat mijn moeder", "papa slaat mama"
  rule(`\\b(?:${MY} ${PERSON}|papa|mama|pap|mam)${gap(2)} ${VERB_FINITE}${gap(2)} (?:${MY} ${PERSON}|papa|mama|mam|pap|ons)\\b${NOT_SEPARABLE}`),
  // "mijn vader heeft me gisteren weer geslagen"
  rule(`\\b${MY} ${PERSON}${gap(3)} (?:heeft|had)${gap(1)} (?:mij|me)${gap(3)} ${PARTICIPLE}\\b`),
  // "hij slaat me", "ze bedreigt mij"
  rule(`\\b(?:hij|zij|ze) ${VERB_FINITE}${gap(1)} (?:mij|me)\\b(?! af)${NOT_SEPARABLE}`),
  rule(`\\b(?:hij|zij|ze) (?:heeft|had) (?:mij|me)${gap(3)} ${PARTICIPLE}\\b`),
  // "ik word thuis geslagen", "ik ben door mijn ex mishandeld"
  rule(`\\bik (?:word|wordt|werd|ben)${plainGap(4)} ${PARTICIPLE}\\b`),
  // "ik krijg klappen van mijn vader", "ik kreeg gisteren een klap van mn vriend"
  rule(`\\bik (?:krijg|kreeg)${gap(3)} ${BLOWS}\\b`),
  // Threats aimed at the writer: "hij heeft gedreigd me te vermoorden", "bang dat hij me iets aandoet",
  // "hij dreigt me te slaan", "hij houdt een mes op mijn keel"
  rule(`\\b(?:mij|me)${gap(2)} (?:te )?(?:${KILL}|${KILL_FINITE}|afmaken|af te maken|in elkaar te slaan|te slaan|pijn te doen)\\b`),
  rule(`(?<!\\bik )\\b(?:dreigt|dreigde|dreigen|gedreigd|gaat|gaan|zal|zou|wil|wilt|komt)${gap(2)} (?:mij|me)${gap(2)} ${HURT}\\b`),
  rule(`\\b(?:vermoordt|vermoord) (?:mij|me)\\b(?! niet)|\\b(?:maakt|maak) (?:mij|me)${gap(1)} (?:dood|af)\\b`),
  rule(`\\b${WEAPON}${gap(2)} (?:op|tegen) (?:mijn|mn) (?:keel|hals|nek|hoofd|buik)\\b`),
  rule(`\\bik (?:krijg|kreeg|ontvang|heb)${gap(3)} doodsbedreiging\\w*`),
  // Sexual abuse in a child's words: "hij zit aan me", "komt s nachts aan me zitten"
  rule(`\\b(?:zit|zat|zitten)${gap(2)} aan (?:mij|me)\\b|\\baan (?:mij|me)${gap(1)} (?:zitten|te zitten|gezeten)\\b`),
  // "ik voel me thuis niet veilig", "ik ben bang voor mijn man", "ik durf niet naar huis"
  rule(`\\bik voel (?:me|mij)${gap(2)} (?:niet|nergens) (?:meer )?veilig\\b`, true),
  rule(`\\bik ben${gap(1)} bang voor ${MY} ${PERSON}\\b`),
  rule(`\\bik durf${gap(2)} niet${gap(1)} (?:naar huis|thuis te komen)\\b`, true),
  rule(`\\bik (?:ben|word)${gap(2)} slachtoffer van\\b`),
  rule(`\\b${MY} ${PERSON}${gap(2)} doet (?:mij|me) pijn\\b`),
];

const SUICIDE_STRONG: readonly Rule[] = [
  // "niet meer leven", "wil niet meer leven", "nooit meer wakker worden"
  rule(`\\b(?:niet|nooit) meer${gap(1)} (?:wil |wilt |willen |wou |zou willen )?(?:leven|wakker worden|verder leven)\\b`, true),
  rule(`\\b(?:wil|wilt|willen|wou)${gap(2)} (?:niet|nooit) meer (?:leven|bestaan|wakker worden|verder leven)\\b`, true),
  // "ik wil er niet meer zijn", "dat ze er niet meer wil zijn" (not "er niet meer bij zijn", "er niet meer zijn voor")
  rule(`\\b(?:wil|wilt|willen|wou|zou|hoef|hoeft)${gap(2)} er${gap(1)} niet meer (?:willen |te )?zijn\\b(?! voor| bij)`, true),
  rule(`\\ber${gap(1)} niet meer (?:wil|wilt|willen|wou|zou willen|hoeft|hoef) (?:te )?zijn\\b(?! voor| bij)`, true),
  // "ik zie het niet meer zitten", "ze ziet het leven niet meer zitten", "dat hij het niet meer ziet zitten"
  rule(`\\b(?:zie|ziet|zien|zag|zagen)(?: het| t)?${gap(2)} niet meer zitten\\b`, true),
  rule(`\\bniet meer (?:zie|ziet|zien|zag|zagen) zitten\\b`, true),
  // The writer at the end of their strength: "ik kan niet meer", "ik kan het niet meer aan", "ik wil niet meer",
  // "ik hou het niet meer vol", "ik trek het niet meer" (first person only: "moeder kan het niet meer aan" is a
  // signal of an overburdened parent, not of suicide). The clause must end there ("ik kan niet meer inloggen").
  rule(`\\bik (?:kan|wil)(?: het| dit| echt| gewoon| helemaal| gewoon echt){0,2} niet meer(?: aan| verder| tegen)?(?= \\||$)`, true),
  rule(`\\bik (?:hou|houd|trek) het${gap(1)} niet meer(?: vol)?(?= \\||$)`, true),
  // "het hoeft voor mij niet meer", "dat het voor hem niet meer hoeft" (not "het hoeft niet meer, de melding ...")
  rule(`\\b(?:het|t|leven)${gap(1)} hoeft${gap(1)} voor (?:mij|me|hem|haar)${gap(2)} niet meer\\b(?= \\||$)`, true),
  rule(`\\bvoor (?:mij|me|hem|haar) hoeft het${gap(1)} niet meer\\b`, true),
  rule(`\\bhet voor (?:mij|me|hem|haar)${gap(1)} niet meer hoeft\\b`, true),
  // "iedereen is beter af zonder mij", "zonder mij is alles beter", "niemand zou me missen"
  rule(`\\bbeter${gap(2)} zonder (?:mij|me)\\b`),
  rule(`\\bzonder (?:mij|me)${gap(3)} beter\\b`),
  rule(`\\bniemand${gap(2)} (?:mij|me)${gap(1)} missen\\b`),
  // "ik zie geen uitweg meer", "mijn leven heeft geen zin (meer)", "geen reden meer om te leven"
  rule(`\\bik zie${gap(1)} geen (?:uitweg|toekomst|uitkomst)\\b`, true),
  rule(`\\b(?:mijn|mn|het|haar|zijn) leven heeft${gap(3)} geen zin\\b`, true),
  rule(`\\bgeen (?:zin|reden) (?:meer )?(?:om te leven|om door te gaan|om verder te gaan|in het leven|in mijn leven)\\b`, true),
  // Ending one's life.
  rule(`\\b(?:eind|einde) (?:aan|maken aan) (?:mijn|mn|zijn|haar|het|hun|je|jouw) (?:eigen )?leven\\b`),
  rule(`\\ber${gap(2)} (?:een )?(?:eind|einde) aan${gap(2)} (?:maken|maak|maakt)\\b`),
  rule(`\\b(?:maak|maakt|maken) er${gap(1)} (?:een )?(?:eind|einde) aan\\b`),
  rule(`\\b(?:wil|wilt|willen|wou)(?: ik| hij| zij| ze| graag| gewoon| echt| liever| het liefst){0,2} dood\\b`),
  rule(`\\b(?:liever|beter) dood\\b`),
  rule(`\\bdood (?:willen|wil|wou)\\b`),
  rule(`\\bwas ik maar dood\\b|\\bwou dat ik dood was\\b`),
  rule(`\\bvan het leven${gap(1)} (?:beroven|te beroven|beroofd)\\b`),
  rule(`\\b(?:mezelf|mijzelf|zichzelf|zich|hemzelf|haarzelf)${gap(1)} (?:iets )?(?:aandoen|aan te doen|ophangen|op te hangen|van kant maken|van kant te maken|doodmaken)\\b`),
  rule(`\\b(?:doe|doet|deed|ga|gaat) (?:mezelf|mijzelf|zichzelf)${gap(1)} iets aan\\b`),
  rule(`\\bzelf iets (?:aandoen|aan te doen)\\b`),
  // Self-harm (113 is the number for it too): "ik snijd mezelf", "leerling snijdt zichzelf", "ik doe mezelf pijn",
  // "ik kras in mijn armen", "ik heb mezelf weer gesneden". Not accidents ("ik sneed mezelf bij het koken"), and
  // past tense only when repeated or on purpose.
  rule(`\\b${SELF_HARM_PRESENT}${ADV} ${SELF}\\b|\\b${SELF}${ADV} (?:te )?${SELF_HARM_PRESENT}\\b`, false, { clauseBlocks: ACCIDENT }),
  rule(`\\b(?:snijdt|krast|beschadigt) zich\\b`, false, { clauseBlocks: ACCIDENT }),
  rule(`\\b(?:doe|doet|doen) ${SELF}${ADV} pijn\\b|\\b${SELF}${ADV} pijn (?:te )?doen\\b`, false, { clauseBlocks: ACCIDENT }),
  rule(`\\b(?:${SELF_HARM_PAST}${ADV} ${SELF}|${SELF}${ADV} ${SELF_HARM_PAST}|deed ${SELF}${ADV} pijn|${SELF}${ADV} pijn gedaan)\\b`,
    false, { clauseNeeds: SELF_HARM_REPEAT, clauseBlocks: ACCIDENT }),
  rule(`\\b(?:${SELF_HARM_PRESENT}|${SELF_HARM_PAST}|sneetjes|krassen|wondjes)${gap(1)} (?:in|op) (?:mijn|mn|zijn|haar|me|de|hun|eigen) ${BODY_PART}\\b`,
    false, { clauseBlocks: ACCIDENT }),
  // A person who self-harms, described by a verb: "mijn dochter doet aan zelfbeschadiging", "ik worstel met automutilatie".
  rule(`\\b(?:ik|hij|zij|ze|${MY} ${W}|leerling|client|cliente|kind|jongere)${gap(2)} (?:doe|doet|deed|vertoont|vertoonde|pleegt|worstel|worstelt|` +
    `kamp|kampt|heb last van|heeft last van)${gap(2)} (?:aan |met |van )?(?:zelfbeschadig\\w*|zelf beschadig\\w*|automutil\\w*|zelfverwond\\w*|zelfmutil\\w*)`),
  // Methods: trains, heights, pills.
  rule(`\\b(?:voor (?:de|een) (?:trein|metro)|van (?:een|de) (?:brug|flat|dak)) (?:springen|te springen|gaan liggen|liggen|te gaan liggen)\\b`),
  rule(`\\b(?:spring|springt|springen|te springen|gooi|gooit)${gap(1)} (?:van|vanaf|voor|onder) (?:de|een|het|mijn|mn) (?:trein|metro|brug|flat|dak|balkon|toren)\\b`),
  rule(`\\b(?:pillen|medicijnen|slaappillen|tabletten)${gap(2)} (?:gespaard|opgespaard|verzameld|klaarliggen|klaar liggen|klaargelegd|klaar gelegd|klaarleggen)\\b`),
  // Saying goodbye where a life can end, or to everyone ("appt dat ze bij het spoor staat en afscheid wil nemen");
  // not a colleague's farewell party.
  rule(`\\bafscheid${gap(3)} (?:nemen|neemt|te nemen|genomen)\\b|\\bneemt${gap(2)} afscheid\\b`, false, {
    context: /\b(?:spoor|spoorlijn|rails|trein|brug|dak|flat|station|viaduct|water|van iedereen|van het leven|voorgoed|voor altijd)\b/,
  }),
  // Giving up, said while at a place where a life can end ("staat bij het spoor en is er klaar mee"); not "ik ben er
  // klaar mee, de trein is weer te laat" (the place must be where the person is).
  rule(`\\b(?:er|ermee)${gap(1)} klaar mee\\b|\\bklaar (?:met alles|met het leven|met leven)\\b`, false, {
    context: /\b(?:bij|op|naast|langs|aan) (?:het|de|een) (?:spoor|spoorlijn|rails|brug|dak|flat|viaduct|reling|balkon)\b/,
  }),
  // "van het dak van de parkeergarage (gaan) springen": a height with words between it and the verb.
  rule(`\\bvan (?:het|een|de) (?:dak|brug|flat|balkon|toren|parkeergarage|viaduct)${gap(5)} (?:springen|springt|spring|te springen|af springen|af te springen)\\b`),
  rule(`\\b(?:alle|al mijn|al mn|een hele|de hele|een doos|een strip)${gap(1)} (?:pillen|medicijnen|slaappillen|tabletten)${gap(2)} (?:innemen|in te nemen|slikken|te slikken)\\b`),
  rule(`\\boverdosis (?:nemen|te nemen|innemen|in te nemen)\\b|\\bafscheidsbrie[fv]\\w*`),
  // A goodbye message: "dit is mijn laatste bericht", "ik heb de pillen al".
  rule(`\\b(?:mijn|mn) laatste (?:bericht|appje|berichtje|mail)\\b|\\bik heb de (?:pillen|medicijnen|slaappillen|tabletten)(?: al)?\\b(?! voorgeschreven| gekregen| opgehaald)`),
  rule(`\\b(?:zelfmoordgedachten|zelfmoordgedachte|suicidegedachten|suicidale gedachten|doodsgedachten|doodswens|` +
    `zelfmoordpoging|suicidepoging|poging tot zelfmoord|poging tot zelfdoding|zelfmoordplannen|gedachten aan zelfmoord|` +
    `gedachten aan de dood|gedachten over zelfmoord)\\b`),
  rule(`\\b(?:is|lijkt|wordt|ben|was|zijn|werd) (?:erg |heel |acuut |zeer |mogelijk |misschien )?(?:suicidaal|suicidale)\\b`),
  rule(`\\b(?:dreigt|dreigde|praat|sprak|heeft het|begint|denkt|dacht)${gap(3)} (?:over |aan |met )?(?:zelfmoord|zelfdoding|suicide)\\b`),
  // A client talking about death ("praat over de dood", "heeft het over doodgaan").
  rule(`\\b(?:praat|praten|sprak|heeft het|hebben het|begint)${gap(2)} over (?:de dood|doodgaan|dood gaan|dood willen)\\b`),
];

const SUICIDE_TOPIC = /\b(?:zelfmoord\w*|zelfdoding\w*|suicid\w*|zelfbeschadig\w*|zelf beschadig\w*|automutil\w*|zelfmutil\w*|zelfverwond\w*)\b/;
/** A professional topic frame: looking for training, policy or general knowledge, not about a person. */
const PROFESSIONAL_FRAME =
  /preventie|\b(?:training\w*|cursus\w*|scholing\w*|e ?learning\w*|webinar\w*|workshop\w*|beleid\w*|protocol\w*|richtlijn\w*|gatekeeper\w*|voorlichting\w*|lesmateriaal|lespakket\w*|bijeenkomst\w*|cijfers|statistiek\w*|signalen|herkennen|herken|bespreekbaar|folder\w*|campagne\w*|aanbod|bijscholing|module\w*|risicofactor\w*|risicotaxatie|beschermende factoren|handreiking\w*|factsheet\w*)\b/;

const NEGATION_AFTER = /^(?: [a-z0-9]+)?(?: (?:niet|nooit))\b/;
const NEGATION_INSIDE = /\b(?:niet|nooit|geen)\b/;
const REPORTED_SPEECH =
  /\b(?:zegt|zei|zeggen|zeide|vertelt|vertelde|verteld|vertellen|geeft aan|gaf aan|aangeeft|aangegeven|meldt|meldde|schrijft|schreef|noemt|noemde|beweert|beweerde|roept|riep|uitte|appt|appte|fluistert|fluisterde|vertrouwt|vertrouwde|zegde)\b/g;
/**
 * The one who speaks is the aggressor, talking to the writer: "hij zei dat hij me zou vermoorden",
 * "mijn ex appt dat hij me komt halen". Then the reported speech does not make the writer a mere reporter.
 */
const AGGRESSOR_SPEAKS = new RegExp(`(?:^|\\b)(?:hij|${MY} ${PERSON})(?: ${W})? $`);
const NEGATED_BEFORE = /\b(?:geen|zonder)\s*$/;
/**
 * A hypothetical or generic question in the same clause ("wat doe ik als een kind niet naar huis durft",
 * "hoe herken ik of een kind ..."): a request for knowledge, not a situation. Used for acute and victim.
 */
const HYPOTHETICAL = /\b(?:als|wanneer|indien|stel dat|of|zodra)(?: er)? (?:een|je|jij|u|iemand|men|ouders|kinderen|leerlingen|clienten|jongeren|mensen)\b/;
/** A cry for help at the start of the message. With a victim signal it makes the message acute. */
const CRY_FOR_HELP = /^(?:help|hellup|help me|help mij|sos|hulp hulp)\b/;

/** Chat spellings that would hide a signal: 'k / kwil -> ik, 't -> het, hy -> hij, nie -> niet. */
const CHAT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bk(wil|ben|heb|zie|kan|hoor|ga|durf|voel|word|weet|denk|krijg)\b/g, 'ik $1'],
  [/\bk\b/g, 'ik'],
  [/\bt\b/g, 'het'],
  [/\bhy\b/g, 'hij'],
  [/\bzy\b/g, 'zij'],
  [/\b(?:nie|nt)\b/g, 'niet'],
  [/\bzn\b/g, 'zijn'],
  [/\bem\b/g, 'hem'],
];

/** Lower case, accents folded, m'n -> mn, chat spellings, punctuation and quotes -> clause break "|". */
export function normalizeForScreen(text: string): string {
  let t = text
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
  for (const [re, by] of CHAT_WORDS) t = t.replace(re, by);
  return t;
}

/** The clause (between "|" breaks) around position [start, end). */
function clauseAt(text: string, start: number, end: number): { from: number; before: string; clause: string } {
  const from = text.lastIndexOf('|', start) + 1;
  const next = text.indexOf('|', end);
  const to = next === -1 ? text.length : next;
  return { from, before: text.slice(from, start), clause: text.slice(from, to) };
}

/** Reported speech before the match makes the writer a reporter, unless the aggressor is the one speaking. */
function quotesSomeoneElse(text: string, start: number): boolean {
  const before = text.slice(0, start);
  let last: RegExpExecArray | undefined;
  REPORTED_SPEECH.lastIndex = 0;
  for (let m = REPORTED_SPEECH.exec(before); m !== null; m = REPORTED_SPEECH.exec(before)) last = m;
  if (last === undefined) return false;
  const between = before.slice(last.index + last[0].length);
  const aggressorToWriter = !between.includes('|') && /^ dat\b/.test(between) && AGGRESSOR_SPEAKS.test(before.slice(0, last.index));
  return !aggressorToWriter;
}

interface FireOptions {
  reportedSpeechBlocks?: boolean;
  hypotheticalBlocks?: boolean;
}

function fires(text: string, rules: readonly Rule[], opts: FireOptions = {}): boolean {
  for (const r of rules) {
    if (r.context !== undefined && !r.context.test(text)) continue;
    r.re.lastIndex = 0;
    // A clause that failed clauseNeeds / clauseBlocks / beforeBlocks fails for every later match in it too: skip it
    // without testing the clause again (a long message without punctuation is one long clause).
    let failedClauseFrom = -1;
    for (const m of text.matchAll(r.re)) {
      const matched = m[0];
      const start = m.index;
      const end = start + matched.length;
      if (failedClauseFrom !== -1 && text.lastIndexOf('|', start) + 1 === failedClauseFrom) continue;
      const after = text.slice(end);
      if (!r.negationIsSignal && (NEGATION_INSIDE.test(matched) || NEGATION_AFTER.test(after))) continue;
      if (NEGATED_BEFORE.test(text.slice(0, start))) continue;
      if (r.habitBlocks === true && HABIT.test(matched)) continue;
      const { from, before, clause } = clauseAt(text, start, end);
      if ((r.clauseNeeds !== undefined && !r.clauseNeeds.test(clause)) ||
        (r.clauseBlocks !== undefined && r.clauseBlocks.test(clause)) ||
        (r.beforeBlocks !== undefined && r.beforeBlocks.test(before))) {
        failedClauseFrom = from;
        continue;
      }
      if (opts.hypotheticalBlocks === true && HYPOTHETICAL.test(before + matched)) continue;
      if (opts.reportedSpeechBlocks === true && quotesSomeoneElse(text, start)) continue;
      return true;
    }
  }
  return false;
}

export function screenMessage(text: string): SafetyScreen {
  const t = normalizeForScreen(text);
  const suicideStrong = fires(t, SUICIDE_STRONG);
  const suicideTopic = SUICIDE_TOPIC.test(t) && !PROFESSIONAL_FRAME.test(t) && !/\bgeen (?:zelfmoord|suicid|zelfbeschadig|automutil)/.test(t);
  const victim = fires(t, VICTIM, { reportedSpeechBlocks: true, hypotheticalBlocks: true });
  // "help, mijn man slaat me": a cry for help from a victim means it is happening now.
  const scene = sceneSignals(text);
  const play = isTrainingOrPlay(text);
  const acuteDanger = (fires(t, ACUTE, { hypotheticalBlocks: true }) || (victim && CRY_FOR_HELP.test(t)) || scene.acute) && !play;
  return { acuteDanger, suicide: suicideStrong || suicideTopic || scene.suicide, victim: victim && !play };
}
