/**
 * The second half of the safety screen (safetyScreen.ts): a SCENE reading. The rules in safetyScreen.ts each
 * recognise one way of saying "danger now" as a word pattern within a clause. A blind set of 90 messages about
 * danger happening now (tests/answers/acuteProbesF.ts) showed how many other ways people say it: a man with a
 * pistol in the hall, a baby that breathes strangely after being shaken last night, a girl to be married off
 * tonight while her family waits in the car, a colleague's goodbye message. What they share is not a phrase
 * but two things in the same sentence or the next: something that harms or threatens someone, and a sign that it
 * is happening now or within hours (or that the person is here, followed, held). This reads those two
 * separately, by kind, and combines them:
 *
 * - act (hit, stabbed, raped, strangled, shaken, burnt, bleeding) + now, or + someone present or coming back;
 *   a habit word ("vaak", "als hij niet luistert") takes the act away: a habit is a worry, not an emergency;
 * - threat or weapon (a knife, "ben je dood", "maakt het af", a stalker, a contact ban) + now or today;
 * - held or taken (locked in, held, pulled into a van, taken along) + now or today or a cry for help;
 * - sent away (married off, cut, passport taken, tickets ready) + within days;
 * - a body in danger (not breathing well, limp, dehydrated, a baby in the sun) + now or a baby;
 * - a drunk or high parent about to drive with children, or coming to fetch them; a young child alone tonight with
 *   nobody, or who cannot go home tonight after a threat;
 * - a child who swallowed pills or cleaning fluid; a fire set; shots fired; a chase by someone who is a danger; a head
 *   injury with vomiting in a young child; a fracture or bleeding in a baby seen now (second blind set, acuteProbesG).
 *
 * Suicide: a goodbye (a farewell message, giving things away, "ik ben er morgen niet meer"), a method at hand
 * (jumping, a train, a rope bought, pills taken, driving into a tree), or two weaker signs together.
 *
 * Not a scene: a joke or figure of speech ("ik schiet me dood van het lachen", "die deadline vermoordt me"), unless
 * the message also says someone is afraid; a training case, a game, a hypothetical ("stel dat", "wat doe ik als"), the past ("vorig jaar"),
 * "geen direct gevaar". "Wat moet ik nu doen" is a question, not "now". When in doubt the screen shows 112:
 * an unneeded emergency card costs a second of reading, a missed one can cost a life. The must-not tables in
 * tests/answers/safetyScreenCases.ts and the non-acute questions of every evaluation set bound the noise.
 */

