/*
 * Second blind tuning set for Meldwijzer (set B), written 2026-12-04.
 *
 * Written blind: from the fact sheet (shared/domain/facts.md) and official public
 * pages only, without reading knowledge/, bot/, cards/ or any other answer set.
 * Questions are phrased the way professionals type in Teams; no sentence is copied
 * from a source page.
 *
 * This set MAY be looked at while tuning. Nothing in knowledge/ may copy its wording
 * (questions or fact strings): the facts are checks on the answer, not text to paste.
 */

// The question shape is the scorer's (tests/answers/blindScore.ts), so the sets and the scorer cannot drift apart.
import type { BlindQuestion } from '../blindScore.ts';

const RO_MELDCODE = 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/inhoud/meldcode';
const SIGNALENKAART = 'https://signalenkaart.nl/meldcode/';
const NJI_AK = 'https://www.nji.nl/kindermishandeling/afwegingskader-meldcode';
const AUGEO_VT = 'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/';
const AUGEO_11 = 'https://www.augeo.nl/nl-nl/actueel/11-vragen-over-advies-vragen-aan-veilig-thuis/';
const AUGEO_KC = 'https://www.augeo.nl/nl-nl/kindcheck';
const AUGEO_AF = 'https://www.augeo.nl/nl-nl/meldcode/wat-moet-ik-doen/aandachtsfunctionaris/';
const AUGEO_HWC = 'https://www.augeo.nl/nl-nl/handle-with-care/wat-is-handle-with-care/';
const VTGV_HWC = 'https://www.veiligthuisgv.nl/professionals/handle-with-care/';
const VTGV_HUISVERBOD = 'https://www.veiligthuisgv.nl/over-ons/huisverbod/';
const VTGV_FAQ = 'https://www.veiligthuisgv.nl/veelgestelde-vragen/';
const NVO_MELDRECHT = 'https://www.nvo.nl/veelgestelde-vragen/wat-als-veilig-thuis-informatie-wil-over-de-behandeling-van-een-ouder-of-kind';
const DOK_MELDRECHT = 'https://5dok.net/article/meldplichten-meldrechten-en-het-pettenvraagstuk.qo5ojk6m';
const DOK_MEDEWETEN = 'https://5dok.net/article/regelgeving-betreffende-seksueel-misbruik-binnen-institutionele-spoor-inleiding.y6eo8wrn';
const KNMG_ANONIEM = 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/bijlage-3-een-anonieme-melding-doen-bij-veilig-thuis';
const KNMG_VOORWOORD = 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/voorwoord1';
const VT_5_WERKDAGEN = 'https://www.rtvutrecht.nl/nieuws/3667596/inspectie-wachttijden-bij-veilig-thuis-zijn-te-lang';
const VT_10_WEKEN = 'https://www.tubantia.nl/binnenland/hulp-na-huiselijk-geweld-laat-te-lang-op-zich-wachten~a252c677/';
const VT_TAKEN = 'https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld';
const CSG = 'https://www.emergis.nl/hulp-na-verkrachting-of-aanranding/2017/02/03/';
const RVDK_VGV = 'https://www.kinderbescherming.nl/themas/vrouwelijke-genitale-verminking';
const RVDK_KM = 'https://www.kinderbescherming.nl/themas/kindermishandeling/de-taak-van-de-rvdk-bij-kindermishandeling';
const LKHA = 'https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij';
const CCV_EGG = 'https://hetccv.nl/themas/veiligheid-en-zorg/huiselijk-geweld-en-kindermishandeling/eergerelateerd-geweld/aanpakken-van-eergerelateerd-geweld/';
const NJI_LOVERBOYS = 'https://www.nji.nl/nl/Kennis/Dossier/Slachtoffers-loverboys/Melding-en-registratie-van-slachtoffers-van-loverboys';
const WEGWIJZER_MH = 'https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel';
const MOVIERA_OM = 'https://www.moviera.nl/advies/ouderenmishandeling/toolkit-financieel-misbruik-van-ouderen/';
const OM_OVERBELAST = 'https://50plusinnederland.nl/11355-2/';
const VTGM_FAQ = 'https://veiligthuisgm.nl/veelgestelde-vragen-aan-veilig-thuis';
const AWARE = 'https://www.movisie.nl/praktijkvoorbeeld/aware';
const SHN = 'https://www.slachtofferhulp.nl/professionals/een-slachtoffer-doorverwijzen/doorverwijzen-naar-slachtofferhulp/';
const RO_ZEDEN_SCHOOL = 'https://www.rijksoverheid.nl/onderwerpen/voortgezet-onderwijs/vraag-en-antwoord/moet-de-school-seksueel-misbruik-melden-en-aangeven';
const KO_VERTROUWENSINSPECTEUR = 'https://www.kennisnetwerkgastouderopvang.nl/facsheet-meldingen-vertouwensinspecteur/';
const VRIJWILLIGERS = 'https://www.veiligthuisnml.nl/veel-gestelde-vragen/2de-vraag/';
const VERWIJSINDEX = 'https://www.cjgzeist.nl/is/professionals-3/verwijsindex';
const MELDCODE_NU_MELDEN = 'https://www.meldcode.nu/melden/';

