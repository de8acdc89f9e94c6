/*
 * RETIRED AS SEALED on 2026-12-04: scored once, at commit df20955 (198 entries), with `npm run eval:sealed`; the
 * figures are in BENCHMARKS.md ("Answer quality"). Afterwards its 5 acute misses were studied and the safety
 * screen got general rules for them (fb48c2c). From then on it is a tuning set (TUNING_SET_D): a new sealed set
 * must be written, blind, before the next measurement.
 */
/*
 * Sealed set 2 — a blind evaluation set for Meldwijzer (meldcode huiselijk geweld en kindermishandeling,
 * regio Gooi en Vechtstreek).
 *
 * How and when: written on 2026-12-04 by a helper session, blind. The author did NOT open, list or grep
 * anything under knowledge/, bot/, cards/, scripts/ or tests/ (apart from creating this one file; a single
 * directory listing of tests/answers/ showed file names only and no file there was opened), did not read
 * BENCHMARKS.md, did not look at any git diff or history of those paths, did not read any other evaluation
 * or tuning set, and did not run the bot or any evaluation script. The only project material read was
 * /work/shared/domain/facts.md, /work/shared/DESIGN.md and the regional programme in /work/shared/seed/.
 * Every expected fact was taken from a public page found with the search tool (official and sector pages:
 * Veilig Thuis Gooi en Vechtstreek and other Veilig Thuis regions, NJi, Augeo, KNMG, KNOV, IGJ,
 * Onderwijsinspectie, Raad voor de Kinderbescherming, LKHA, CSG, LECK, Slachtofferhulp, politie,
 * Wegwijzer Mensenhandel, gemeenten) or from the shared fact sheet; each in-scope item cites its page.
 *
 * Rules for this set:
 * - It is sealed: do not tune the bot, its knowledge, synonyms or thresholds on these questions. Run it only
 *   to measure, and report the score as a blind score. Once it has been used to tune anything, retire it.
 * - Questions are written as professionals type in Teams: typos, no capitals, abbreviations (VT, AF, IB'er,
 *   JGZ, SMW, pm'er), long case descriptions and mixed concerns. The English items are meant as greetings:
 *   the bot is Dutch-only and should answer them with its short greeting/intro reply.
 *
 * Scoring notes:
 * - case / everyday / direct: pass when EVERY fact group appears in the answer card's text; inside a group one
 *   alternative suffices; matching is case- and accent-insensitive substring matching. Groups hold generous
 *   alternative wordings and number formats, so a correct answer in other words should still pass. Only the
 *   1–3 facts a correct short answer must contain are demanded.
 * - acute: pass when the first card is the emergency card (112, or 113 for suicide). No facts.
 * - out-of-scope: pass when the bot declines (no answer card). Several share words with the domain on purpose
 *   ("melding", "veilig", "mishandeling" of an animal, "aangifte" of tax).
 * - greeting: pass on the short greeting reply (also for thanks and English input).
 * - about: whom the worry is about; used only when the bot first asks "Over wie maakt u zich zorgen?".
 */
import type { BlindQuestion } from '../blindScore.ts';

// ---- shared fact groups (alternatives; one suffices) ----
const VT = ['Veilig Thuis'] as const;
const VT_NR = ['0800-2000', '0800 2000', '08002000', '0800-20 00', '0800 20 00'] as const;
const ADVIES = ['advies', 'adviseren', 'adviesvraag', 'raadplegen', 'consulteren', 'overleggen met Veilig Thuis'] as const;
const MELDEN = ['melden', 'melding'] as const;
const ANON = ['anoniem', 'anonim', 'zonder namen', 'zonder naam', 'geen namen'] as const;
const ACUUT = ['acute', 'acuut'] as const;
const STRUCTUREEL = ['structurele', 'structureel'] as const;
const BURGEMEESTER = ['burgemeester'] as const;
const TIEN_DAGEN = ['10 dagen', 'tien dagen'] as const;
const VIER_WEKEN = ['28 dagen', 'vier weken', '4 weken', 'achtentwintig dagen'] as const;
const CSG = ['Centrum Seksueel Geweld', 'CSG'] as const;
const CSG_NR = ['0800-0188', '0800 0188', '08000188', '0800 01 88'] as const;
const LKHA = ['LKHA', 'Landelijk Knooppunt', 'Knooppunt Huwelijksdwang'] as const;
const KINDCHECK = ['kindcheck', 'kind-check'] as const;
const VOLWASSEN = ['volwassen'] as const;
const MELDRECHT = ['meldrecht', 'zonder toestemming'] as const;
const GEHEIM = ['beroepsgeheim', 'geheimhouding', 'zwijgplicht'] as const;
const IGJ = ['Inspectie Gezondheidszorg en Jeugd', 'IGJ'] as const;
const ZORGRELATIE = ['zorgrelatie'] as const;
const VI = ['vertrouwensinspecteur'] as const;
const VI_NR = ['0900-1113111', '0900 1113111', '0900-111 3111', '0900 111 3111', '09001113111'] as const;
const BESTUUR = ['bestuur', 'bevoegd gezag'] as const;
const HOUDER = ['houder'] as const;
const AANGIFTE = ['aangifte'] as const;
const LETSEL = ['LECK', 'Landelijk Expertise Centrum Kindermishandeling', 'letselduiding', 'forensisch'] as const;
const SHN = ['Slachtofferhulp'] as const;
const SHN_NR = ['0900-0101', '0900 0101', '09000101'] as const;
const POLITIE = ['politie'] as const;
const POL_NR = ['0900-8844', '0900 8844', '09008844', '0900-88 44', '0900 88 44'] as const;
const ARBEIDSINSPECTIE = ['Arbeidsinspectie'] as const;
const UITBUITING = ['uitbuiting', 'mensenhandel', 'uitgebuit'] as const;
const MH_ROUTE = ['politie', 'CoMensha', 'Meld Misdaad Anoniem', 'Veilig Thuis', 'Fier'] as const;
const COMENSHA = ['CoMensha'] as const;
const KT = ['Kindertelefoon'] as const;
const KT_NR = ['0800-0432', '0800 0432', '08000432'] as const;
const FIN_MISBRUIK = ['financieel misbruik', 'financiele uitbuiting', 'financieel uitgebuit', 'financiele mishandeling', 'ouderenmishandeling'] as const;
const ONTSPOORD = ['ontspoorde mantelzorg', 'ontspoorde zorg', 'overbelast', 'overbelasting'] as const;
const OVERBELAST = ['overbelast', 'onmacht', 'onkunde', 'onwetendheid'] as const;
const MANTELZORG = ['mantelzorg'] as const;
const AF = ['aandachtsfunctionaris'] as const;
const COLLEGA = ['collega', 'collegiale'] as const;
const GETUIGE = ['getuige'] as const;
const KM = ['kindermishandeling'] as const;
const VGV = ['besnijdenis', 'genitale verminking', 'VGV', 'besneden'] as const;
const STRAFBAAR = ['strafbaar', 'verboden'] as const;
const EGG_EXPERT = ['deskundige', 'expert', 'expertise', 'LEC EGG', 'specialist', 'Landelijk Expertise Centrum Eergerelateerd'] as const;
const VASTLEGGEN = ['vastleggen', 'vastgelegd', 'leg vast', 'leg de', 'noteer', 'noteren', 'opschrijven', 'schrijf', 'dossier', 'documenteer', 'documenteren', 'registreer'] as const;
const FEITEN = ['feiten', 'feitelijk', 'waarneming', 'observatie', 'objectief', 'letterlijk', 'wat je ziet', 'wat u ziet'] as const;
const VEILIGHEIDSBEOORDELING = ['veiligheidsbeoordeling', '5 werkdagen', 'vijf werkdagen', '5 dagen', 'vijf dagen'] as const;
const TERUGKOPPELING = ['terugkoppel', 'terugrapport', 'terugmeld', 'informeert de melder', 'melder wordt geinformeerd', 'melder geinformeerd'] as const;
const RADAR = ['radar'] as const;
const VERBINDEN = ['combineren', 'verbinden', 'bij elkaar', 'verschillende melders', 'meerdere melders', 'verschillende bronnen', 'samenvoegen'] as const;
const MDA = ['MDA'] as const;
const EEN_PLAN = ['1 gezin', '1 plan', '1 regie', 'gezin, een plan', 'gezin, 1 plan', 'regisseur', 'casusregie'] as const;
const MULTIDISCIPLINAIR = ['multidisciplin', 'MDA'] as const;
const ZVH = ['Zorg- en Veiligheidshuis', 'Zorg en Veiligheidshuis', 'Veiligheidshuis', 'ZVH'] as const;
const HWC_SIGNAAL = ['geboortedatum', 'codewoord'] as const;
const SCHOOL = ['school', 'leraar', 'leerkracht'] as const;
const VIR = ['verwijsindex'] as const;
const VIR_23 = ['23 jaar', 'tot 23', 'drieentwintig'] as const;
const MATCH = ['match'] as const;
const OPVANG = ['Blijf Groep', 'Oranje Huis', 'vrouwenopvang'] as const;
const AWARE = ['Aware'] as const;
const SPORT = ['Centrum Veilige Sport', 'vertrouwenscontactpersoon', 'vertrouwenspersoon'] as const;
const VERWAARLOZING = ['verwaarlozing', 'verwaarloos'] as const;
const EMOTIONEEL = ['emotionele', 'emotioneel', 'psychische', 'psychisch', 'geestelijk'] as const;
const LICHAMELIJK = ['lichamelijk', 'fysiek'] as const;
const SEKSUEEL_MISBRUIK = ['seksueel misbruik', 'seksuele mishandeling', 'seksueel geweld'] as const;
const HG = ['huiselijk geweld'] as const;
const GESPREK = ['gesprek', 'bespreek', 'bespreken'] as const;
const OPEN_MELDEN = ['bespre', 'vertel', 'informeer', 'informeren', 'uitleg', 'transparant', 'gesprek'] as const;
const UITZONDERING_VEILIGHEID = ['veiligheid', 'gevaar', 'contact verbreekt', 'contact verbreken', 'contact zal verbreken', 'bedreiging'] as const;
const ANON_UITZONDERING = ['uitzondering', 'alleen als', 'alleen wanneer', 'tenzij', 'in principe niet', 'niet anoniem', 'in beginsel'] as const;
const VERANTWOORDELIJK = ['verantwoordelijk'] as const;
const REGIE_VT = ['regie', 'verantwoordelijk', 'onderzoek', 'oppakt', 'overneemt', 'neemt over'] as const;
const GOOI = ['Gooi en Vechtstreek', 'Gooi & Vechtstreek'] as const;
const SIGNALEN = ['signalen'] as const;
const BESLISSEN = ['beslis', 'besluit'] as const;
const VERMOEDEN = ['vermoeden'] as const;
const AANVAARDEN = ['aanvaard', 'accepte', 'bereid', 'meewerk', 'werken mee', 'staan open'] as const;
const HULP = ['hulp'] as const;
const GEEN_CONTACT = ['geen contact', 'contactverbod', 'niet benaderen'] as const;
const OPNIEUW = ['opnieuw', 'ondanks', 'herhaal', 'voortduurt', 'doorgaat', 'blijft terugkomen', 'nog steeds'] as const;
const AFWEGINGSKADER = ['afwegingskader', 'afweging'] as const;
const STAPPEN = ['afwegingskader', 'stappen', 'stappenplan', 'stap'] as const;
const OUDERSIGNALEN = ['oudersignalen', 'ouderkenmerken', 'psychische problemen', 'kindcheck'] as const;
const ZWANGER = ['zwanger'] as const;
const BROERS_ZUSSEN = ['broer', 'zus'] as const;
const CRIMINELE_UITBUITING = ['criminele uitbuiting', 'uitbuiting', 'mensenhandel'] as const;
const CONTACT_VT_DESKUNDIG = ['Veilig Thuis', 'politie'] as const;
// Either thing Veilig Thuis does with a report: investigate, or assess safety first.
const ONDERZOEK_BEOORDELING = ['onderzoek', 'veiligheidsbeoordeling', 'beoordeelt', 'inschatting'] as const;