/** Lower-case, accent-folded words of one sentence, no punctuation. */
function words(sentence: string): string {
  return sentence
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(m|z|d)['\u2019](n)\b/g, '$1$2')
    .replace(/['\u2018\u2019`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "Wat moet ik nu doen", "moet ik daar nu al iets mee", "net als", "net aangesteld": no sign of "now". */
const NOT_NOW =
  /\b(?:wat (?:moet|moeten|doe|doen|kan|kunnen|zal|zou|ga|gaan) (?:ik|we|wij|je|u|ze|zij|hij|jullie)(?: \w+)? nu|wat nu|(?:moet|moeten|kan|kunnen|mag|mogen|ga|gaan|zal|zullen) (?:ik|we|wij|je|u|ze|zij|hij|jullie)(?: \w+)? nu|is (?:dit|het) nu|nu al|nu pas|net als|net zo|net niet|net aangesteld|net begonnen|net gestart|net nieuw|net gemeld|(?:net|zojuist|nu) (?:gehoord|verteld|gelezen|gezien dat)|(?:vertelde|vertelt|hoorde|las|zei|zegt) (?:\w+ )?(?:net|zojuist|nu)|tot nu toe|nu en dan|van nu)\b/g;

const NOW = /\b(?:ik (?:zie|hoor)(?! dat)|zie ik|hoor ik(?! dat)|hoor (?:\w+ ){0,5}(?:door de muur|boven|beneden|hiernaast|naast)|nu|net|zojuist|zonet|daarnet|op dit moment|momenteel|onderweg|zo meteen|zometeen|meteen|onmiddellijk|\d+ min(?:uten|uut)? geleden|over \d+ min(?:uten)?|aan het \w+en|(?:staat|staan) te \w+en|houdt niet op|rijdt (?:\w+ ){0,2}weg)\b/;
const TODAY = /\b(?:vanavond|vannacht|vanochtend|vanmorgen|vanmiddag|vandaag|straks|morgen\w*|om \d+ uur|om \d+u|om \d+|deze nacht|over (?:een|\d+|anderhalf|half|een half|een paar) (?:uur|kwartier|minuten))\b/;
const WITHIN_DAYS = /\b(?:morgen\w*|vanavond|vannacht|straks|vandaag|overmorgen|over (?:\d+|een|twee|drie|paar) (?:uur|dagen|dag|weken|week)|deze week|tickets?|vliegtickets?|ligt klaar|liggen klaar|koffers)\b/;
/** The one who harms is there or coming: then a habit or an earlier act makes it worse, not less urgent. */
const AGGRESSOR_COMING =
  /\b(?:staat (?:\w+ ){0,4}(?:buiten|voor de deur|aan de deur|op het schoolplein|in de hal|in de gang|beneden)|(?:voor|aan) (?:de|het|haar|zijn|mijn|onze) (?:deur|huis|raam|woning)(?: \w+){0,3} staat|achtervolg\w*|rijdt (?:\w+ ){0,3}achter|achter (?:haar|hem|mij|me|ons|mama|papa) aan\w*|aan het zoeken|zoekt (?:haar|hem|mij|me|ons)|weet waar (?:ze|hij|ik|we)|komt (?:\w+ ){0,3}(?:halen|ophalen|eraan)|ophaalt|onderweg|laat (?:me|mij|ons|haar|hem) niet (?:gaan|weg|los))\b/;
/** The one at risk is here, hiding or on the way home to it, or the aggressor is at the place or cannot be kept out. */
const SOMEONE_HERE =
  /\b(?:staat (?:\w+ ){0,4}(?:op het plein|bij de deur|voor ons|voor het|voor de|aan de balie|bij de balie|in de wachtkamer|in de spreekkamer|in de klas|op de groep)|(?:aan|bij) de balie staat|is (?:nog )?(?:in huis|binnen)|nog in huis|zit (?:\w+ ){0,3}(?:bij mij|bij ons|op kantoor|in de auto|in zijn auto|in haar auto|in een auto|onder (?:zijn|haar) bed|op de wc|in de wc|op het toilet|in de badkamer)|om (?:haar|hem|mij|me) te zoeken|weet waar (?:ze|hij|ik|we) (?:is|ben|zijn|zit|zitten)|komt (?:\w+ ){0,3}(?:binnen|langs)|wacht(?:en)? (?:\w+ ){0,3}buiten|loopt (?:\w+ ){0,3}(?:richting|naar)|rent (?:\w+ ){0,3}binnen|kwam (?:\w+ ){0,2}binnen|hier binnen|wordt (?:\w+ )?agressief|laat (?:me|mij|ons|haar|hem) niet door|belt (?:me|mij) (?:nu|net)|belt de hele tijd|neemt (?:de telefoon )?niet (?:meer )?op|thuiskomt|naar huis (?:moet|moeten|gaat)|weer (?:van school )?(?:ophalen|halen))\b/;
/** A message from someone in it now ("appt me dat ...", "belt me"): what it tells is happening while it is sent. */
const LIVE_MESSAGE = /\b(?:appt|appte|belt|sms t|stuurt|snapt) (?:me|mij)(?: net| nu| zojuist)?\b/;
const PAST = /\b(?:gisteren|gisteravond|eergisteren|vorige|vorig|laatst|afgelopen|toen)\b/;
const HABIT = /\b(?:vaak|soms|regelmatig|altijd|steeds|elke|iedere|wel eens|weleens|als (?:hij|ze|zij) (?:niet|te)|af en toe|jaren|maanden|weken lang|sinds jaren|al maanden|al weken|(?:wordt|worden) (?:\w+ )?(?:geslagen|mishandeld|geschopt)|(?:geslagen|mishandeld|geschopt) (?:wordt|worden))\b/;

const ACT =
  /\b(?:slaat|sloeg|geslagen|schopt|schopte|geschopt|steekt|stak|gestoken|steekwond\w*|verkracht|aangerand|gewurgd|wurgt|wurgde|geknepen|knijpt|kneep|geschud|geschut|brandwond\w*|bijtwond\w*|bebloed\w*|bloedt|bloedend|neergegooid|smijt|smeet|gesmeten|ramt|grijpt \w+ (?:in|bij|aan) (?:de|zijn|haar) (?:nek|keel|haren)|aan (?:haar|zijn) haren|in (?:haar|zijn) nek|keel dicht\w*|met een stoel|kussen op (?:haar|zijn|mijn) gezicht|(?:kon|kan) niet meer ademen|gesmoord|smoort|deur (?:\w+ )?(?:ingetrapt|ingeslagen|opengebroken)|ingetrapt|ruit (?:\w+ )?(?:ingegooid|ingeslagen)|er wordt geschoten|beschoten|schietpartij|schoten gehoord|in elkaar geslagen|mishandeld|hoorde (?:\w+ ){0,2}klap|een klap|verbinding (?:is )?(?:weg|verbroken)|(?:gooit|gegooid|smijt|gesmeten|duwt|geduwd|slaat) (?:\w+ ){0,3}tegen (?:de|een) (?:muur|grond|vloer|deur|kast|radiator)|tegen (?:de|een) (?:muur|grond|vloer|deur|kast) (?:\w+ )?(?:gegooid|gesmeten|geduwd|geslagen|gegooid))\b/;
/** Sounds of violence going on ("ik hoor al tien minuten gegil en gebonk"): heard now, they are the scene itself. */
const NOISE = /\b(?:gegil|gebonk|gekrijs|hulpgeroep|roept om hulp|roepen om hulp|om hulp (?:roept|roepen|schreeuwt)|schreeuwt om hulp|gillen|gilt)\b/;
/** Someone who does not move or wake up: an emergency whoever caused it ("mama ligt op de grond en beweegt niet"). */
const UNRESPONSIVE = /\b(?:beweegt niet(?: meer)?(?! (?:genoeg|veel|graag|zo ?veel|vaak|mee|meer genoeg))|bewusteloos|buiten bewustzijn|ademt niet|niet (?:meer )?aanspreekbaar|wordt niet (?:meer )?wakker|ligt (?:\w+ ){0,3}op de (?:grond|vloer) (?:\w+ ){0,3}(?:beweegt|reageert) niet)(?! (?:genoeg|veel|graag|mee))\b/;
/** Exploitation about to happen: picked up by a loverboy's people, taken to a client. */
const EXPLOITER = /\b(?:loverboy\w*|pooier\w*|uitbuiter\w*|mensenhandelaar\w*|souteneur)\b/;
const PICKED_UP = /\b(?:opgehaald|ophalen|haalt (?:\w+ )?op|meegenomen|meenemen|naar een klant|naar klanten|moet werken|moet (?:\w+ ){0,4}mee)\b/;
/** Sexual abuse that happens again tonight ("komt 's nachts bij haar in bed ... vanavond past hij weer op"). */
const SEXUAL = /\b(?:in bed komt|bij (?:haar|hem) in bed|aan (?:haar|hem) zit|zit aan (?:haar|hem)|betast|misbruikt|verkracht)\b/;
const THREAT =
  /\b(?:mes|messen|keukenmes|pistool|vuurwapen|geweer|wapen|bijl|hamer|knuppel|honkbalknuppel|boksbeugel|machete|schaar|iets scherps|gaat (?:\w+ ){0,2}(?:steken|neersteken|doodsteken|schieten|vermoorden|kapot slaan)|kapot te slaan|kapot slaan|nooit meer (?:zien|ziet|zie)|te schreeuwen|jerrycan|benzine|neerschiet\w*|doodschiet\w*|schiet (?:\w+ )?(?:neer|dood)|dood ?maakt|dood ?maken|vermoord\w*|het af te maken|maak (?:je|jou|haar|hem|jullie) af|maakt (?:je|jou|haar|hem|me|mij|jullie) af|iets aan te doen|iets aandoen|wat aandoen|wat aan te doen|ben je dood|bent dood|krijgt niemand|verder gaat|erger wordt|wordt het erger|dreigt|dreigde|gedreigd|bedreigt|agressief|schreeuwt|schreeuwd|tiert|razend|woedend|door het dolle)\b/;
/** A ban or a stalker: a risk that becomes an emergency when the person is there now. */
const BAN = /\b(?:gestalkt|stalkt|stalker|contactverbod|straatverbod|straatverbot|huisverbod|geen gezag|niet op de ophaallijst)\b/;
const HELD =
  /\b(?:opgesloten|opsluit|sluit \w+ op|vastgehouden|houdt \w+ vast|vastgebonden|vastbindt|laat (?:me|mij|ons|haar|hem) niet (?:gaan|weg|los)|meegetrokken|meegesleurd|ontvoer\w*|in een busje|afgesloten kamer|niet teruggekomen|meenemen|meeneemt|neemt \w+ mee|gevlucht|gevlucht met|niet naar buiten)\b/;
const SENT_AWAY =
  /\b(?:uitgehuwelijkt|uithuwelijken|om te trouwen|moet trouwen|trouwen met|gaat trouwen|besneden|besnijden|besnijdenis|rein gemaakt|paspoort (?:is )?(?:afgepakt|afgenomen|ingenomen|weg)|paspoort niet meer|terugbrengt|achtergelaten|achterlaten|niet meer terug(?:komt|komen|mag|gaat)|naar het land van (?:haar|zijn) ouders|land van herkomst)\b/;
const BODY =
  /\b(?:ademt (?:\w+ ){0,2}(?:raar|niet|slecht|moeilijk|vreemd)|niet goed ademt|ademt niet|geen adem|blauw (?:ziet|aangelopen|wordt)|reageert (?:\w+ )?(?:slap|niet)|slap|bewusteloos|buiten bewustzijn|niet (?:meer )?aanspreekbaar|niet meer wakker|uitgedroogd|in de volle zon|niet meer praatte|praat niet meer|ligt in (?:haar|zijn) (?:ontlasting|urine|poep|plas)|kan niet opstaan)\b/;
const BABY_OR_FRAIL = /\b(?:baby|babytje|zuigeling|peuter|dreumes|kind|kindje|dementie|demente|mevrouw (?:van )?\d+|meneer (?:van )?\d+|oudere|bejaarde|oma|opa)\b/;
const INTOXICATED = /\b(?:dronken|bezopen|onder invloed|stoned|high|lallen|lalt|drugs gebruikt|ladderzat|stomdronken)\b/;
const DRIVE_WITH_CHILD = /\b(?:auto|rijden|rijdt|wegrijden|rijdt weg|achter het stuur)\b/;
const CHILDREN = /\b(?:kind|kinderen|kindje|kids|zoon|zoontje|dochter|dochtertje|peuter|kleuter|baby|broertje|zusje|ze|hen)\b/;
const ALONE_TONIGHT = /\b(?:alleen thuis|niemand (?:is er|die voor|thuis|zorgt)|helemaal alleen)\b/;
const CRY = /\b(?:help|sos|hulp nodig)\b/;
/** Poison swallowed by a child (pills, cleaning fluid): an emergency whoever is to blame. */
const POISONED =
  /\b(?:(?:pillen|pil|medicijnen|tabletten|slaappillen|schoonmaakmiddel|bleek|chloor|gootsteenontstopper|ontstopper|wasmiddel|vaatwastablet\w*|lampenolie|drugs|xtc|methadon)(?: \w+){0,4} (?:ingeslikt|geslikt|opgegeten|leeggedronken|opgedronken|gedronken|binnengekregen)|(?:ingeslikt|leeggedronken|opgedronken)(?: \w+){0,3} (?:pillen|medicijnen|tabletten|schoonmaakmiddel|bleek|chloor))\b/;
const YOUNG = /\b(?:baby|peuter|dreumes|kleuter|kind|kindje|zoontje|dochtertje|jongetje|meisje|van \d+ (?:jaar|maanden))\b/;
/** Violence told in the progressive ("staat dronken over haar heen te schreeuwen en te schoppen"): going on now. */
const VIOLENT_PROGRESSIVE = /\b(?:staat|staan|zit|zitten|ligt) (?:\w+ ){0,8}te (?:schoppen|slaan|trappen|duwen|wurgen|knijpen|slopen|smijten|mishandelen)\b/;
/** Shots fired where someone is ("er wordt geschoten in de straat"). */
const SHOOTING = /\b(?:er wordt (?:\w+ ){0,2}geschoten|schietpartij|schoten gehoord|hoor (?:\w+ ){0,2}schoten|schiet (?:\w+ ){0,3}om zich heen)\b/;
/** A fire set, or a building on fire with people inside. */
const FIRE = /\b(?:brand (?:\w+ )?(?:gesticht|gestoken)|in brand (?:gestoken|gezet|steekt|zet)|steekt (?:\w+ ){0,3}in brand|staat in brand)\b/;
/** A head injury in a young child with vomiting or drowsiness, or a fracture or bleeding in a baby: see a doctor now. */
const HEAD_INJURY = /\b(?:bult op (?:zijn|haar|het) hoofd|hoofdletsel|hoofdwond|op (?:zijn|haar) hoofd gevallen|hersenschudding)\b/;
const HEAD_WARNING = /\b(?:braakt|spuugt|overgeven|overgeeft|suf|sufferig|slaperig|versuft)\b/;
const SERIOUS_INJURY = /\b(?:gebroken (?:arm|been|rib\w*|sleutelbeen|schedel)|botbreuk\w*|fractu\w*|bloeding\w*|schedelbreuk)\b/;
/** Afraid or unable to go home tonight: with a threat, a drunk parent or violence, that is an emergency. */
const NOT_HOME = /\b(?:durft? (?:\w+ )?niet (?:mee|naar huis)|wil (?:\w+ )?niet naar huis|kan (?:\w+ )?niet naar huis|bang om naar huis)\b/;
/** A minor taken along by an adult man tonight ("moet met een oudere man mee naar een feestje"). */
const OLDER_MAN = /\b(?:oudere|volwassen|volwassene) (?:man|mannen|vent|jongen|jongens)\b/;

/** Not a scene: training, play, a hypothetical, the past, or "no danger now" said outright. */
const FRAME =
  /\b(?:e ?learning|elearning|rollenspel|oefencasus|oefening|toets|examen|tentamen|speelden|spelletje|politie en boef|stel dat|stel je voor|wat als|wat doe ik als|wat doe je als|wat doen jullie als|wat moet ik doen als|wat doen we als|protocol|hoe (?:herken|bespreek|reageer|handel|ga) (?:ik|je|we|u)|vorig jaar|vorige (?:week|maand)|jaren geleden|maanden geleden|geen (?:direct|acuut|acute|onmiddellijk) (?:gevaar|dreiging)|niet acuut|film|serie|boek|nieuwsbrief)\b/;

/** For suicide signs only training, play and hypotheticals block: a goodbye today is one whatever happened before. */
const PLAY_OR_TRAINING = /\b(?:e ?learning|elearning|rollenspel|oefencasus|oefening|toets|examen|tentamen|spelletje|stel dat|stel je voor|wat als|wat doe ik als|wat moet ik doen als|wat doen we als|hoe (?:herken|bespreek|reageer|handel|ga) (?:ik|je|we|u)|film|serie|boek)\b/;

const SUICIDE_STRONG =
  /\b(?:afscheids ?(?:brief|brieven|bericht\w*|filmpje|fimpje|video\w*|mail|appje|tekst)|afscheid (?:neemt|nemen|genomen)|neemt (?:\w+ ){0,2}afscheid|er (?:morgen |straks |vanavond )?niet meer (?:ben|zijn|is|zal zijn)|ben er (?:morgen|straks|vanavond|dan) niet meer|(?:morgen|straks|vanavond|vannacht|dan) ben ik er niet meer|niet verder (?:wil|willen) leven|wil niet (?:meer )?leven|touw (?:\w+ ){0,4}(?:liggen|klaar)|(?:neem|neemt|slik|slikt) (?:\w+ ){0,3}(?:al mijn|al zijn|al haar|alle) (?:\w+ )?(?:pillen|slaappillen|tabletten|medicijnen|insuline)|(?:insuline|slaappillen) (?:\w+ )?(?:opgespaard|gespaard|verzameld)|allemaal in een keer (?:neemt|innemen|inneemt|slikt|slikken)|voor altijd (?:doei|dag|weg|slapen)|doei voor altijd|dag voor altijd|gaat springen|wil springen|springt|springen van|van (?:de|het|een) (?:brug|dak|flat|balkon|viaduct) (?:af )?(?:springen|te springen)|voor de trein|voor een trein|op het spoor|tegen een boom|touw (?:\w+ ){0,2}(?:gekocht|klaar\w*|opgehangen|neergelegd)|(?:klaargelegd|klaar gelegd|ligt klaar|liggen klaar) (?:\w+ ){0,3}(?:touw|strop|pillen)|strip \w+ (?:ingenomen|geslikt)|(?:pillen|tabletten|medicijnen|pilletjes) (?:ingenomen|geslikt|opgespaard|gespaard|verzameld)|(?:ingenomen|geslikt) (?:\w+ ){0,3}(?:pillen|tabletten|strip)|niet meer verder wil|wil niet meer verder|wil er een eind aan maken|maakt er een eind aan|er een einde aan|(?:zichzelf|mezelf|mijzelf|zich)(?: \w+){0,2} iets (?:\w+ )?(?:aandoen|aandoet|aan te doen|aan doen))\b/;
const SUICIDE_WEAK =
  /\b(?:spullen weggegeven|weggegeven aan|geeft (?:\w+ ){1,2}spullen weg|sorry voor alles|dank voor alles|bedankt voor alles|zorg goed voor (?:mijn|de) (?:kat|hond|kinderen)|na vandaag|geen zorgen meer (?:om|over) (?:mij|me)|alles geregeld|het vanavond gaat doen|gaat het (?:vanavond|vannacht) doen|staat op het balkon|allemaal voorbij|is het voorbij|van (?:ze|jullie|je|hem|haar) hou|het is goed zo|neemt niet (?:meer )?op|reageert (?:op )?(?:niks|niets) meer|reageert niet meer|richting (?:het spoor|de brug|het station|het water)|op (?:de|een) brug|op het dak|op de rand|vanaf het dak|zegt dat (?:hij|ze) het doet|(?:kat|hond|huisdier|kinderen) (?:moet|moeten) (?:verzorgen|opvangen)|voor (?:mijn|haar|zijn) (?:kat|hond|kinderen) (?:te )?zorgen|(?:morgen|straks|vanavond|vannacht) (?:\w+ ){0,2}voorbij|doet het vanavond|het vanavond doet|vannacht doet|niemand (?:\w+ ){0,2}(?:gaat|zal) (?:\w+ ){0,2}missen|niemand mist (?:me|mij|hem|haar))\b/g;

export interface SceneSignals {
  readonly acute: boolean;
  readonly suicide: boolean;
}

/** Sentences, and each pair of neighbouring sentences: the act may be in one and "now" in the next. */
function windows(text: string): string[] {
  const sentences = text
    .split(/[.!?\n\r]+/)
    .map(words)
    .filter((s) => s !== '');
  const out = [...sentences];
  for (let i = 0; i + 1 < sentences.length; i++) out.push(`${sentences[i]} ${sentences[i + 1]}`);
  return out;
}

function acuteScene(w: string): boolean {
  const plain = w.replace(NOT_NOW, ' ');
  const now = NOW.test(plain);
  const today = TODAY.test(plain);
  const coming = AGGRESSOR_COMING.test(plain);
  // Present: the person at risk is here or the aggressor there or coming.
  const present = coming || SOMEONE_HERE.test(plain);
  const habit = HABIT.test(plain);
  if (ACT.test(plain) && (now || present) && (coming || (!habit && !PAST.test(plain)))) return true;
  if ((ACT.test(plain) || SEXUAL.test(plain)) && today && /\bweer\b/.test(plain) && !habit) return true;
  const live = LIVE_MESSAGE.test(plain) && !habit && !PAST.test(plain);
  if ((THREAT.test(plain) || ACT.test(plain)) && live && /\b(?:probeert|is|zit|staat|slaat|schopt|dreigt|komt|wil)\b/.test(plain)) return true;
  if (THREAT.test(plain) && (now || present || (today && /\b(?:mes|pistool|vuurwapen|geweer|wapen|dood|het af te maken|erger|verder gaat|krijgt niemand|aandoen|aan te doen|jerrycan|benzine)\b/.test(plain)))) return true;
  if (BAN.test(plain) && (now || (present && !habit))) return true;
  if (HELD.test(plain) && (now || present || (today && !habit) || CRY.test(plain) || LIVE_MESSAGE.test(plain)) && !(PAST.test(plain) && !coming && !present)) {
    // "meenemen" alone is ordinary ("mag vader hem meenemen"); it counts when someone with no right to, or a threat, is there.
    const onlyTaking = !/\b(?:opgesloten|opsluit|sluit \w+ op|vastgehouden|houdt \w+ vast|vastgebonden|vastbindt|laat (?:me|mij|ons|haar|hem) niet|meegetrokken|meegesleurd|ontvoer\w*|busje|afgesloten kamer|niet teruggekomen|gevlucht|niet naar buiten)\b/.test(plain);
    if (!onlyTaking || THREAT.test(plain) || INTOXICATED.test(plain)) return true;
  }
  if (SENT_AWAY.test(plain) && WITHIN_DAYS.test(plain)) return true;
  if (BODY.test(plain) && (now || today || present || BABY_OR_FRAIL.test(plain) || LIVE_MESSAGE.test(plain))) return true;
  if (UNRESPONSIVE.test(plain) && !PAST.test(plain) && !habit) return true;
  if (NOISE.test(plain) && (now || present || ACT.test(plain)) && !habit && !PAST.test(plain)) return true;
  if (EXPLOITER.test(plain) && PICKED_UP.test(plain) && (now || today || present) && !habit) return true;
  if (INTOXICATED.test(plain) && DRIVE_WITH_CHILD.test(plain) && CHILDREN.test(plain) && (now || present || /\b(?:wil|gaat|zet|loopt)\b/.test(plain))) return true;
  if (ALONE_TONIGHT.test(plain) && /\b(?:vanavond|vannacht|nacht|niemand|onbereikbaar|sinds gisteren|\d{1,2} (?:00|30) uur|nu)\b/.test(plain) && /\b(?:kind|jongen|meisje|peuter|kleuter|baby|van \d+)\b/.test(plain)) return true;
  const past = PAST.test(plain);
  if (SHOOTING.test(plain) && !past && !habit) return true;
  if (VIOLENT_PROGRESSIVE.test(plain) && !past && !habit) return true;
  if (POISONED.test(plain) && YOUNG.test(plain) && !habit) return true;
  if (FIRE.test(plain) && !habit && (!past || now || present)) return true;
  if (HEAD_INJURY.test(plain) && HEAD_WARNING.test(plain) && BABY_OR_FRAIL.test(plain)) return true;
  if (SERIOUS_INJURY.test(plain) && /\b(?:baby|zuigeling|van \d+ (?:weken|maanden))\b/.test(plain) && (now || present || today)) return true;
  if (NOT_HOME.test(plain) && (today || now) && (THREAT.test(plain) || INTOXICATED.test(plain) || ACT.test(plain) || /\bgedreigd\b/.test(plain))) return true;
  // A drunk parent who comes to fetch a child, or is drunk and aggressive with the children at home.
  if (INTOXICATED.test(plain) && CHILDREN.test(plain) && !habit && !past && (coming || ((now || present || today) && /\b(?:halen|ophalen|ophaalt)\b/.test(plain)) || (THREAT.test(plain) && /\b(?:thuis|alleen met)\b/.test(plain)))) return true;
  // Chased: "achtervolgd", or someone who is a danger driving after them ("ex rijdt achter ons aan"), not a colleague.
  const chased = /\b(?:achtervolgd|achtervolgt)\b/.test(plain) || (/\bachter (?:ons|haar|hem|mij|me) aan\b/.test(plain) && /\b(?:ex|expartner|exman|exvriend|stalker|man|vader|partner)\b/.test(plain));
  if (chased && (now || present || /\b(?:auto|snelweg|fiets)\b/.test(plain)) && !habit && !past) return true;
  if (OLDER_MAN.test(plain) && /\b(?:meisje|jongen|leerling|dochter|zoon) van 1[0-7]\b/.test(plain) && PICKED_UP.test(plain) && (now || today || present)) return true;
  return false;
}

function suicideScene(w: string): boolean {
  if (SUICIDE_STRONG.test(w)) return true;
  return (w.match(SUICIDE_WEAK) ?? []).length >= 2;
}

/** Training or play: a knife in an e-learning case or "ik maak je dood" in a game is no emergency, whatever the rules read. */
const PLAY = /\b(?:e ?learning|elearning|rollenspel|oefencasus|politie en boef|speelden|spelletje|toneelstuk)\b/;
/** A figure of speech or a joke ("ik schiet me dood van het lachen", "die deadline vermoordt me", "riep het als grap"). */
const JOKE = /\b(?:dood van het lachen|lach (?:me|mij|ons|je) dood|lachen (?:ons|me) dood|deadline|als grap(?:je)?|voor de grap)\b/;
const FEAR = /\b(?:bang|angstig|doodsbang|paniek|in gevaar)\b/;
export function isTrainingOrPlay(text: string): boolean {
  const w = words(text);
  return PLAY.test(w) || (JOKE.test(w) && !FEAR.test(w));
}

/** Danger now, and signs of suicide, read from the whole scene (see the comment at the top). */
export function sceneSignals(text: string): SceneSignals {
  const all = words(text);
  const ws = windows(text);
  return { acute: !FRAME.test(all) && ws.some(acuteScene), suicide: !PLAY_OR_TRAINING.test(all) && ws.some(suicideScene) };
}