export const TUNING_SET_B: readonly BlindQuestion[] = [
  // ───────────────────────── case (40) ─────────────────────────
  {
    q: "ib'er hier. jongen van 8 heeft al weken blauwe plekken op z'n bovenarmen, moeder zegt steeds dat hij van de trap valt. collega's zien het ook. wat zijn nu mijn stappen?",
    kind: 'case', about: 'kind',
    facts: [['in kaart', 'signalen'], ['collega', 'aandachtsfunctionaris', 'collegiale consultatie'], ['Veilig Thuis']],
    source: RO_MELDCODE,
  },
  {
    q: 'leerkracht groep 5: meisje vertelde vanochtend dat papa mama gisteren sloeg en dat zij zich onder haar bed verstopte. ik ben er nog beduusd van, wat doe ik nu?',
    kind: 'case', about: 'kind',
    facts: [['Veilig Thuis'], ['melden', 'melding', 'disclosure']],
    source: AUGEO_VT,
  },
  {
    q: 'ik ben mentor 3 havo. leerling vertelt dat ze deze zomer naar pakistan moet en daar waarschijnlijk moet trouwen met een neef, ze is doodsbang. moet ik haar ouders hierover bellen?',
    kind: 'case', about: 'kind',
    facts: [['Landelijk Knooppunt', 'LKHA'], ['Veilig Thuis']],
    source: LKHA,
  },
  {
    q: 'pm-er kdv. een collega pakt peuters steeds hardhandig bij de arm en schreeuwt ze af. moet ik dit bij veilig thuis melden of hoe zit dat?',
    kind: 'case', about: 'kind',
    facts: [['houder'], ['vertrouwensinspecteur']],
    source: KO_VERTROUWENSINSPECTEUR,
  },
  {
    q: 'ik ben gastouder. vader van een van mijn opvangkindjes komt geregeld met een drankkegel ophalen en snauwt en duwt dan z\'n zoontje. ik werk alleen, bij wie kan ik hiermee terecht?',
    kind: 'case', about: 'kind',
    facts: [['Veilig Thuis'], ['0800-2000', '0800 2000']],
    source: AUGEO_VT,
  },
  {
    q: 'huisarts. patiente (34) vertelt dat haar man haar bij ruzies bij de keel grijpt, ze hebben 2 kinderen. ze wil absoluut niet dat ik iets onderneem. mag ik toch melden?',
    kind: 'case', about: 'partner',
    facts: [['meldrecht'], ['5.2.6', 'beroepsgeheim', 'geheimhouding']],
    source: NVO_MELDRECHT,
  },
  {
    q: 'verloskundige: zwangere client, 28 wkn. partner leest haar telefoon, beheert al het geld en ze mag nooit alleen komen. vandaag een blauwe plek op haar buik gezien. wat nu',
    kind: 'case', about: 'partner',
    facts: [['kindcheck'], ['Veilig Thuis']],
    source: AUGEO_KC,
  },
  {
    q: 'kraamverzorgende hier. in mijn huidige gezin gaat vader heel ruw met de baby om en er wordt de hele dag geschreeuwd. mijn kraamweek zit er bijna op. wie moet ik bellen?',
    kind: 'case', about: 'kind',
    facts: [['Veilig Thuis'], ['0800-2000', '0800 2000']],
    source: AUGEO_VT,
  },
  {
    q: 'jgz verpleegkundige op het cb. moeder vertelt dat oma erop staat dat haar dochtertje van 3 deze zomer in somalie besneden wordt. hoe moet ik hiermee omgaan?',
    kind: 'case', about: 'kind',
    facts: [['strafbaar'], ['Veilig Thuis']],
    source: RVDK_VGV,
  },
  {
    q: 'wijkteam. vrouw van 40 wordt door haar ex achtervolgd, hij staat elke avond voor haar deur, stuurt tientallen berichten per dag en heeft gedreigd haar wat aan te doen. wat kunnen we inzetten voor haar veiligheid?',
    kind: 'case', about: 'partner',
    facts: [['Aware'], ['politie']],
    source: AWARE,
  },
  {
    q: 'wijkverpleegkundige thuiszorg: meneer (82) met dementie, zoon regelt z\'n geld. sinds kort nauwelijks eten in huis en aanmaningen op tafel, terwijl zoon in een nieuwe auto rijdt. valt dit onder de meldcode?',
    kind: 'case', about: 'oudere',
    facts: [['ouderenmishandeling'], ['financieel misbruik', 'financiële uitbuiting']],
    source: MOVIERA_OM,
  },
  {
    q: 'eerst verantwoordelijke verzorgende verpleeghuis: dochter van een bewoonster scheldt haar moeder uit, knijpt in haar arm en neemt steeds de pinpas mee. mevrouw is bang voor haar. wie moet ik inlichten?',
    kind: 'case', about: 'oudere',
    facts: [['ouderenmishandeling'], ['Veilig Thuis', 'aandachtsfunctionaris']],
    source: MOVIERA_OM,
  },
  {
    q: 'ggz behandelaar. client met zware depressie en flink alcoholgebruik, alleenstaande vader van twee kids (4 en 7). moet ik ook iets met die kinderen?',
    kind: 'case', about: 'kind',
    facts: [['kindcheck']],
    source: AUGEO_KC,
  },
  {
    q: 'tandarts hier. kind van 6 met een mond vol gaatjes en pijn, ouders zijn al twee keer niet komen opdagen voor behandeling. geldt de meldcode ook voor tandartsen?',
    kind: 'case', about: 'kind',
    facts: [['KNMG'], ['Veilig Thuis']],
    source: KNMG_VOORWOORD,
  },
  {
    q: 'ik ben jeugdtrainer bij de voetbalclub (vrijwilliger). jongen van 12 zegt dat hij thuis met de riem krijgt. moet ik nu de meldcode volgen?',
    kind: 'case', about: 'kind',
    facts: [['niet verplicht', 'geen meldcode'], ['Veilig Thuis']],
    source: VRIJWILLIGERS,
  },
  {
    q: 'wijkagent gooi en vechtstreek. we zijn vannacht bij een gezin geweest na geweld tussen de ouders, er wonen twee basisschoolkinderen. hoe weet de school morgen dat ze extra steun nodig hebben?',
    kind: 'case', about: 'kind',
    facts: [['Handle with Care'], ['geboortedatum', 'codewoord']],
    source: VTGV_HWC,
  },
  {
    q: 'jeugdhulpverlener: ouders weigeren al maanden elke vorm van hulp, zorgen om de kinderen blijven groot. wat kan er nog als vrijwillig niet lukt?',
    kind: 'case', about: 'kind',
    facts: [['Raad voor de Kinderbescherming', 'RvdK'], ['ondertoezichtstelling', 'OTS']],
    source: RVDK_KM,
  },
  {
    q: 'leerplichtambtenaar. meisje van 15 is na de meivakantie niet terug op school, familie zegt dat ze "bij oma in marokko blijft". vriendinnen zeggen dat ze daar tegen haar zin moet blijven. wat doe ik?',
    kind: 'case', about: 'kind',
    facts: [['achterlating'], ['Landelijk Knooppunt', 'LKHA']],
    source: LKHA,
  },
  {
    q: 'ik ben net aangesteld als aandachtsfunctionaris op een vo-school. wat wordt er eigenlijk van mij verwacht?',
    kind: 'case',
    facts: [['adviseert', 'adviseren', 'advies'], ['scholing', 'bijscholing'], ['management']],
    source: AUGEO_AF,
  },
  {
    q: 'mentor mbo: studente van 17 heeft ineens dure spullen, een "vriend" van 24 die haar ophaalt, ze spijbelt en zegt dat ze s nachts moet werken voor hem. wat moet ik hiermee',
    kind: 'case', about: 'kind',
    facts: [['loverboy', 'mensenhandel', 'uitbuiting'], ['CoMensha', 'Veilig Thuis']],
    source: NJI_LOVERBOYS,
  },
  {
    q: 'huisarts: ik wil een melding doen bij VT maar ben bang dat vader agressief wordt tegen mij en mijn assistente als hij hoort dat het van ons komt. kan dat anoniem?',
    kind: 'case', about: 'kind',
    facts: [['eigen naam', 'identiteit', 'open melden'], ['vertrouwensrelatie', 'eigen veiligheid', 'bedreiging']],
    source: KNMG_ANONIEM,
  },
  {
    q: "ib'er: vorige week een melding gedaan bij veilig thuis over een leerling, sindsdien niks meer gehoord. wat gebeurt er nu eigenlijk?",
    kind: 'case', about: 'kind',
    facts: [['veiligheidsbeoordeling'], ['5 werkdagen', 'vijf werkdagen']],
    source: VT_5_WERKDAGEN,
  },
  {
    q: 'leerkracht: een collega appt een meisje uit groep 8 met hartjes en "ons geheimpje". ik twijfel enorm, wat moet ik hiermee?',
    kind: 'case', about: 'kind',
    facts: [['schoolbestuur', 'bevoegd gezag'], ['vertrouwensinspecteur']],
    source: RO_ZEDEN_SCHOOL,
  },
  {
    q: 'wijkteam: jonge vrouw (19) vertelt dat ze afgelopen zaterdag op een feestje is verkracht. ze wil (nog) niet naar de politie. waar kan ze heen?',
    kind: 'case', about: 'anders',
    facts: [['Centrum Seksueel Geweld', 'CSG'], ['0800-0188', '0800 0188', '0800 01 88'], ['7 dagen', 'zeven dagen']],
    source: CSG,
  },
  {
    q: 'maatschappelijk werker: bij mijn client is gisteren haar man uit huis gezet met een huisverbod. hoelang geldt dat eigenlijk?',
    kind: 'case', about: 'partner',
    facts: [['10 dagen', 'tien dagen'], ['28 dagen', '4 weken', 'vier weken']],
    source: VTGV_HUISVERBOD,
  },
  {
    q: 'bso medewerker. meisje van 9 vertelt dat de vriend van mama s nachts op haar kamer komt en aan haar zit. moet ik eerst met moeder in gesprek?',
    kind: 'case', about: 'kind',
    facts: [['Veilig Thuis'], ['stap 3', 'gesprek'], ['veiligheid']],
    source: SIGNALENKAART,
  },
  {
    q: 'ggz psycholoog: veilig thuis belde me, ze onderzoeken de situatie van de kinderen van een client van mij. ik heb zelf niks gemeld. mag ik ze informatie geven?',
    kind: 'case', about: 'kind',
    facts: [['5.2.6', 'meldrecht'], ['zonder toestemming']],
    source: NVO_MELDRECHT,
  },
  {
    q: 'seh verpleegkundige: man van 79 met brandwond op z\'n arm, z\'n vrouw antwoordt steeds voor hem en wil niet dat we hem alleen spreken. hij schrikt als ze praat. is dit een signaal?',
    kind: 'case', about: 'oudere',
    facts: [['Veilig Thuis'], ['0800-2000', '0800 2000']],
    source: VTGM_FAQ,
  },
  {
    q: 'jeugdzorg: we willen een meisje van 15 als slachtoffer van een loverboy aanmelden bij comensha. wie moet daarvoor toestemming geven?',
    kind: 'case', about: 'kind',
    facts: [['ouders', 'voogd'], ['16 jaar', 'zestien jaar']],
    source: NJI_LOVERBOYS,
  },
  {
    q: 'leerkracht groep 3: hoe leg ik mijn zorgen over een leerling goed vast? ik wil niet dat het alleen mijn mening wordt',
    kind: 'case', about: 'kind',
    facts: [['dossier', 'cliëntdossier', 'leerlingdossier'], ['feiten', 'waarnemingen']],
    source: SIGNALENKAART,
  },
  {
    q: 'wijkverpleegkundige: dochter zorgt dag en nacht voor haar moeder met alzheimer en is kapot. ik zag dat ze haar moeder hard vastgreep en haar in de slaapkamer opsloot. wat is dit en wat doe ik?',
    kind: 'case', about: 'oudere',
    facts: [['ouderenmishandeling'], ['overbelast', 'overbelasting', 'ontspoorde mantelzorg']],
    source: OM_OVERBELAST,
  },
  {
    q: 'stagebegeleider mbo: student uit roemenie werkt via een uitzendbureau 70 uur per week, paspoort ingenomen, woont met 10 man in 1 huis. wie moet ik bellen?',
    kind: 'case', about: 'anders',
    facts: [['Arbeidsinspectie'], ['0800-5151', '0800 5151']],
    source: WEGWIJZER_MH,
  },
  {
    q: 'huisarts: twijfel over blauwe plekken bij een peuter. moet ik echt veilig thuis bellen of is overleg met m\'n praktijkcollega genoeg?',
    kind: 'case', about: 'kind',
    facts: [['KNMG'], ['verplicht']],
    source: AUGEO_11,
  },
  {
    q: 'wijkteam: meisje van 17 vertelt dat haar broers haar bedreigen omdat ze een vriendje heeft, het gaat om de eer van de familie. zal ik een gesprek met haar ouders plannen?',
    kind: 'case', about: 'kind',
    facts: [['LEC EGG', 'Landelijk Expertise Centrum'], ['escalatie', 'risicotaxatie']],
    source: CCV_EGG,
  },
  {
    q: 'leidinggevende kinderdagverblijf: een ouder zegt dat een pm-er haar kind geslagen heeft. moeten wij nu aangifte doen?',
    kind: 'case', about: 'kind',
    facts: [['vertrouwensinspecteur'], ['redelijk vermoeden']],
    source: KO_VERTROUWENSINSPECTEUR,
  },
  {
    q: 'jgz arts: moeder van een baby van 3 mnd vertelt over geweld door haar partner, hij woont weer thuis. wat zegt het afwegingskader, moet ik melden?',
    kind: 'case', about: 'kind',
    facts: [['acute', 'structurele onveiligheid'], ['Veilig Thuis']],
    source: NJI_AK,
  },
  {
    q: 'wijkcoach: buurvrouw van een client hoort daar steeds een kind huilen en gillen. ik weet verder weinig. kan ik eerst advies vragen zonder dat het een melding wordt?',
    kind: 'case', about: 'kind',
    facts: [['Veilig Thuis'], ['0800-2000', '0800 2000']],
    source: AUGEO_VT,
  },
  {
    q: 'teamleider thuiszorg: een client van 88 zegt dat een van onze eigen verzorgenden geld uit haar portemonnee pakt. valt dat ook onder ouderenmishandeling?',
    kind: 'case', about: 'oudere',
    facts: [['professionele relatie', 'terugkerende'], ['afhankelijk', 'afhankelijkheid']],
    source: MOVIERA_OM,
  },
  {
    q: 'verloskundige: zwangere uit eritrea, bij onderzoek zie ik dat ze zelf besneden is. ze krijgt een meisje. moet ik daar nu al iets mee?',
    kind: 'case', about: 'kind',
    facts: [['strafbaar'], ['kindermishandeling']],
    source: RVDK_VGV,
  },
  {
    q: 'leerplicht: jongen van 16 met heel veel verzuim, ik vermoed dat er al meer hulpverleners bij hem betrokken zijn. hoe kom ik erachter wie?',
    kind: 'case', about: 'kind',
    facts: [['Verwijsindex'], ['23 jaar']],
    source: VERWIJSINDEX,
  },

  // ───────────────────────── everyday (20) ─────────────────────────
  {
    q: 'wat moet ik doen als ik denk dat een kind thuis geslagen wordt',
    kind: 'everyday', about: 'kind',
    facts: [['Veilig Thuis'], ['collega', 'aandachtsfunctionaris']],
    source: RO_MELDCODE,
  },
  {
    q: 'mag ik iemand bij veilig thuis aangeven zonder dat ze het weten?',
    kind: 'everyday', about: 'kind',
    facts: [['medeweten'], ['toestemming']],
    source: DOK_MEDEWETEN,
  },
  {
    q: 'hoe lang mag iemand niet naar huis als de politie hem eruit zet na geweld',
    kind: 'everyday', about: 'partner',
    facts: [['10 dagen', 'tien dagen'], ['huisverbod']],
    source: VTGV_HUISVERBOD,
  },
  {
    q: 'mijn client wordt door haar ex gevolgd en bedreigd, bestaat er een soort noodknop?',
    kind: 'everyday', about: 'partner',
    facts: [['Aware']],
    source: AWARE,
  },
  {
    q: 'wat gebeurt er als ik een gezin doorgeef aan veilig thuis',
    kind: 'everyday', about: 'kind',
    facts: [['veiligheidsbeoordeling'], ['5 werkdagen', 'vijf werkdagen']],
    source: VT_5_WERKDAGEN,
  },
  {
    q: 'waar moet een meisje heen dat net verkracht is',
    kind: 'everyday', about: 'anders',
    facts: [['Centrum Seksueel Geweld', 'CSG'], ['0800-0188', '0800 0188', '0800 01 88']],
    source: CSG,
  },
  {
    q: 'een oude mevrouw wordt door haar kleinzoon van haar geld beroofd, wat kan ik als hulpverlener doen',
    kind: 'everyday', about: 'oudere',
    facts: [['financieel misbruik', 'financiële uitbuiting'], ['ouderenmishandeling']],
    source: MOVIERA_OM,
  },
  {
    q: 'ouders willen hun dochter laten uithuwelijken, waar kan ik als professional advies vragen',
    kind: 'everyday', about: 'kind',
    facts: [['Landelijk Knooppunt', 'LKHA']],
    source: LKHA,
  },
  {
    q: 'ouders willen hun meisje tijdens de vakantie laten besnijden, wie moet ik inschakelen?',
    kind: 'everyday', about: 'kind',
    facts: [['Veilig Thuis'], ['Raad voor de Kinderbescherming', 'RvdK']],
    source: RVDK_VGV,
  },
  {
    q: 'moet ik altijd eerst met de ouders praten voordat ik ga melden?',
    kind: 'everyday', about: 'kind',
    facts: [['stap 3', 'gesprek'], ['veiligheid'], ['contact', 'verbreken']],
    source: SIGNALENKAART,
  },
  {
    q: 'kan ik even sparren met iemand over een gezin waar ik me zorgen over maak zonder dat het meteen een melding wordt?',
    kind: 'everyday', about: 'kind',
    facts: [['Veilig Thuis'], ['advies']],
    source: AUGEO_11,
  },
  {
    q: 'hoe weet ik of er nog meer hulpverleners bij een jongere betrokken zijn',
    kind: 'everyday', about: 'kind',
    facts: [['Verwijsindex']],
    source: VERWIJSINDEX,
  },
  {
    q: 'mijn client is verslaafd en heeft kinderen thuis, moet ik dan iets nagaan?',
    kind: 'everyday', about: 'kind',
    facts: [['kindcheck']],
    source: AUGEO_KC,
  },
  {
    q: 'wat doe ik als een collega op de opvang een kind slaat',
    kind: 'everyday', about: 'kind',
    facts: [['houder'], ['vertrouwensinspecteur']],
    source: KO_VERTROUWENSINSPECTEUR,
  },
  {
    q: 'meisje uit mijn klas heeft ineens een veel oudere vriend die haar cadeaus geeft en nu moet ze dingen voor hem doen voor geld',
    kind: 'everyday', about: 'kind',
    facts: [['loverboy', 'mensenhandel', 'uitbuiting'], ['CoMensha', 'Veilig Thuis']],
    source: NJI_LOVERBOYS,
  },
  {
    q: 'hoor ik nog wat van veilig thuis nadat ik iets heb doorgegeven?',
    kind: 'everyday', about: 'kind',
    facts: [['informeert', 'geïnformeerd', 'terugkoppeling']],
    source: VT_TAKEN,
  },
  {
    q: 'hoe weet ik of iets erg genoeg is om echt te melden',
    kind: 'everyday', about: 'kind',
    facts: [['acute', 'structurele onveiligheid'], ['afwegingskader', 'afweging']],
    source: NJI_AK,
  },
  {
    q: 'client is slachtoffer van mishandeling en zoekt hulp bij aangifte en schadevergoeding, waar verwijs ik haar naar?',
    kind: 'everyday', about: 'anders',
    facts: [['Slachtofferhulp'], ['0900-0101', '0900 0101']],
    source: SHN,
  },
  {
    q: 'arbeidsmigranten worden door hun baas uitgebuit, waar geef ik dat door',
    kind: 'everyday', about: 'anders',
    facts: [['Arbeidsinspectie'], ['0800-5151', '0800 5151']],
    source: WEGWIJZER_MH,
  },
  {
    q: 'jongen van 16 wordt door z\'n familie bedreigd omdat hij homo is, ze zeggen dat hij de familie te schande maakt. wat nu',
    kind: 'everyday', about: 'kind',
    facts: [['eergerelateerd'], ['LEC EGG', 'Landelijk Expertise Centrum', 'politie']],
    source: CCV_EGG,
  },

  // ───────────────────────── direct (13) ─────────────────────────
  {
    q: 'wat zijn de 5 stappen van de meldcode',
    kind: 'direct', about: 'kind',
    facts: [['signalen'], ['collegiale consultatie', 'collega'], ['wegen', 'afwegingskader']],
    source: RO_MELDCODE,
  },
  {
    q: 'telefoonnummer veilig thuis?',
    kind: 'direct',
    facts: [['0800-2000', '0800 2000']],
    source: AUGEO_VT,
  },
  {
    q: 'wat is het verschil tussen meldrecht en meldplicht',
    kind: 'direct',
    facts: [['5.2.6', 'Wmo'], ['uitleggen', 'verantwoorden', 'motiveren']],
    source: DOK_MELDRECHT,
  },
  {
    q: 'wat houdt de kindcheck in',
    kind: 'direct', about: 'kind',
    facts: [['stap 1'], ['zwanger']],
    source: AUGEO_KC,
  },
  {
    q: 'voor welke sectoren is de meldcode verplicht',
    kind: 'direct',
    facts: [['gezondheidszorg'], ['kinderopvang'], ['justitie']],
    source: VT_TAKEN,
  },
  {
    q: 'welke vijf afwegingen zitten er in het afwegingskader',
    kind: 'direct', about: 'kind',
    facts: [['vermoeden'], ['structurele onveiligheid'], ['aanvaarden', 'accepteren', 'aanvaard']],
    source: NJI_AK,
  },
  {
    q: 'hoe lang mag een onderzoek van veilig thuis duren',
    kind: 'direct', about: 'kind',
    facts: [['10 weken', 'tien weken']],
    source: VT_10_WEKEN,
  },
  {
    q: 'wat is een ots precies',
    kind: 'direct', about: 'kind',
    facts: [['ondertoezichtstelling'], ['kinderrechter', 'rechter'], ['jaar']],
    source: RVDK_KM,
  },
  {
    q: 'nummer centrum seksueel geweld',
    kind: 'direct', about: 'anders',
    facts: [['0800-0188', '0800 0188', '0800 01 88']],
    source: CSG,
  },
  {
    q: 'wat is handle with care',
    kind: 'direct', about: 'kind',
    facts: [['geboortedatum', 'naam'], ['codewoord'], ['schooldag']],
    source: AUGEO_HWC,
  },
  {
    q: 'komt 0800-2000 op de telefoonrekening te staan?',
    kind: 'direct',
    facts: [['afgeschermd', 'niet terug']],
    source: VTGV_FAQ,
  },
  {
    q: 'sinds wanneer is de meldcode verplicht',
    kind: 'direct',
    facts: [['2013'], ['2019', 'afwegingskader']],
    source: RO_MELDCODE,
  },
  {
    q: 'wanneer maakt veilig thuis bekend wie de melding heeft gedaan',
    kind: 'direct',
    facts: [['identiteit'], ['bedreiging', 'vertrouwensrelatie']],
    source: MELDCODE_NU_MELDEN,
  },

  // ───────────────────────── acute (6, no facts) ─────────────────────────
  {
    q: 'help ik sta bij een client thuis en haar man loopt rond met een mes, ik heb me in de badkamer opgesloten',
    kind: 'acute', about: 'partner',
  },
  {
    q: 'leerling zegt net dat haar vader haar vanavond vermoordt als ze thuiskomt, over 20 min gaat de school uit',
    kind: 'acute', about: 'kind',
  },
  {
    q: 'huisbezoek loopt uit de hand, vader staat voor de voordeur en laat me niet weg, hij schreeuwt dat hij me wat aandoet',
    kind: 'acute', about: 'kind',
  },
  {
    q: 'client appt me net dat ze vannacht een einde aan haar leven maakt, ze heeft pillen gespaard',
    kind: 'acute', about: 'anders',
  },
  {
    q: 'ik hoor nu in de woning naast mijn client gegil en een kind dat om hulp roept, wat moet ik doen??',
    kind: 'acute', about: 'kind',
  },
  {
    q: 'oudere mevrouw belt me huilend, haar zoon is dronken en slaat haar op dit moment, ze zit opgesloten in de wc',
    kind: 'acute', about: 'oudere',
  },

  // ───────────────────────── out-of-scope (11) ─────────────────────────
  { q: 'hoe meld ik een datalek bij de autoriteit persoonsgegevens', kind: 'out-of-scope' },
  { q: 'tips om veilig thuis te werken met m\'n laptop, moet ik vpn aanzetten?', kind: 'out-of-scope' },
  { q: 'wat zijn de stappen voor een mic-melding van een medicatiefout op de afdeling', kind: 'out-of-scope' },
  { q: 'hoe vraag ik kinderbijslag aan voor mijn pleegkind', kind: 'out-of-scope' },
  { q: 'heb je een recept voor een snelle pasta voor vanavond', kind: 'out-of-scope' },
  { q: 'hoe zet ik mijn afwezigheidsbericht aan in teams', kind: 'out-of-scope' },
  { q: 'welk protocol geldt voor een ziekmelding bij mijn werkgever, binnen hoeveel dagen moet ik melden', kind: 'out-of-scope' },
  { q: 'mijn collega zit thuis met een burn-out, hoe kan ik haar steunen', kind: 'out-of-scope' },
  { q: 'wat was de uitslag van ajax gisteren', kind: 'out-of-scope' },
  { q: 'schrijf een kort gedicht over de herfst voor de nieuwsbrief', kind: 'out-of-scope' },
  { q: 'wat kost een parkeervergunning in hilversum', kind: 'out-of-scope' },

  // ───────────────────────── greeting (3) ─────────────────────────
  { q: 'goedemorgen!', kind: 'greeting' },
  { q: 'hoi, wat kun jij eigenlijk allemaal?', kind: 'greeting' },
  { q: 'top, bedankt voor de hulp 👍', kind: 'greeting' },
];