// ---- source pages (public URLs that state the facts) ----
const S = {
  GGD_TWENTE_STAPPEN: 'https://www.ggdtwente.nl/professionals/voor-onderwijs-en-kinderopvang/kindermishandeling-en-huiselijk-geweld',
  SIGNALENKAART_MELDCODE: 'https://signalenkaart.nl/meldcode/',
  NJI_AFWEGINGSKADER: 'https://www.nji.nl/kindermishandeling/afwegingskader-meldcode',
  AUGEO_KINDCHECK: 'https://www.augeo.nl/nl-nl/kindcheck',
  HG_KINDCHECK: 'https://www.huiselijkgeweld.nl/vormen/kindcheck-signaleren-van-kindermishandeling-op-basis-van-oudersignalen',
  AUGEO_VEILIG_THUIS: 'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/',
  AUGEO_AF: 'https://www.augeo.nl/nl-nl/meldcode/wat-moet-ik-doen/aandachtsfunctionaris/',
  AUGEO_GETUIGE: 'https://www.augeo.nl/nl-nl/kindermishandeling/getuige-van-partnergeweld/',
  VTGV_FAQ: 'https://www.veiligthuisgv.nl/veelgestelde-vragen/',
  VTGV_HUISVERBOD: 'https://www.veiligthuisgv.nl/over-ons/huisverbod/',
  VTGV_ONDERZOEK: 'https://www.veiligthuisgv.nl/professionals/onderzoek/',
  VTGV_MELDCODE: 'https://www.veiligthuisgv.nl/professionals/meldcode/',
  VTGV_HWC: 'https://www.veiligthuisgv.nl/professionals/handle-with-care/',
  RAALTE_HUISVERBOD: 'https://www.raalte.nl/tijdelijk-huisverbod',
  ROTTERDAM_HUISVERBOD: 'https://www.rotterdam.nl/huisverbod',
  CSG: 'https://www.centrumseksueelgeweld.nl/category/in-de-media/',
  LKHA: 'https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij',
  RVDK_HUWELIJKSDWANG: 'https://www.kinderbescherming.nl/themas/huwelijksdwang-en-achterlating',
  RVDK_VGV: 'https://www.kinderbescherming.nl/themas/vrouwelijke-genitale-verminking',
  GGD_AMSTERDAM_VGV: 'https://www.ggd.amsterdam.nl/nieuws/wees-alert-signalen-meisjesbesnijdenis/',
  EGG_FACTSHEET: 'https://psychotraumanet.org/nl/factsheet-de-meldcode-bij-vermoedens-van-eergerelateerd-geweld?bg=8',
  VTU_FINANCIEEL: 'https://www.veiligthuisutrecht.nl/expertise/financieel-misbruik/',
  AANPAK_OM_MANTELZORG: 'https://www.aanpak-ouderenmishandeling.nl/ontspoorde-mantelzorg',
  ROTTERDAM_MANTELZORG: 'https://www.rotterdam.nl/verborgen-leed-mantelzorger',
  CCV_LOVERBOYS: 'https://hetccv.nl/onderwerpen/seksuele-uitbuiting/loverboys/signaleren-en-melden/',
  WEGWIJZER_MENSENHANDEL: 'https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel',
  RIEC_MENSENHANDEL: 'https://riecnoord.nl/actueel/onzeogenopmensenhandel',
  IGJ_ZORGRELATIE: 'https://www.igj.nl/onderwerpen/geweld-in-de-zorgrelatie',
  OUDERS_ONDERWIJS_VI: 'https://oudersenonderwijs.nl/kennisbank/pesten-veiligheid-en-gezondheid/fysieke-veiligheid/vertrouwensinspecteur-onderwijsinspectie/',
  BOINK_MELDCODE: 'https://www.boink.info/meldcode-kindermishandeling',
  GASTOUDER_VI: 'https://www.kennisnetwerkgastouderopvang.nl/facsheet-meldingen-vertouwensinspecteur/',
  LECK_KORT: 'https://leck.nu/leck/in-het-kort/',
  LECK_PROFESSIONALS: 'https://leck.nu/professionals/',
  SLACHTOFFERHULP: 'https://www.slachtofferhulp.nl/professionals/een-slachtoffer-doorverwijzen/doorverwijzen-naar-slachtofferhulp/',
  POLITIE_HG: 'https://www.politie.nl/themas/huiselijk-geweld.html',
  POLITIE_STALKING: 'https://www.politie.nl/nieuws/2021/mei/16/08-man-aangehouden-op-verdenking-van-stalking-bedreiging-en-mishandeling.html',
  KINDERTELEFOON: 'https://www.vriendenkindertelefoon.nl/kindertelefoon',
  NVO_MELDRECHT: 'https://www.nvo.nl/veelgestelde-vragen/wat-als-veilig-thuis-informatie-wil-over-de-behandeling-van-een-ouder-of-kind',
  KNMG_BEROEPSGEHEIM: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/bijlage-2-beroepsgeheim-bij-melden-van-kindermishandeling-en-huiselijk-geweld',
  KNMG_ANONIEM: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/bijlage-3-een-anonieme-melding-doen-bij-veilig-thuis',
  MELDCODE_NU_MELDEN: 'https://www.meldcode.nu/melden/',
  RTVU_VEILIGHEIDSBEOORDELING: 'https://www.rtvutrecht.nl/nieuws/3667596/inspectie-wachttijden-bij-veilig-thuis-zijn-te-lang',
  VT_ZEELAND_TAKEN: 'https://www.veiligthuiszeeland.nl/over-veilig-thuis-zeeland/',
  VTHM_ADVIES_MELDING: 'https://www.veiligthuishollandsmidden.nl/professionals/advies-en-melding/',
  RADARFUNCTIE_FAQ: 'https://www.wildekastanje.nl/trainingen/meldcode/extra-info/veelgestelde-vragen/',
  VERWIJSINDEX_ZEELAND: 'https://www.verwijsindexzeeland.nl/actieplan/',
  VERWIJSINDEX_MIDDEN_NL: 'http://www.verwijsindexmiddennederland.nl/hoe-werkt-het',
  HG_MDA: 'https://www.huiselijkgeweld.nl/interventies/publicaties/interventies/2018/12/18/multidisciplinaire-aanpak',
  GOOISE_MEREN_ZVH: 'https://begroting.gooisemeren.nl/jaarstukken-2020/project/doorontwikkelen-zorg-en-veiligheidshuis',
  ALMERE_ORANJE_HUIS: 'https://www.almere.nl/wonen/zorg-en-welzijn/oranje-huis/',
  FIER_CHAT: 'https://www.omropfryslan.nl/nieuws/915933-chat-met-fier-bereikt-onzichtbare-slachtoffers-seksueel-geweld',
  CENTRUM_VEILIGE_SPORT: 'https://centrumveiligesport.nl/over-cvsn/waar-kun-je-terecht',
  KNOV_MELDCODE: 'https://www.knov.nl/kennis-en-scholing/vakkennis-en-wetenschap/vakkennis/meldcode-kindermishandeling-en-huiselijk-geweld',
  NTVT_MONDZORG: 'https://www.ntvt.nl/artikel/124/4/de-rol-van-de-mondzorgverlener-bij-het-signaleren-van-kindermishandeling',
  RICHTLIJN_KM: 'https://richtlijnenjeugdhulp.nl/kindermishandeling/waar-gaat-deze-richtlijn-over/frequentie-duur-en-ernst',
  AWARE: 'https://expertisecentrum-hgkm.nl/aware/',
} as const;

export const TUNING_SET_D: readonly BlindQuestion[] = [
  // =====================================================================================
  // CASE descriptions from a named role
  // =====================================================================================
  { q: "Ik ben pedagogisch medewerker op een kdv in Huizen. Een peuter van 2 heeft voor de derde keer deze maand blauwe plekken op zijn bovenarmen en moeder zegt steeds dat hij gevallen is. Wat moet ik nu doen?", kind: 'case', about: 'kind', facts: [VT, COLLEGA], source: S.GGD_TWENTE_STAPPEN },
  { q: "Als wijkverpleegkundige kom ik bij een meneer van 84 met beginnende dementie. Zijn dochter doet zijn bankzaken en ik zie dat er elke week grote bedragen gepind worden, terwijl de koelkast leeg is en hij zegt dat hij geen geld heeft voor de kapper. Valt dit onder de meldcode?", kind: 'case', about: 'oudere', facts: [FIN_MISBRUIK, VT], source: S.VTU_FINANCIEEL },
  { q: "ik ben IB'er op een basisschool in Hilversum. een leerling uit groep 5 vertelde vandaag aan de juf dat papa mama had geslagen en dat ze onder de tafel was gekropen. moeder ontkent alles. is dit eigenlijk kindermishandeling als het kind zelf niet geslagen is?", kind: 'case', about: 'kind', facts: [GETUIGE, KM], source: S.AUGEO_GETUIGE },
  { q: "Huisarts hier. Een patiënte (32) komt voor de derde keer met 'van de trap gevallen', nu met een gebroken pols. Ze wil absoluut niet dat ik iets doe omdat haar man dan door het lint gaat. Mag ik zonder haar toestemming Veilig Thuis inschakelen, ik heb toch beroepsgeheim?", kind: 'case', about: 'partner', facts: [MELDRECHT, GEHEIM], source: S.KNMG_BEROEPSGEHEIM },
  { q: "Ik ben verloskundige in Bussum. Een zwangere cliënte van 30 weken heeft blauwe plekken op haar buik en haar vriend praat tijdens elk consult voor haar. Ik krijg haar nooit alleen te spreken. Hoe pak ik dit aan volgens onze meldcode?", kind: 'case', about: 'partner', facts: [VT, STAPPEN], source: S.KNOV_MELDCODE },
  { q: "JGZ-verpleegkundige op het consultatiebureau in Gooise Meren. Moeder vertelt dat ze vorig jaar een psychose had en nu gestopt is met haar medicatie, ze is overdag alleen met een baby van 3 maanden en een peuter. Ik zie de kinderen goed groeien maar maak me zorgen. Wat zijn mijn stappen?", kind: 'case', about: 'kind', facts: [OUDERSIGNALEN, STAPPEN], source: S.AUGEO_KINDCHECK },
  { q: "ik ben tandarts. meisje van 7 komt voor de zoveelste keer met een gebit vol gaatjes en pijn, ouders komen afspraken niet na en zeggen dat ze geen tijd hebben om te poetsen. is dit verwaarlozing en moet ik hier iets mee met de meldcode?", kind: 'case', about: 'kind', facts: [VERWAARLOZING, ['meldcode', 'stappenplan', 'Veilig Thuis']], source: S.NTVT_MONDZORG },
  { q: "juf groep 3 hier. Een jongetje komt al weken zonder ontbijt, in dezelfde vieze kleren en valt in slaap in de klas. Ik heb het met mijn IB'er besproken. Moet ik nu eerst de ouders aanspreken of eerst Veilig Thuis bellen?", kind: 'case', about: 'kind', facts: [GESPREK, VT, ADVIES], source: S.SIGNALENKAART_MELDCODE },
  { q: "Ik ben mentor van 3 havo. Een leerlinge (15) vertelt dat haar ouders haar deze zomer naar Marokko meenemen en dat ze daar misschien moet blijven omdat ze 'te westers' is geworden. Ze is echt bang. Wat kan ik doen?", kind: 'case', about: 'kind', facts: [VT, LKHA], source: S.RVDK_HUWELIJKSDWANG },
  { q: "MBO-docent zorg en welzijn. Een studente van 17 heeft sinds kort een veel oudere vriend, ineens dure spullen, verzuimt veel en gisteren werd ze door een auto met drie mannen opgehaald bij school. Ik vermoed een loverboy. Waar meld ik dit?", kind: 'case', about: 'kind', facts: [MH_ROUTE, UITBUITING], source: S.CCV_LOVERBOYS },
  { q: "Ik ben vrijwillig trainer bij een voetbalclub in Laren. Een andere trainer stuurt meisjes van 13 's avonds berichtjes en wil ze 'extra training' geven bij hem thuis. Ik vind het niet pluis. Waar kan ik hiermee terecht?", kind: 'case', about: 'kind', facts: [SPORT], source: S.CENTRUM_VEILIGE_SPORT },
  { q: "Thuiszorgmedewerker in Eemnes. Mevrouw (79) wordt verzorgd door haar zoon die bij haar inwoont. Hij is zelf helemaal op, schreeuwt tegen haar en ik zag dat hij haar veel te hard aan haar arm trok bij het opstaan. Hij zegt dat hij het niet meer trekt. Wat nu?", kind: 'case', about: 'oudere', facts: [ONTSPOORD, VT], source: S.ROTTERDAM_MANTELZORG },
  { q: "Ik werk als EVV'er in een verpleeghuis. Een collega van de nachtdienst gaat heel ruw om met een bewoner met dementie en heeft hem een klap gegeven toen hij niet wilde meewerken bij het verschonen. Wat moet onze organisatie hiermee, moet dit ergens gemeld worden?", kind: 'case', about: 'oudere', facts: [IGJ, MELDEN], source: S.IGJ_ZORGRELATIE },
  { q: "Ik ben psycholoog in de ggz. Mijn cliënt (38) heeft een ernstige depressie en drinkt veel, en terloops vertelde hij dat hij 's middags alleen voor zijn kinderen van 4 en 6 zorgt. Ik behandel alleen hem. Moet ik daar iets mee?", kind: 'case', about: 'kind', facts: [KINDCHECK, VOLWASSEN], source: S.AUGEO_KINDCHECK },
  { q: "Ik werk in het wijkteam in Wijdemeren. Vorige week is er een huisverbod opgelegd aan de vader in een gezin dat ik begeleid. Hoe lang duurt zo'n huisverbod en wie beslist of het verlengd wordt?", kind: 'case', about: 'partner', facts: [TIEN_DAGEN, BURGEMEESTER], source: S.RAALTE_HUISVERBOD },
  { q: "jeugdhulpverlener hier. ik begeleid al een half jaar een gezin, het ging beter maar vorige week was er toch weer een incident waarbij vader moeder heeft geduwd terwijl de kinderen erbij stonden. ik bied al hulp, moet ik dan toch nog melden?", kind: 'case', about: 'kind', facts: [VT, MELDEN, OPNIEUW], source: S.NJI_AFWEGINGSKADER },
  { q: "Ik ben kraamverzorgende. In het gezin waar ik nu zit drinkt de vader elke dag vanaf de middag en vannacht hoorde ik geschreeuw en iets kapotgaan. Moeder vraagt me het aan niemand te vertellen. De baby is 5 dagen oud. Wat doe ik?", kind: 'case', about: 'kind', facts: [VT, ['advies', 'melden', 'melding']], source: S.AUGEO_VEILIG_THUIS },
  { q: "Wijkagent in Huizen. We komen steeds vaker op hetzelfde adres voor ruzie tussen de ouders, er wonen kinderen van 8 en 10 die alles meekrijgen. Wat doet Veilig Thuis eigenlijk met zo'n melding van ons?", kind: 'case', about: 'kind', facts: [VT, ONDERZOEK_BEOORDELING], source: S.VT_ZEELAND_TAKEN },
  { q: "Ik ben apotheker. Een vaste klant, meneer van 80, komt tegenwoordig altijd met een buurman die zijn pinpas heeft en hem 'even' geld laat opnemen. Meneer lijkt bang voor die man. Kan ik hier iets mee?", kind: 'case', about: 'oudere', facts: [FIN_MISBRUIK, VT], source: S.VTU_FINANCIEEL },
  { q: "schoolmaatschappelijk werker vo: een jongen van 14 vertelt dat zijn stiefvader hem met een riem slaat als hij te laat thuis is. Hij smeekt me niks te zeggen want dan wordt het erger. Ik wil zijn vertrouwen niet beschamen. Wat is wijsheid?", kind: 'case', about: 'kind', facts: [VT, MELDEN], source: S.AUGEO_VEILIG_THUIS },
  { q: "Ik ben aandachtsfunctionaris bij een kinderopvangorganisatie. Een pm'er zag dat een collega een kind van 3 hardhandig vastpakte en door elkaar schudde. Welke route geldt hier, is dit de gewone meldcode?", kind: 'case', about: 'kind', facts: [VI, HOUDER], source: S.BOINK_MELDCODE },
  { q: "Als teamleider van een wijkteam: we hebben over een gezin een melding gedaan bij VT. Bij wie ligt nu de verantwoordelijkheid voor de aanpak, en moeten wij nog iets blijven doen?", kind: 'case', about: 'kind', facts: [VT, VERANTWOORDELIJK], source: S.MELDCODE_NU_MELDEN },
  { q: "ik werk op de bso. een meisje van 9 zegt dat ze 's avonds vaak alleen thuis is met haar broertje van 4 omdat mama werkt, ze maakt dan zelf eten op het fornuis. is dit al iets voor de meldcode of overdrijf ik?", kind: 'case', about: 'kind', facts: [VT, ADVIES], source: S.AUGEO_VEILIG_THUIS },
  { q: "Docent vo: een leerling (14) vertelt me dat een collega-docent haar via Snapchat om foto's vraagt en haar na de les heeft gezoend. Ik weet niet of ik dit bij de directie moet melden of bij Veilig Thuis, het is toch geen huiselijk geweld?", kind: 'case', about: 'kind', facts: [VI, BESTUUR], source: S.OUDERS_ONDERWIJS_VI },
  { q: "Maatschappelijk werker: een cliënte (22) van Afghaanse afkomst wordt door haar broers gevolgd en bedreigd omdat ze een Nederlandse vriend heeft. De familie zegt dat ze 'de eer heeft geschonden'. Hoe handel ik hierin?", kind: 'case', about: 'anders', facts: [EGG_EXPERT, CONTACT_VT_DESKUNDIG], source: S.EGG_FACTSHEET },
  { q: "Verloskundige: bij de intake vertelt een Somalische vrouw dat ze zelf besneden is als meisje. Ze verwacht nu een dochter. Wat moet ik hiermee volgens de meldcode?", kind: 'case', about: 'kind', facts: [STRAFBAAR, VT], source: S.RVDK_VGV },
  { q: "ik ben leerkracht groep 6, een meisje uit Eritrea vertelt blij dat ze in de zomervakantie een groot feest krijgt daar 'om een echte vrouw te worden'. Haar oudere zus is besneden. Ik maak me zorgen, wat kan ik doen?", kind: 'case', about: 'kind', facts: [VT, VGV], source: S.GGD_AMSTERDAM_VGV },
  { q: "wijkverpleegkundige in Blaricum: een echtpaar van in de 80, meneer heeft alzheimer en slaat zijn vrouw soms als ze hem wast. Zij wil geen hulp want 'hij kan er niks aan doen'. Valt dit wel onder de meldcode?", kind: 'case', about: 'oudere', facts: [VT, ['ouderenmishandeling', 'huiselijk geweld']], source: S.VTGV_MELDCODE },
  { q: "Ik ben gezinscoach en wil melden bij VT over een gezin, maar vader is erg agressief en ik ben bang voor wat hij doet als hij hoort dat ik het was. Kan ik als professional anoniem melden?", kind: 'case', about: 'kind', facts: [ANON, UITZONDERING_VEILIGHEID], source: S.MELDCODE_NU_MELDEN },
  { q: "Pedagogisch medewerker peuteropvang: een meisje van 3 speelt seksuele dingen na met de poppen en zei 'dat doet oom ook'. Ik schrok me rot. Wat moet ik nu wel en niet doen?", kind: 'case', about: 'kind', facts: [VASTLEGGEN, ['Veilig Thuis', 'aandachtsfunctionaris', 'collega']], source: S.SIGNALENKAART_MELDCODE },
  { q: "mbo docent: een studente van 19 vertelt dat ze na de zomer moet trouwen met een neef uit Turkije, ze wil niet maar durft niet te weigeren want dan verstoot de familie haar. wat kan ik doen en waar kan zij terecht?", kind: 'case', about: 'anders', facts: [VT, LKHA], source: S.LKHA },
  { q: "Ik ben leidinggevende op een bso. Twee jongens van 8 en 11 zijn betrapt op seksuele spelletjes op de wc, de jongste zat te huilen. Welke route van het protocol hoort hierbij?", kind: 'case', about: 'kind', facts: [['kinderen onderling', 'grensoverschrijdend']], source: S.BOINK_MELDCODE },
  { q: "Ik zit in het wijkteam Gooise Meren en twijfel over een gezin, ik weet niet of het ernstig genoeg is. Kan ik VT bellen zonder meteen namen te noemen?", kind: 'case', about: 'kind', facts: [ANON, ADVIES], source: S.VTGV_FAQ },
  { q: "GGZ-behandelaar: cliënte vertelt dat haar ex haar vorige week bijna heeft gewurgd en dat hij nog een sleutel van haar huis heeft. Ze wil per se geen melding. Volgens mij is dit acuut onveilig, wat zegt het afwegingskader dan?", kind: 'case', about: 'partner', facts: [VT, MELDEN, ACUUT], source: S.NJI_AFWEGINGSKADER },
  { q: "Directeur basisschool in Huizen: we kregen een mail van Veilig Thuis met alleen een naam, een geboortedatum en 'Handle with Care'. Wat betekent dit en wat wordt er van de leerkracht verwacht?", kind: 'case', about: 'kind', facts: [POLITIE, ['steun', 'aandacht']], source: S.VTGV_HWC },
  { q: "jeugdarts: baby van 4 maanden met blauwe plekken op beide wangen en een bult op het hoofd, ouders zeggen dat de broer van 2 erop is gevallen. ik twijfel of de toedracht past bij het letsel. wie kan meekijken?", kind: 'case', about: 'kind', facts: [LETSEL], source: S.LECK_PROFESSIONALS },
  { q: "Mentor vo: leerlinge (16) wordt door haar ex (19) continu gebeld, hij wacht haar op na school en dreigt haar naaktfoto's te verspreiden als ze niet terugkomt. Haar ouders weten van niks. Wat kan ik doen?", kind: 'case', about: 'kind', facts: [POLITIE], source: S.POLITIE_STALKING },
  { q: "Pedagogisch medewerker: de ouders van een jongen van 4 zitten in een vechtscheiding, bij het brengen en halen schreeuwen ze tegen elkaar waar hij bij staat en vader dreigde moeder vorige week. Telt dat ook als kindermishandeling?", kind: 'case', about: 'kind', facts: [GETUIGE, KM], source: S.AUGEO_GETUIGE },
  { q: "SEH-verpleegkundige: een vrouw van 24 komt binnen en vertelt dat ze gisteravond na het stappen verkracht is. Ze twijfelt over aangifte en schaamt zich. Waar verwijs ik haar naar?", kind: 'case', about: 'anders', facts: [CSG, CSG_NR], source: S.CSG },
  { q: "GZ-psycholoog: cliënte (26) met een zware verslaving vertelt dat ze zwanger is. Ze heeft nog geen kinderen. Geldt de kindcheck dan ook al?", kind: 'case', about: 'kind', facts: [KINDCHECK, ZWANGER], source: S.AUGEO_KINDCHECK },
  { q: "hulpverlener verslavingszorg: mijn cliënt is 17, gebruikt heel veel en woont thuis met twee broertjes van 9 en 11. Moet ik dan ook zoiets als een kindcheck doen, hij is zelf nog minderjarig?", kind: 'case', about: 'kind', facts: [KINDCHECK, BROERS_ZUSSEN], source: S.AUGEO_KINDCHECK },
  { q: "Ik ben gastouder. Een vader haalt zijn dochter van 2 de laatste tijd regelmatig op terwijl hij duidelijk gedronken heeft, en hij rijdt dan met de auto. Gisteren weer. Wat kan ik hiermee?", kind: 'case', about: 'kind', facts: [VT, ADVIES], source: S.AUGEO_VEILIG_THUIS },
  { q: "Casusregisseur in Huizen: gezin met drie eerdere VT-meldingen en jaren hulpverlening, maar het geweld komt steeds terug en iedereen werkt langs elkaar heen. Is dit iets voor MDA++ en hoe werkt dat?", kind: 'case', about: 'kind', facts: [MDA, EEN_PLAN], source: S.HG_MDA },
  { q: "huisarts: ik heb 3 weken geleden een melding gedaan bij VT over een kind uit mijn praktijk en ik hoor niks. Krijg ik nog te horen wat ermee gebeurd is?", kind: 'case', about: 'kind', facts: [TERUGKOPPELING], source: S.VT_ZEELAND_TAKEN },
  { q: "JGZ-arts: Veilig Thuis belt mij voor informatie over een gezin dat zij onderzoeken, de ouders hebben geen toestemming gegeven. Mag ik dan gewoon informatie geven?", kind: 'case', about: 'kind', facts: [['zonder toestemming', 'meldrecht']], source: S.NVO_MELDRECHT },
  { q: "IB'er: we gaan melden bij VT over een leerling, maar moeten we de ouders dat vooraf vertellen? Ik ben bang dat ze het kind dan van school halen en verhuizen.", kind: 'case', about: 'kind', facts: [OPEN_MELDEN, UITZONDERING_VEILIGHEID], source: S.SIGNALENKAART_MELDCODE },
  { q: "studentbegeleider mbo: een student van 18 wordt thuis door zijn vader geslagen. hij is meerderjarig, dus is dit nog iets voor de meldcode of moet hij het zelf oplossen?", kind: 'case', about: 'anders', facts: [HG, VT], source: S.VTGV_MELDCODE },
  { q: "Sociaal werker in Laren: een vrouw van 45 krijgt van haar man geen eigen geld, hij controleert haar telefoon en ze mag niet alleen de deur uit. Er is geen lichamelijk geweld. Is dit dan wel huiselijk geweld en kan ik bij VT terecht?", kind: 'case', about: 'partner', facts: [HG, VT], source: S.VTGV_FAQ },
  { q: "Leerkracht groep 7: een leerling is na de zomervakantie niet teruggekomen. Klasgenoten zeggen dat ze bij haar oma in Pakistan moet blijven en dat haar paspoort is afgepakt. Wie schakel ik in?", kind: 'case', about: 'kind', facts: [VT, LKHA], source: S.RVDK_HUWELIJKSDWANG },
  { q: "Jeugdzorgwerker op een leefgroep: een meisje van 16 wordt seksueel uitgebuit maar wil met ons niet praten, alleen misschien anoniem chatten met iemand. Is daar iets voor?", kind: 'case', about: 'kind', facts: [['Fier']], source: S.FIER_CHAT },
  { q: "Wijkteammedewerker: een Poolse man die ik spreek werkt 12 uur per dag in een kas, zijn paspoort ligt bij de baas en hij woont met 10 man in een huis waarvoor hij huur betaalt aan diezelfde baas. Waar meld ik dit?", kind: 'case', about: 'anders', facts: [ARBEIDSINSPECTIE], source: S.WEGWIJZER_MENSENHANDEL },
  { q: "Ik behandel een man in de ggz die toegeeft dat hij zijn vrouw soms slaat als hij gedronken heeft. Ze hebben een baby. Hij wil er zelf aan werken met mij. Moet ik melden of mag ik zelf de hulp bieden?", kind: 'case', about: 'partner', facts: [AFWEGINGSKADER, VT], source: S.NJI_AFWEGINGSKADER },
  { q: "Ambulant begeleider LVB: mijn cliënte (23) met een licht verstandelijke beperking wordt door haar 'vriend' gedwongen seks te hebben met zijn vrienden voor geld. Wat moet ik doen?", kind: 'case', about: 'anders', facts: [MH_ROUTE, UITBUITING], source: S.WEGWIJZER_MENSENHANDEL },
  { q: "Leidinggevende thuiszorg: we hebben geen aandachtsfunctionaris in ons team. Wat doet zo iemand eigenlijk en heb ik er een nodig?", kind: 'case', facts: [AF, COLLEGA], source: S.AUGEO_AF },
  { q: "pm'er kdv: een moeder scheldt haar dochter van 3 bij het ophalen steeds uit, 'kutkind' en 'ik had je nooit moeten krijgen'. Geen blauwe plekken. Is dat kindermishandeling?", kind: 'case', about: 'kind', facts: [EMOTIONEEL, KM], source: S.RICHTLIJN_KM },
  { q: "Maatschappelijk werker: een moeder met twee kinderen uit Hilversum kan echt niet meer thuis blijven door haar gewelddadige partner, ze moet deze week weg. Is er opvang voor haar in of bij onze regio?", kind: 'case', about: 'partner', facts: [OPVANG], source: S.ALMERE_ORANJE_HUIS },
  { q: "Huisarts: patiënte is vorige maand mishandeld door haar ex en heeft aangifte gedaan. Ze loopt nu vast met alle praktische zaken en de schade. Kan ik haar ergens aanmelden?", kind: 'case', about: 'partner', facts: [SHN, SHN_NR], source: S.SLACHTOFFERHULP },
  { q: "zorgcoördinator vo: een meisje van 14 wordt door haar oudere broer gecontroleerd, ze mag niet mee op schoolkamp en niet met jongens praten 'voor de eer van de familie'. Ze lijkt bang. Hoe pak ik dit aan?", kind: 'case', about: 'kind', facts: [EGG_EXPERT], source: S.EGG_FACTSHEET },
  { q: "GGZ-verpleegkundige: de moeder van een cliënt belt dat haar volwassen zoon (28) haar duwt en bedreigt als hij geld wil. Is dit ook huiselijk geweld, het is toch haar kind?", kind: 'case', about: 'oudere', facts: [HG, ['aangifte', 'melding', 'melden']], source: S.POLITIE_HG },
  { q: "pm'er: we hebben vorige week gemeld bij VT over een peuter. De ouders zijn nu boos op ons. Wat gaat Veilig Thuis eigenlijk doen en hoe snel?", kind: 'case', about: 'kind', facts: [VEILIGHEIDSBEOORDELING], source: S.RTVU_VEILIGHEIDSBEOORDELING },
  { q: "leerkracht: vader zegt dat een tik met de slipper in zijn cultuur normaal is als opvoeding. Het kind (7) had vandaag striemen op zijn benen. Hoe ga ik daarmee om?", kind: 'case', about: 'kind', facts: [LICHAMELIJK, KM], source: S.RICHTLIJN_KM },
  { q: "Fysiotherapeut aan huis: mevrouw (70) heeft steeds nieuwe blauwe plekken op haar bovenarmen, haar kleinzoon woont sinds kort bij haar in en zij wordt heel stil als hij binnenkomt. Wat kan ik doen?", kind: 'case', about: 'oudere', facts: [VT, ['ouderenmishandeling', 'huiselijk geweld']], source: S.VTGV_MELDCODE },
  { q: "Logopedist: een jongetje van 5 zei tijdens de oefening dat papa 'pijn doet bij zijn plasser'. Ik weet niet of ik het goed begrepen heb. Wat moet ik nu vastleggen en wie bel ik?", kind: 'case', about: 'kind', facts: [VASTLEGGEN, VT], source: S.SIGNALENKAART_MELDCODE },
  { q: "Pedagogisch medewerker bso: een moeder vertelt bij het ophalen dat haar man haar gisteren in het gezicht sloeg terwijl hun zoon erbij was. Ze vraagt me niks te doen. Wat nu?", kind: 'case', about: 'partner', facts: [VT, MELDEN], source: S.AUGEO_VEILIG_THUIS },
  { q: "Huisarts: een meisje van 16 komt voor de morning-afterpil en vertelt dat ze gisteravond door een paar jongens gedwongen is. Ze wil het niet aan haar ouders vertellen. Waar kan ik haar nu direct naartoe verwijzen?", kind: 'case', about: 'kind', facts: [CSG, CSG_NR], source: S.CSG },
  { q: "JGZ-verpleegkundige: een vader vertelt eerlijk dat hij soms zo boos wordt op zijn huilende baby dat hij haar zou willen door elkaar schudden. Er is (nog) niks gebeurd. Moet ik hier iets mee?", kind: 'case', about: 'kind', facts: [VT, ADVIES], source: S.AUGEO_VEILIG_THUIS },
  { q: "Wijkverpleegkundige in Huizen: cliënte zegt dat haar man haar 'soms duwt', ik heb het met haar besproken maar nu ontkent ze het. Ik twijfel hoe ernstig het is. Wat is de volgende stap?", kind: 'case', about: 'partner', facts: [VT, ADVIES], source: S.AUGEO_VEILIG_THUIS },
  { q: "mentor: leerling (17) vertelt dat haar vader haar al jaren aanraakt op een manier die niet klopt. Ze is bijna 18 en wil niet dat ik meld. Mag ik dan niks doen?", kind: 'case', about: 'kind', facts: [VT, MELDEN], source: S.AUGEO_VEILIG_THUIS },
  { q: "Ik ben vrijwilliger bij een hockeyclub en jeugdtrainer. Een jongen van 10 heeft vaak blauwe plekken en zijn vader scheldt hem langs de lijn helemaal uit. Wij hebben als club geen meldcode. Kan ik dan toch ergens advies vragen?", kind: 'case', about: 'kind', facts: [VT, ANON], source: S.VTGV_FAQ },
  { q: "Tandarts: een vrouw van 40 komt met een afgebroken voortand en zegt dat ze tegen de deur is gelopen, al de derde keer dit jaar. Ik denk aan huiselijk geweld. Wat kan ik doen?", kind: 'case', about: 'partner', facts: [VT, ADVIES], source: S.AUGEO_VEILIG_THUIS },
  { q: "smw basisschool: een jongen van 10 zegt dat hij 's nachts niet slaapt omdat hij zijn moeder moet beschermen tegen haar nieuwe vriend. Hij ziet veel ruzie. Is dit een meldcode-situatie?", kind: 'case', about: 'kind', facts: [GETUIGE, KM], source: S.AUGEO_GETUIGE },
  { q: "Consulent wijkteam Gooise Meren: mijn cliënte wordt al maanden gestalkt door haar ex, die eerder heeft gedreigd haar te vermoorden. Ze is doodsbang. Bestaat er zoiets als een noodknop voor haar?", kind: 'case', about: 'partner', facts: [AWARE, POLITIE], source: S.AWARE },
  { q: "Ik werk bij de GGD in Hilversum. Bij welke Veilig Thuis horen wij eigenlijk, en is die ook 's avonds en in het weekend bereikbaar?", kind: 'case', facts: [GOOI, VT_NR], source: S.VTGV_FAQ },
  { q: "Beleidsmedewerker sociaal domein: wie in onze regio pakt de zwaarste, complexe HG-casussen op waar meerdere partijen bij moeten, met MDA++? Ik hoor verschillende verhalen.", kind: 'case', facts: [MDA, ZVH], source: S.GOOISE_MEREN_ZVH },
  { q: "Aandachtsfunctionaris in de wijkverpleging: een collega vraagt wat ze precies moet opschrijven over een vermoeden van ouderenmishandeling. Wat hoort er in het dossier?", kind: 'case', about: 'oudere', facts: [FEITEN, VASTLEGGEN], source: S.SIGNALENKAART_MELDCODE },
  { q: "Kinderopvang, locatiemanager: een ouder beschuldigt een van onze pm'ers ervan haar zoon te hebben geslagen. Wat is mijn plicht als houder, moet ik de politie inschakelen?", kind: 'case', about: 'kind', facts: [VI, AANGIFTE], source: S.GASTOUDER_VI },
  { q: "Verpleegkundige op de kinderafdeling: wij werken met kinderen, niet met volwassenen. Moeten wij dan ook iets met de kindcheck doen, bijvoorbeeld als een ouder zwaar verslaafd is?", kind: 'case', about: 'kind', facts: [KINDCHECK, ['oudersignalen', 'ouder']], source: S.AUGEO_KINDCHECK },
  { q: "reclasseringswerker: mijn cliënt zit sinds vorige week vast en zijn partner is psychisch erg in de war, er zijn drie jonge kinderen thuis. Moet ik hier nog iets checken?", kind: 'case', about: 'kind', facts: [KINDCHECK], source: S.HG_KINDCHECK },
  { q: "Begeleider beschermd wonen: de moeder van mijn cliënt (60) met dementie wordt door haar andere zoon opgesloten in de slaapkamer als hij boodschappen doet. Hij doet het 'voor haar veiligheid'. Hoe kijk ik hier naar?", kind: 'case', about: 'oudere', facts: [['ontspoorde mantelzorg', 'ouderenmishandeling', 'schending van rechten']], source: S.AANPAK_OM_MANTELZORG },
  { q: "Wijkteam Hilversum: een 15-jarige jongen uit een gezin dat ik ken wordt door 'oudere vrienden' gedwongen drugs rond te brengen en hij durft niet meer te stoppen. Waar kan ik dit melden?", kind: 'case', about: 'kind', facts: [CRIMINELE_UITBUITING, ['politie', '0900-8844', '0900 8844', 'Meld Misdaad Anoniem']], source: S.RIEC_MENSENHANDEL },
  { q: "Intern begeleider: we willen een jongen van groep 8 in de verwijsindex zetten omdat er zorgen thuis zijn. Wat staat er dan precies in zo'n signaal? Ouders zijn bang dat alles zichtbaar wordt.", kind: 'case', about: 'kind', facts: [VIR, ['naam', 'geboortedatum', 'geen inhoudelijke']], source: S.VERWIJSINDEX_MIDDEN_NL },
  { q: "Ik ben huisarts en denk aan kindermishandeling bij een peuter met een spiraalfractuur en een vaag verhaal. Is er een expertisecentrum dat mij 24/7 kan adviseren over het letsel?", kind: 'case', about: 'kind', facts: [['LECK', 'Landelijk Expertise Centrum Kindermishandeling']], source: S.LECK_KORT },
  { q: "Thuisbegeleider bij een gezin in Eemnes: moeder heeft ernstige MS en ligt soms uren in haar urine omdat haar man 'geen zin' heeft om te helpen. Zij durft er niks van te zeggen. Valt dit onder huiselijk geweld?", kind: 'case', about: 'partner', facts: [VERWAARLOZING], source: S.AANPAK_OM_MANTELZORG },
  { q: "aandachtsfunctionaris onderwijs: een collega wil bij VT melden, maar de ouders hebben gezegd dat ze een klacht indienen als we dat doen. Hebben we als school eigenlijk een meldrecht zonder toestemming van ouders?", kind: 'case', about: 'kind', facts: [MELDRECHT], source: S.NVO_MELDRECHT },

  // =====================================================================================
  // EVERYDAY wording and verb forms
  // =====================================================================================
  { q: "ze wordt uitgebuit door haar vriendje, hij laat haar met andere mannen naar bed gaan voor geld", kind: 'everyday', about: 'anders', facts: [MH_ROUTE, UITBUITING], source: S.WEGWIJZER_MENSENHANDEL },
  { q: "hij heeft haar geslagen en nu durft ze niet meer naar huis", kind: 'everyday', about: 'partner', facts: [VT], source: S.VTGV_FAQ },
  { q: "die opa wordt door zijn zoon van zijn geld beroofd", kind: 'everyday', about: 'oudere', facts: [FIN_MISBRUIK, VT], source: S.VTU_FINANCIEEL },
  { q: "ze moet trouwen met een neef", kind: 'everyday', about: 'anders', facts: [VT, LKHA], source: S.LKHA },
  { q: "kind zit elke dag met honger op school en heeft nooit een jas aan", kind: 'everyday', about: 'kind', facts: [VERWAARLOZING], source: S.RICHTLIJN_KM },
  { q: "mijn client is eergisteren verkracht op een feestje, wat nu", kind: 'everyday', about: 'anders', facts: [CSG, CSG_NR], source: S.CSG },
  { q: "jongen van 15 wordt steeds opgehaald door mannen in dure autos en heeft ineens veel geld", kind: 'everyday', about: 'kind', facts: [UITBUITING, MH_ROUTE], source: S.WEGWIJZER_MENSENHANDEL },
  { q: "ze durft niet naar huis want haar vader slaat haar met de riem", kind: 'everyday', about: 'kind', facts: [VT, MELDEN], source: S.AUGEO_VEILIG_THUIS },
  { q: "hij stalkt haar al maanden sinds ze uit elkaar zijn", kind: 'everyday', about: 'partner', facts: [POLITIE, AANGIFTE], source: S.POLITIE_STALKING },
  { q: "moeder drinkt en de kinderen zijn steeds alleen thuis", kind: 'everyday', about: 'kind', facts: [VT, ['advies', 'melden', 'melding']], source: S.AUGEO_VEILIG_THUIS },
  { q: "vader zit vast en moeder is psychisch in de war, wie let er nu op de kids", kind: 'everyday', about: 'kind', facts: [KINDCHECK], source: S.HG_KINDCHECK },
  { q: "ze is als meisje besneden en nu heeft ze zelf een dochtertje van 3", kind: 'everyday', about: 'kind', facts: [STRAFBAAR, VT], source: S.RVDK_VGV },
  { q: "zoon scheldt en duwt zn moeder van 82 omdat hij geld wil", kind: 'everyday', about: 'oudere', facts: [FIN_MISBRUIK, VT], source: S.VTU_FINANCIEEL },
  { q: "de mantelzorger trekt het niet meer en wordt steeds bozer op zijn vrouw met dementie", kind: 'everyday', about: 'oudere', facts: [ONTSPOORD, VT], source: S.ROTTERDAM_MANTELZORG },
  { q: "collega op de groep knijpt de kinderen als ze niet luisteren", kind: 'everyday', about: 'kind', facts: [HOUDER, VI], source: S.BOINK_MELDCODE },
  { q: "een leraar heeft een leerling betast", kind: 'everyday', about: 'kind', facts: [VI, BESTUUR], source: S.OUDERS_ONDERWIJS_VI },
  { q: "verzorgende heeft een bewoner geslagen", kind: 'everyday', about: 'oudere', facts: [IGJ], source: S.IGJ_ZORGRELATIE },
  { q: "kindje van 4 met een gebroken arm en de ouders hebben een raar verhaal", kind: 'everyday', about: 'kind', facts: [LETSEL], source: S.LECK_PROFESSIONALS },
  { q: "ik denk dat de buren hun kind verwaarlozen maar ik weet het niet zeker", kind: 'everyday', about: 'kind', facts: [ANON, VT], source: S.VTGV_FAQ },
  { q: "man wordt door zn vrouw geslagen en schaamt zich kapot, wie kan hij bellen", kind: 'everyday', about: 'partner', facts: [VT, VT_NR], source: S.VTGV_FAQ },
  { q: "ze mag van haar broers niet naar buiten en niet op haar telefoon anders is het een schande voor de familie", kind: 'everyday', about: 'anders', facts: [EGG_EXPERT], source: S.EGG_FACTSHEET },
  { q: "meisje wordt in de zomer naar somalie gestuurd voor een 'feest'", kind: 'everyday', about: 'kind', facts: [VT, VGV], source: S.GGD_AMSTERDAM_VGV },
  { q: "de politie heeft vader uit huis gezet, hoe lang mag hij niet terug", kind: 'everyday', about: 'partner', facts: [TIEN_DAGEN, VIER_WEKEN], source: S.VTGV_HUISVERBOD },
  { q: "peuter schrikt heel erg als je je hand optilt, duikt dan weg", kind: 'everyday', about: 'kind', facts: [SIGNALEN, ['collega', 'collegiale', 'Veilig Thuis']], source: S.SIGNALENKAART_MELDCODE },
  { q: "hij dreigt haar naaktfotos online te zetten als ze het uitmaakt", kind: 'everyday', about: 'partner', facts: [POLITIE], source: S.POLITIE_STALKING },
  { q: "tiener wordt gedwongen drugs te verkopen voor een oudere 'vriend'", kind: 'everyday', about: 'kind', facts: [CRIMINELE_UITBUITING, ['politie', '0900-8844', '0900 8844', 'Meld Misdaad Anoniem']], source: S.RIEC_MENSENHANDEL },
  { q: "oom betast zijn nichtje van 10 op verjaardagen", kind: 'everyday', about: 'kind', facts: [SEKSUEEL_MISBRUIK, KM], source: S.RICHTLIJN_KM },
  { q: "ze zegt dat hij haar keel dichtknijpt als ze ruzie hebben, gebeurt vaker", kind: 'everyday', about: 'partner', facts: [VT, MELDEN], source: S.AUGEO_VEILIG_THUIS },
  { q: "hij heeft een huisverbod, mag hij zn kinderen nog appen?", kind: 'everyday', about: 'kind', facts: [GEEN_CONTACT], source: S.RAALTE_HUISVERBOD },
  { q: "kinderen zagen hoe papa mama sloeg", kind: 'everyday', about: 'kind', facts: [GETUIGE, KM], source: S.AUGEO_GETUIGE },
  { q: "leerling wordt thuis de hele tijd uitgescholden en vernederd, telt dat ook?", kind: 'everyday', about: 'kind', facts: [EMOTIONEEL, KM], source: S.RICHTLIJN_KM },
  { q: "kan iemand anoniem bij veilig thuis bellen, staat het dan op de telefoonrekening", kind: 'everyday', facts: [ANON, ['telefoonrekening', 'rekening']], source: S.VTGV_FAQ },
  { q: "poolse jongens werken voor bijna niks en slapen met z'n tienen in 1 huis van de baas", kind: 'everyday', about: 'anders', facts: [ARBEIDSINSPECTIE], source: S.WEGWIJZER_MENSENHANDEL },
  { q: "vader dreigt dat moeder de kinderen nooit meer ziet als ze weggaat, ze is doodsbang voor hem", kind: 'everyday', about: 'partner', facts: [VT], source: S.VTGV_FAQ },
  { q: "meisje van 12 zegt dat haar stiefvader naar haar kijkt onder de douche", kind: 'everyday', about: 'kind', facts: [VT, ['advies', 'melden', 'melding']], source: S.AUGEO_VEILIG_THUIS },
  { q: "buurvrouw van mijn client geeft haar pinpas aan haar neef en die neemt steeds geld op", kind: 'everyday', about: 'oudere', facts: [FIN_MISBRUIK], source: S.VTU_FINANCIEEL },

  // =====================================================================================
  // DIRECT questions
  // =====================================================================================
  { q: "wat is de kindcheck", kind: 'direct', facts: [KINDCHECK, VOLWASSEN], source: S.AUGEO_KINDCHECK },
  { q: "wanneer mag ik zonder toestemming melden bij veilig thuis", kind: 'direct', facts: [MELDRECHT, GEHEIM], source: S.NVO_MELDRECHT },
  { q: "Wat zijn de 5 stappen van de meldcode?", kind: 'direct', facts: [SIGNALEN, COLLEGA, GESPREK, BESLISSEN], source: S.GGD_TWENTE_STAPPEN },
  { q: "welke afwegingen maak je in het afwegingskader", kind: 'direct', facts: [VERMOEDEN, ACUUT, AANVAARDEN], source: S.NJI_AFWEGINGSKADER },
  { q: "telefoonnummer veilig thuis?", kind: 'direct', facts: [VT_NR], source: S.VTGV_FAQ },
  { q: "wie legt een huisverbod op", kind: 'direct', facts: [BURGEMEESTER], source: S.RAALTE_HUISVERBOD },
  { q: "Hoe lang duurt een tijdelijk huisverbod en kan het langer?", kind: 'direct', facts: [TIEN_DAGEN, VIER_WEKEN], source: S.VTGV_HUISVERBOD },
  { q: "wat doet een aandachtsfunctionaris", kind: 'direct', facts: [AF, COLLEGA], source: S.AUGEO_AF },
  { q: "Wat is het verschil tussen advies vragen en een melding doen bij Veilig Thuis?", kind: 'direct', facts: [ANON, REGIE_VT], source: S.VTHM_ADVIES_MELDING },
  { q: "mag een professional anoniem melden bij VT?", kind: 'direct', facts: [ANON_UITZONDERING, UITZONDERING_VEILIGHEID], source: S.MELDCODE_NU_MELDEN },
  { q: "wat is de radarfunctie van veilig thuis", kind: 'direct', facts: [RADAR, VERBINDEN], source: S.RADARFUNCTIE_FAQ },
  { q: "Wat houdt de meld-, overleg- en aangifteplicht in de kinderopvang in?", kind: 'direct', facts: [VI, AANGIFTE], source: S.GASTOUDER_VI },
  { q: "nummer vertrouwensinspecteur onderwijs", kind: 'direct', facts: [VI_NR], source: S.OUDERS_ONDERWIJS_VI },
  { q: "Wat is Handle with Care?", kind: 'direct', facts: [POLITIE, SCHOOL, HWC_SIGNAAL], source: S.VTGV_HWC },
  { q: "wat is MDA++", kind: 'direct', facts: [MULTIDISCIPLINAIR, EEN_PLAN], source: S.HG_MDA },
  { q: "Wat is de verwijsindex en voor welke leeftijd?", kind: 'direct', facts: [VIR, VIR_23, MATCH], source: S.VERWIJSINDEX_ZEELAND },
  { q: "wat moet een zorgaanbieder melden bij de inspectie als een medewerker een cliënt mishandelt", kind: 'direct', facts: [IGJ, ZORGRELATIE], source: S.IGJ_ZORGRELATIE },
  { q: "binnen hoeveel dagen doet VT een veiligheidsbeoordeling na een melding?", kind: 'direct', facts: [VEILIGHEIDSBEOORDELING], source: S.RTVU_VEILIGHEIDSBEOORDELING },
  { q: "Welke sectoren moeten verplicht met een meldcode werken?", kind: 'direct', facts: [['gezondheidszorg'], ['onderwijs'], ['kinderopvang'], ['jeugd']], source: S.VTGV_MELDCODE },
  { q: "wat is ontspoorde mantelzorg precies", kind: 'direct', facts: [MANTELZORG, OVERBELAST], source: S.AANPAK_OM_MANTELZORG },
  { q: "nummer centrum seksueel geweld", kind: 'direct', facts: [CSG_NR], source: S.CSG },
  { q: "Wat is het nummer van de Kindertelefoon?", kind: 'direct', facts: [KT, KT_NR], source: S.KINDERTELEFOON },
  { q: "wat leg ik vast in het dossier bij een vermoeden van kindermishandeling", kind: 'direct', facts: [FEITEN, VASTLEGGEN], source: S.SIGNALENKAART_MELDCODE },
  { q: "wanneer is melden bij veilig thuis de norm volgens het afwegingskader?", kind: 'direct', facts: [ACUUT, STRUCTUREEL, HULP], source: S.NJI_AFWEGINGSKADER },
  { q: "Wat doet Veilig Thuis met de informatie die ze bij andere hulpverleners opvragen, horen de ouders dat?", kind: 'direct', facts: [['zonder toestemming', 'op de hoogte', 'verslag']], source: S.VTGV_ONDERZOEK },
  { q: "wat is het nummer van de politie als het geen spoed is? ik wil een vermoeden van uitbuiting doorgeven", kind: 'direct', facts: [POL_NR], source: S.WEGWIJZER_MENSENHANDEL },
  { q: "waar meld ik een slachtoffer van mensenhandel aan voor opvang?", kind: 'direct', facts: [COMENSHA], source: S.WEGWIJZER_MENSENHANDEL },

  // =====================================================================================
  // ACUTE danger now (first card must be the emergency card)
  // =====================================================================================
  { q: "help mijn buurman slaat zijn vrouw NU ik hoor haar gillen door de muur", kind: 'acute' },
  { q: "Ik ben op huisbezoek en de partner van mijn cliënte staat met een mes in de keuken te schreeuwen. Ik zit met haar en de kinderen in de badkamer, deur op slot. Wat moet ik doen", kind: 'acute' },
  { q: "client zegt net tegen me dat hij vanavond een eind aan zijn leven maakt, hij heeft de pillen al gespaard en zit nu in zijn auto", kind: 'acute' },
  { q: "er staat een kleuter van 4 alleen bij het hek van de bso, moeder is niet gekomen, niemand neemt op, het is half 8 en donker en wij moeten sluiten", kind: 'acute' },
  { q: "mijn cliënte is net door haar vriend gewurgd, ze heeft striemen in haar nek en kan moeilijk praten. hij is nog in huis", kind: 'acute' },
  { q: "Een meisje op de groep vertelt dat haar vader haar vanmiddag komt halen en dat hij gezegd heeft dat hij mama vandaag dood gaat maken. Hij heeft een pistool laten zien. Hij kan elk moment hier zijn.", kind: 'acute' },
  { q: "ik sta nu bij een gezin voor de deur, ik hoor een baby krijsen en een man die schreeuwt dat hij haar door het raam gooit", kind: 'acute' },
  { q: "collega appt vanuit een huisbezoek 'kom niet binnen hij heeft een mes' en reageert nu niet meer op mijn berichten", kind: 'acute' },
  { q: "Ik ben wijkverpleegkundige en zit op dit moment bij een cliënt in Hilversum. Zijn zoon is net binnengekomen, is zwaar onder invloed en staat voor de voordeur zodat ik er niet uit kan. Hij zegt dat hij me iets aandoet als ik 'de instanties' bel. Meneer zit te trillen op de bank.", kind: 'acute' },
  { q: "leerling van 15 appt me om 23u dat ze bij het spoor staat en afscheid wil nemen, ze neemt niet op", kind: 'acute' },
  { q: "thuiszorg: meneer ligt op de grond en zijn dronken zoon schopt hem nog steeds terwijl ik hier sta", kind: 'acute' },
  { q: "Er belt een jongetje van 6 aan bij ons kinderdagverblijf, hij is helemaal alleen en zegt dat mama thuis op de grond ligt en niet meer wakker wordt.", kind: 'acute' },
  { q: "hij staat nu met een honkbalknuppel voor de deur van de opvang en wil zijn kinderen meenemen", kind: 'acute' },
  { q: "ik ben bang dat ze zichzelf vannacht iets aandoet, ze heeft een afscheidsbrief op insta gezet en is onbereikbaar", kind: 'acute' },
  { q: "hij heeft haar net met zijn handen om haar keel tegen de muur gedrukt, ze zit nu naast me in de auto en hij rijdt achter ons aan", kind: 'acute' },

  // =====================================================================================
  // OUT OF SCOPE (the bot should decline; some share words with the domain)
  // =====================================================================================
  { q: "hoe vraag ik verlof aan in AFAS", kind: 'out-of-scope' },
  { q: "welke declaratiecode gebruik ik voor een huisbezoek van een uur", kind: 'out-of-scope' },
  { q: "De buurman laat zijn hond verhongeren in de tuin, dat is toch dierenmishandeling? Wie moet ik bellen?", kind: 'out-of-scope' },
  { q: "ik heb een verkeersboete gekregen met de dienstauto, moet ik die zelf betalen?", kind: 'out-of-scope' },
  { q: "wordt het morgen droog in Hilversum? we hebben een buitenactiviteit", kind: 'out-of-scope' },
  { q: "mijn laptop wil geen verbinding maken met de wifi op kantoor", kind: 'out-of-scope' },
  { q: "hoeveel vakantiedagen krijg ik volgens de cao jeugdzorg", kind: 'out-of-scope' },
  { q: "heb je een goed recept voor erwtensoep voor 20 personen", kind: 'out-of-scope' },
  { q: "wat is de maximale dosering paracetamol voor een kind van 20 kilo", kind: 'out-of-scope' },
  { q: "hoe doe ik btw-aangifte als zzp'er", kind: 'out-of-scope' },
  { q: "ik wil een melding maken van een kapotte lamp in de gang van ons kantoor", kind: 'out-of-scope' },
  { q: "hoe maak ik een veilig wachtwoord voor Teams", kind: 'out-of-scope' },
  { q: "wanneer komt het rooster voor december online?", kind: 'out-of-scope' },
  { q: "hoe zet ik mijn afwezigheidsmelding aan in outlook", kind: 'out-of-scope' },
  { q: "hoe werk ik veilig thuis met de VPN van de regio?", kind: 'out-of-scope' },
  { q: "waar meld ik een gat in het fietspad bij de Larenseweg", kind: 'out-of-scope' },
  { q: "Kan ik uitstel krijgen voor mijn aangifte inkomstenbelasting?", kind: 'out-of-scope' },
  { q: "wat is de kilometervergoeding per km bij de gemeente Huizen", kind: 'out-of-scope' },
  { q: "kun je deze mail voor me in het Engels vertalen: beste ouders, de schoolreis gaat niet door", kind: 'out-of-scope' },
  { q: "welke vaccinaties heeft mijn kind nodig voor een vakantie naar Marokko", kind: 'out-of-scope' },

  // =====================================================================================
  // GREETINGS, thanks and English input
  // =====================================================================================
  { q: "hoi", kind: 'greeting' },
  { q: "Goedemorgen!", kind: 'greeting' },
  { q: "bedankt voor je hulp!", kind: 'greeting' },
  { q: "dankjewel, helder zo", kind: 'greeting' },
  { q: "Hello, can you help me?", kind: 'greeting' },
  { q: "What should I do if a child in my class has bruises?", kind: 'greeting' },
  { q: "hallo meldwijzer, wat kun je allemaal?", kind: 'greeting' },
];
