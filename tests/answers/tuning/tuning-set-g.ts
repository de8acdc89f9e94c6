/*
 * RETIRED AS SEALED on 2026-12-04: scored once, at commit 8e2b64e (198 entries), with `npm run eval:sealed`; the
 * figures are in BENCHMARKS.md ("Answer quality"). Afterwards its 4 acute misses were studied and the scene screen
 * got general rules for them (sounds of violence heard now, someone who does not move, a pick-up by a loverboy's
 * people within the hour, a rope laid ready, "niemand gaat me missen"). From then on it is a tuning set
 * (TUNING_SET_G): a new sealed set must be written, blind, before the next measurement.
 */
/**
 * Sealed evaluation set 5 — written BLIND on 2026-12-04 by a helper session.
 *
 * Not opened while writing: knowledge/, bot/, cards/, scripts/, docs/, bench/, test-support/, README.md,
 * BENCHMARKS.md, and everything under tests/ except tests/answers/sealed/README.md and lines 1-27 of
 * tests/answers/blindScore.ts (the BlindQuestion type). No git log/diff/show; the bot was not run.
 *
 * Sources: public pages found with the search tool (Augeo, Veilig Thuis Gooi en Vechtstreek and other Veilig Thuis
 * regions, NVO, KNMG-meldcode, Landelijk Knooppunt Huwelijksdwang en Achterlating, Raad voor de Kinderbescherming,
 * Movisie, huiselijkgeweld.nl, Rijksoverheid, Inspectie van het Onderwijs, NJi, politie.nl, Slachtofferhulp,
 * Centrum Seksueel Geweld, Centrum Veilige Sport, aanpak-ouderenmishandeling.nl, lkah.nl, Ingrado, ...), plus a
 * minority of questions from /work/shared/domain/facts.md (well under one third). Each question's `source` is the
 * page that states its facts.
 *
 * Rule: nobody reads this file while tuning. It is scored once, at the end of the work, with `npm run eval:sealed`,
 * and then retired to ../tuning/.
 */
import type { BlindQuestion } from '../blindScore.ts';

const VT = ['Veilig Thuis', '0800-2000', '0800 2000'] as const;
const CONSULT = ['aandachtsfunctionaris', 'collega', 'collegiale consultatie'] as const;

const SRC = {
  augVt: 'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/',
  aug11: 'https://www.augeo.nl/nl-nl/actueel/11-vragen-over-advies-vragen-aan-veilig-thuis/',
  augKc: 'https://www.augeo.nl/nl-nl/kindcheck',
  augKcStappen: 'https://www.augeo.nl/nl-nl/kindcheck/stappenplan/',
  augGetuige: 'https://www.augeo.nl/nl-nl/kindermishandeling/getuige-van-partnergeweld/',
  augHwc: 'https://www.augeo.nl/nl-nl/handle-with-care/wat-is-handle-with-care/',
  lkahKc: 'https://lkah.nl/kindcheck',
  vtgvFaq: 'https://www.veiligthuisgv.nl/veelgestelde-vragen/',
  vtgvHwc: 'https://www.veiligthuisgv.nl/professionals/handle-with-care/',
  vtZeeland: 'https://www.veiligthuiszeeland.nl/over-veilig-thuis-zeeland/',
  vthmPro: 'https://www.veiligthuishollandsmidden.nl/professionals/advies-en-melding/',
  vthmOverMij: 'https://veiligthuishollandsmidden.nl/er-is-een-melding-over-mij-gedaan/',
  vthmStalking: 'https://veiligthuishollandsmidden.nl/hulp-bij/stalking-door-ex-partners/',
  vthlLoverboys: 'https://veiligthuishaaglanden.nl/mensenhandel-en-loverboys/',
  weekKm: 'https://weektegenkindermishandeling.nl/over-kindermishandeling/wat-kun-je-als-professional-van-veilig-thuis-verwachten/',
  nvo: 'https://www.nvo.nl/veelgestelde-vragen/wat-als-veilig-thuis-informatie-wil-over-de-behandeling-van-een-ouder-of-kind',
  meldrecht5dok: 'https://5dok.net/article/meldplichten-meldrechten-en-het-pettenvraagstuk.qo5ojk6m',
  medeweten5dok: 'https://5dok.net/article/regelgeving-betreffende-seksueel-misbruik-binnen-institutionele-spoor-inleiding.y6eo8wrn',
  af5dok: 'https://5dok.net/article/begrippenlijst-samenwerkingsafspraken-veilig-thuis-en-lokaal-veld.yng91nop',
  knmgVoorwoord: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/voorwoord1',
  knmgInfo: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/onderdeel-ii-stappenplan-informatieverstrekking-op-verzoek-van-veilig-thuis-raad-voor-de-kinderbescherming-of-gecertificeerde-instelling',
  lkhaWie: 'https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij',
  lkhaBuitenland: 'https://www.huwelijksdwangenachterlating.nl/huwelijksdwang-en-achterlating-het-buitenland-wat-kun-je-doen',
  lkhaEgg: 'https://www.huwelijksdwangenachterlating.nl/volg-de-meldcode-bij-vermoedens-van-eergerelateerd-geweld',
  rvdkHa: 'https://www.kinderbescherming.nl/themas/huwelijksdwang-en-achterlating',
  rvdkVgv: 'https://www.kinderbescherming.nl/themas/vrouwelijke-genitale-verminking',
  rvdkKm: 'https://www.kinderbescherming.nl/themas/kindermishandeling/de-taak-van-de-rvdk-bij-kindermishandeling',
  ggdaVgv: 'https://www.ggd.amsterdam.nl/nieuws/wees-alert-signalen-meisjesbesnijdenis/',
  movEgg: 'https://www.movisie.nl/publicatie/meldcode-vermoedens-eergerelateerd-geweld-0',
  roZeden: 'https://www.rijksoverheid.nl/onderwerpen/voortgezet-onderwijs/vraag-en-antwoord/moet-de-school-seksueel-misbruik-melden-en-aangeven',
  oiKinderopvang: 'https://www.onderwijsinspectie.nl/onderwerpen/vertrouwensinspecteurs/vertrouwensinspecteur-kinderopvang',
  kngo: 'https://www.kennisnetwerkgastouderopvang.nl/facsheet-meldingen-vertouwensinspecteur/',
  gobmaki: 'https://gobmaki.nl/gastouders/vertrouwenspersoon-kinderopvang-en-onderwijs/',
  njiMensenhandel: 'https://www.nji.nl/mensenhandel/in-het-kort',
  njiLoverboys: 'https://www.nji.nl/nl/Kennis/Dossier/Slachtoffers-loverboys/Melding-en-registratie-van-slachtoffers-van-loverboys',
  polStalking: 'https://www.politie.nl/nieuws/2021/mei/16/08-man-aangehouden-op-verdenking-van-stalking-bedreiging-en-mishandeling.html',
  polKm: 'https://www.politie.nl/informatie/dit-doet-de-politie-bij-kindermishandeling.html',
  polHg: 'https://www.politie.nl/themas/huiselijk-geweld.html',
  shn: 'https://www.slachtofferhulp.nl/professionals/een-slachtoffer-doorverwijzen/doorverwijzen-naar-slachtofferhulp/',
  csgOost: 'https://seksuelegezondheidoostnederland.nl/centra-seksueel-geweld-oost-nederland/',
  csgEmergis: 'https://www.emergis.nl/hulp-na-verkrachting-of-aanranding/2017/02/03/',
  huisverbodHm: 'http://www.nieuwkoop.nl/inwoners/veiligheid_41033/item/huiselijk-geweld-in-hollands-midden_113689.html',
  hgFinancieel: 'https://www.huiselijkgeweld.nl/vormen/financieel-misbruik',
  aomMantelzorg: 'https://www.aanpak-ouderenmishandeling.nl/ontspoorde-mantelzorg',
  aomSignalen: 'https://www.aanpak-ouderenmishandeling.nl/professionals/onderzoeken-van-signalen/signalen-en-vormen-van-ouderenmishandeling',
  igzOuderen: 'http://www.igz.nl/actueel/veelgestelde-vragen/vragen_over_oudermishandeling_in_de_zorg/',
  cvsn: 'https://centrumveiligesport.nl/een-melding-maken/waar-kan-ik-terecht',
  ingrado: 'https://www.ingrado.nl/kennisdossiers/meldcode_huiselijk_geweld_en_kindermishandeling/meer_over_de_meldcode/instrumenten/afwegingskader_meldcode_leerplicht_en_rmc',
  scherpenzeel: 'https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld',
  rtvu: 'https://www.rtvutrecht.nl/nieuws/3667596/inspectie-wachttijden-bij-veilig-thuis-zijn-te-lang',
  nuwelijn: 'https://nuwelijn.nl/beleidsdocumenten/meldcode-kindermishandelin',
  // from /work/shared/domain/facts.md
  roMeldcode: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/inhoud/meldcode',
  meldcodeNuMelden: 'https://www.meldcode.nu/melden/',
  movAware: 'https://www.movisie.nl/praktijkvoorbeeld/aware',
  almereOranjeHuis: 'https://www.almere.nl/wonen/zorg-en-welzijn/oranje-huis',
  njiAfwegingskader: 'https://www.nji.nl/kindermishandeling/afwegingskader-meldcode',
} as const;

export const TUNING_SET_G: readonly BlindQuestion[] = [
  // ───────────────────────────── case ─────────────────────────────
  {
    q: 'ik ben pedagogisch medewerker op een kdv en een peuter van 2 heeft al voor de derde keer blauwe plekken op zijn bovenarmen. moeder zegt dat hij gevallen is. wat moet ik nu doen?',
    kind: 'case', about: 'kind', facts: [CONSULT, VT], source: SRC.aug11,
  },
  {
    q: 'Als wijkverpleegkundige kom ik bij een dame van 84. Haar zoon pint van haar rekening, er is nauwelijks eten in huis en ze kan niet uitleggen waar het geld blijft. Wat kan ik doen?',
    kind: 'case', about: 'oudere', facts: [['ouderenmishandeling', 'financieel misbruik', 'financiele uitbuiting'], ['Veilig Thuis']], source: SRC.aomSignalen,
  },
  {
    q: 'huisarts hier. patiente kwam met een gekneusde pols en vertelde uiteindelijk dat haar man dit deed. ze wil absoluut niet dat ik er iets mee doe. mag ik zonder haar toestemming naar veilig thuis?',
    kind: 'case', about: 'partner', facts: [['meldrecht', 'zonder toestemming'], ['Veilig Thuis']], source: SRC.nvo,
  },
  {
    q: 'Ik ben huisarts en heb een vermoeden van kindermishandeling bij een patientje van 4. Ben ik als arts verplicht om Veilig Thuis om advies te vragen of mag ik ook alleen met een collega overleggen?',
    kind: 'case', about: 'kind', facts: [['Veilig Thuis'], ['KNMG', 'arts']], source: SRC.aug11,
  },
  {
    q: 'verloskundige: zwangere client (28 wk) vertelde dat haar vriend haar vorige week heeft geduwd en haar telefoon controleert. ze lacht het weg. hoe pak ik dit aan?',
    kind: 'case', about: 'partner', facts: [VT, CONSULT], source: SRC.aug11,
  },
  {
    q: 'Als JGZ-verpleegkundige hoorde ik van een moeder dat haar partner haar slaat terwijl de baby in de box ligt. De baby zelf wordt niet geslagen zegt ze. Valt dit ook onder kindermishandeling?',
    kind: 'case', about: 'kind', facts: [['getuige'], ['kindermishandeling']], source: SRC.augGetuige,
  },
  {
    q: 'leerkracht groep 5: een meisje vertelde me vanochtend dat papa mama gisteren heeft geslagen en dat ze het niet mag vertellen. ze vroeg of ik het geheim wil houden. moet ik hier iets mee?',
    kind: 'case', about: 'kind', facts: [['melden', 'melding'], ['Veilig Thuis']], source: SRC.augVt,
  },
  {
    q: 'Ik ben intern begeleider op een basisschool in Hilversum. We kregen vanochtend een mail van Veilig Thuis met alleen de naam en geboortedatum van een leerling en het woord Handle with Care. Wat wordt er van ons verwacht?',
    kind: 'case', about: 'kind', facts: [['Handle with Care'], ['steun', 'school']], source: SRC.vtgvHwc,
  },
  {
    q: 'tandarts hier, een jongen van 7 heeft een mond vol onbehandelde gaatjes en pijn, ouders zeggen steeds afspraken af. geldt de meldcode eigenlijk ook voor ons als tandartsen?',
    kind: 'case', about: 'kind', facts: [['tandarts'], ['KNMG']], source: SRC.knmgVoorwoord,
  },
  {
    q: 'Als fysiotherapeut behandel ik een meneer van 79. Zijn dochter zorgt voor hem, is zichtbaar uitgeput, schreeuwt tegen hem en zei dat ze hem soms een extra slaappil geeft zodat ze kan slapen. Wat moet ik hiermee?',
    kind: 'case', about: 'oudere', facts: [['overbelast', 'ontspoorde', 'ontsporing'], ['Veilig Thuis']], source: SRC.aomSignalen,
  },
  {
    q: 'ik ben vrijwillig jeugdtrainer bij een voetbalclub. een andere trainer stuurt meiden van 13 privéberichtjes via snapchat en geeft ze complimentjes over hun uiterlijk. bij wie kan ik dit kwijt?',
    kind: 'case', about: 'kind', facts: [['Centrum Veilige Sport', 'CVSN', 'vertrouwenscontactpersoon']], source: SRC.cvsn,
  },
  {
    q: 'GGZ-behandelaar: mijn client heeft een zware depressie en drinkt veel. Ze heeft twee kinderen van 6 en 9 thuis. Moet ik daar iets mee, ik behandel alleen haar?',
    kind: 'case', about: 'kind', facts: [['kindcheck']], source: SRC.augKc,
  },
  {
    q: 'thuiszorgmedewerker: een meneer sluit zijn vrouw met dementie s middags op in de slaapkamer als hij boodschappen doet, en ze had laatst een blauw oog. wat nu?',
    kind: 'case', about: 'oudere', facts: [['Veilig Thuis'], ['ouderenmishandeling', 'ontspoorde', 'verwaarlozing']], source: SRC.aomSignalen,
  },
  {
    q: 'Ik werk in een verpleeghuis en zag dat een collega een bewoner hard aan zijn arm trok en uitschold. Waar meld ik mishandeling door een collega-zorgverlener?',
    kind: 'case', about: 'oudere', facts: [['Inspectie', 'IGJ', 'IGZ']], source: SRC.igzOuderen,
  },
  {
    q: 'jongerenwerker: meisje van 15 heeft sinds kort een vriend van 23, krijgt dure cadeaus, nieuwe iphone, spijbelt en is vaak s nachts weg. ze wil er niet over praten. wat kan ik doen?',
    kind: 'case', about: 'kind', facts: [['loverboy', 'mensenhandel', 'uitbuiting'], ['Veilig Thuis', '0800-2000', '0800 2000']], source: SRC.vthlLoverboys,
  },
  {
    q: 'Ik ben schuldhulpverlener. Een cliente vertelt dat haar ex elke dag voor haar deur staat en tientallen berichten stuurt. Ze is bang. Wat kan ze doen en wat kan ik haar adviseren?',
    kind: 'case', about: 'partner', facts: [['aangifte'], ['politie']], source: SRC.polStalking,
  },
  {
    q: 'wijkteam medewerker. ouders zitten midden in een vechtscheiding, vader dreigt de kinderen mee te nemen en er wordt geschreeuwd bij de overdracht. de kinderen (5 en 8) zijn bang. moet ik melden?',
    kind: 'case', about: 'kind', facts: [['acuut', 'acute', 'structurele', 'structureel'], ['Veilig Thuis']], source: SRC.augVt,
  },
  {
    q: 'als wijkagent was ik gisteren bij een melding van huiselijk geweld, er waren drie kinderen in huis. wie informeert Veilig Thuis, moet ik dat zelf doen?',
    kind: 'case', about: 'kind', facts: [['Veilig Thuis'], ['politie']], source: SRC.polKm,
  },
  {
    q: 'Leerplichtambtenaar hier. Een meisje van 15 is na de zomervakantie niet terug op school. Familie zegt dat ze bij haar oma in het buitenland blijft wonen. Ik vertrouw het niet. Wie kan me hierbij helpen?',
    kind: 'case', about: 'kind', facts: [['Landelijk Knooppunt', 'LKHA', 'achterlating']], source: SRC.lkhaWie,
  },
  {
    q: 'kraamverzorgende: ik ben deze week elke dag bij een gezin, de kraamvrouw schrikt als haar man thuiskomt, hij schreeuwt en smijt met deuren. ze fluisterde dat ze bang is. wat is mijn rol?',
    kind: 'case', about: 'partner', facts: [VT, CONSULT], source: SRC.aug11,
  },
  {
    q: 'MBO-docent: studente van 17 vertelde dat ze deze zomer met een neef moet trouwen in het land van haar ouders. Ze wil dat niet. Waar kan ik advies krijgen?',
    kind: 'case', about: 'kind', facts: [['Landelijk Knooppunt', 'LKHA', 'huwelijksdwang']], source: SRC.lkhaWie,
  },
  {
    q: 'Ik ben jeugdarts. Een moeder uit Somalie vertelde dat ze zelf besneden is en dat ze deze zomer met haar dochter van 6 naar familie gaat. Ik maak me zorgen. Wat zijn mijn stappen?',
    kind: 'case', about: 'kind', facts: [['Veilig Thuis'], ['strafbaar']], source: SRC.rvdkVgv,
  },
  {
    q: 'huisarts: man van 81, woont alleen, neef regelt zijn geldzaken. nu zijn er huurachterstanden en incassobrieven, terwijl hij prima pensioen heeft. is dit financieel misbruik?',
    kind: 'case', about: 'oudere', facts: [['financieel misbruik', 'financiele uitbuiting', 'ouderenmishandeling']], source: SRC.hgFinancieel,
  },
  {
    q: 'pm er bso: jongetje van 7 zei tijdens het spelen dat zijn oom aan zijn piemel zit als hij daar logeert. ik ben echt geschrokken. wat doe ik nu?',
    kind: 'case', about: 'kind', facts: [['melden', 'melding'], ['Veilig Thuis']], source: SRC.augVt,
  },
  {
    q: 'Ik werk op een kinderdagverblijf en zie dat een collega kinderen hard in de arm knijpt als ze niet luisteren. Ik durf het bijna niet te zeggen. Wat moet ik doen?',
    kind: 'case', about: 'kind', facts: [['houder'], ['vertrouwensinspecteur']], source: SRC.kngo,
  },
  {
    q: 'docent VO: een leerling van 14 vertelde dat de gymdocent haar heeft betast in de kleedkamer. ik heb het aan de teamleider verteld, is dat genoeg?',
    kind: 'case', about: 'kind', facts: [['schoolbestuur', 'bevoegd gezag', 'bestuur'], ['vertrouwensinspecteur']], source: SRC.roZeden,
  },
  {
    q: 'Ik ben interne vertrouwenspersoon op een middelbare school. Een leerling vertelde me in vertrouwen over seksueel contact met een docent. Mag ik dit geheimhouden zoals ze vraagt?',
    kind: 'case', about: 'kind', facts: [['schoolbestuur', 'bevoegd gezag', 'bestuur'], ['geheimhouding', 'meldplicht']], source: SRC.roZeden,
  },
  {
    q: 'wijkverpleegkundige. mevrouw van 72 vertelt dat haar man haar al jaren kleineert en soms slaat. ze wil geen hulp en zegt dat het haar eigen zaak is. mag ik dan toch iets doen?',
    kind: 'case', about: 'partner', facts: [['Veilig Thuis'], ['zonder toestemming', 'meldrecht']], source: SRC.nvo,
  },
  {
    q: 'GGZ behandelaar: cliente (moeder van een peuter) vertelde dat ze haar kind van 2 soms zo hard door elkaar schudt als hij blijft huilen. hoe weeg ik dit?',
    kind: 'case', about: 'kind', facts: [['Veilig Thuis'], ['acuut', 'acute', 'structurele', 'structureel']], source: SRC.augVt,
  },
  {
    q: 'Als huisarts heb ik vorige maand gemeld bij Veilig Thuis over een gezin. Hoor ik nog terug wat ermee gebeurd is?',
    kind: 'case', about: 'kind', facts: [['terugkoppel', 'terug te koppelen', 'informeert', 'melder']], source: SRC.vtZeeland,
  },
  {
    q: 'Ik ben fysiotherapeut in een eigen praktijk en zie bij een kind vreemde plekken op de rug. Welke stappen moet ik volgen volgens de meldcode?',
    kind: 'case', about: 'kind', facts: [['signalen'], ['collega', 'consult']], source: SRC.roMeldcode,
  },
  {
    q: 'leerkracht groep 3. moet ik eerst met de ouders praten voordat ik veilig thuis bel met een melding, of mag dat achter hun rug om?',
    kind: 'case', about: 'kind', facts: [['bespreken', 'gesprek', 'vertellen']], source: SRC.augVt,
  },
  {
    q: 'huisarts: ik twijfel echt of mijn zorgen over een gezin terecht zijn. kan ik Veilig Thuis anoniem bellen zonder namen te noemen?',
    kind: 'case', about: 'kind', facts: [['anoniem'], ['Veilig Thuis']], source: SRC.vthmPro,
  },
  {
    q: 'ik ben trainer bij een turnclub (vrijwilliger). meisje van 11 heeft vaak blauwe plekken en haar vader scheldt haar uit langs de kant. ik val niet onder de meldcode denk ik, maar waar kan ik terecht?',
    kind: 'case', about: 'kind', facts: [VT], source: SRC.scherpenzeel,
  },
  {
    q: 'Thuiszorg: bij een cliënte van 40 zag ik vanochtend rode striemen in haar nek, alsof iemand haar heeft gewurgd. Ze zegt dat het niks is. Wat moet ik doen?',
    kind: 'case', about: 'partner', facts: [['Veilig Thuis'], ['acuut', 'acute', 'structurele', 'structureel']], source: SRC.augVt,
  },
  {
    q: 'Ik ben schuldhulpverlener en mijn client (man) vertelt dat zijn vrouw al het geld beheert, hem zakgeld geeft en dreigt de kinderen mee te nemen als hij klaagt. Is dit huiselijk geweld?',
    kind: 'case', about: 'partner', facts: [['huiselijk geweld'], ['Veilig Thuis']], source: SRC.polHg,
  },
  {
    q: 'jongerenwerker: jongen van 16 vertelt dat hij zijn moeder soms slaat als ze ruzie hebben. hij schaamt zich. is dat ook huiselijk geweld en wat doe ik?',
    kind: 'case', about: 'anders', facts: [['huiselijk geweld'], ['Veilig Thuis']], source: SRC.polHg,
  },
  {
    q: 'SEH-verpleegkundige: jonge vrouw meldt zich, ze is gisteravond verkracht na het uitgaan. Waar verwijs ik haar naar en heeft haast zin?',
    kind: 'case', about: 'anders', facts: [['Centrum Seksueel Geweld', '0800-0188', '0800 0188'], ['7 dagen', 'zeven dagen', 'sporen']], source: SRC.csgOost,
  },
  {
    q: 'mbo docent hier. studente vertelde net huilend dat ze drie dagen geleden op een feestje is verkracht. ze heeft nog niemand iets gezegd. waar kan ze terecht?',
    kind: 'case', about: 'anders', facts: [['Centrum Seksueel Geweld', '0800-0188', '0800 0188', '0800 01 88']], source: SRC.csgEmergis,
  },
  {
    q: 'Als huisarts heb ik een patiënte die vertelt over seksueel misbruik van jaren geleden. Kan zij ook nog bij het Centrum Seksueel Geweld terecht of is dat alleen voor recente zaken?',
    kind: 'case', about: 'anders', facts: [['Centrum Seksueel Geweld', '0800-0188', '0800 0188', '0800 01 88'], ['langer', 'jaren']], source: SRC.csgEmergis,
  },
  {
    q: 'maatschappelijk werker: bij mijn cliente is gisteren een huisverbod opgelegd aan haar man. ze vraagt hoe lang hij weg moet blijven en of dat langer kan. wat zeg ik?',
    kind: 'case', about: 'partner', facts: [['10 dagen', 'tien dagen'], ['28 dagen', 'vier weken', '4 weken']], source: SRC.huisverbodHm,
  },
  {
    q: 'JGZ: moeder van een baby van 3 weken is erg verward en paranoide sinds de bevalling, vader werkt veel. Ik maak me zorgen om de baby. Hoe pak ik dit aan?',
    kind: 'case', about: 'kind', facts: [['kindcheck', 'oudersignalen', 'Veilig Thuis']], source: SRC.augKc,
  },
  {
    q: 'verslavingszorg: client gebruikt heroine en zegt dat hij om het weekend zijn kinderen ziet, dan alleen. moet ik daar naar vragen en wat leg ik vast?',
    kind: 'case', about: 'kind', facts: [['kindcheck'], ['dossier', 'vastleggen', 'vast te leggen', 'noteer']], source: SRC.lkahKc,
  },
  {
    q: 'IB er: wij hebben een melding gedaan bij VT. nu is de moeder woedend en vraagt of wij het waren. kan ik als melder anoniem blijven?',
    kind: 'case', about: 'kind', facts: [['anoniem']], source: SRC.meldcodeNuMelden,
  },
  {
    q: 'Ik ben leerkracht en heb gisteren een melding gedaan bij Veilig Thuis. Wat gebeurt er nu met die melding?',
    kind: 'case', about: 'kind', facts: [['veiligheidsbeoordeling', 'onderzoek']], source: SRC.vtZeeland,
  },
  {
    q: 'Pedagoog met eigen praktijk: Veilig Thuis belt mij met vragen over een kind dat ik behandel. Ik heb zelf niet gemeld en de ouders weten van niks. Mag ik informatie geven zonder toestemming van de ouders?',
    kind: 'case', about: 'kind', facts: [['zonder toestemming', 'meldrecht']], source: SRC.nvo,
  },
  {
    q: 'GGZ: mijn cliente wordt ernstig bedreigd door haar ex, hij heeft gezegd dat hij haar iets aandoet. ze is doodsbang om over straat te gaan. bestaat er zoiets als een alarmknop voor haar?',
    kind: 'case', about: 'partner', facts: [['Aware', 'alarm', 'noodknop']], source: SRC.movAware,
  },
  {
    q: 'casemanager dementie: de dochter van mijn cliente heeft een machtiging op haar rekening en koopt er van alles voor zichzelf van. moeder merkt het niet. hoe heet dit en wat doe ik?',
    kind: 'case', about: 'oudere', facts: [['financieel misbruik', 'financiele uitbuiting', 'ouderenmishandeling']], source: SRC.hgFinancieel,
  },
  {
    q: 'consultatiebureau-arts: baby van 4 maanden met een botbreuk in de arm, ouders hebben er geen verklaring voor. wat moet ik doen?',
    kind: 'case', about: 'kind', facts: [['Veilig Thuis'], ['acuut', 'acute', 'structurele', 'structureel']], source: SRC.augVt,
  },
  {
    q: 'peuterspeelzaal: een meisje komt al weken in dezelfde vieze kleren, heeft steeds honger en haar ouders gebruiken volgens mij drugs. wat zijn mijn stappen?',
    kind: 'case', about: 'kind', facts: [CONSULT, ['Veilig Thuis']], source: SRC.aug11,
  },
  {
    q: 'leerkracht groep 6: een leerling vertelde trots dat ze deze zomer net als haar grote zus "besneden" wordt bij oma in Egypte. Wat moet ik doen?',
    kind: 'case', about: 'kind', facts: [VT], source: SRC.ggdaVgv,
  },
  {
    q: 'MBO-docent: student van 19 vertelt dat haar broers haar volgen en dat haar familie dreigt omdat ze een vriend heeft die ze niet goedkeuren. Wat is hier belangrijk?',
    kind: 'case', about: 'anders', facts: [['deskundige', 'expert', 'LEC', 'Landelijk Knooppunt']], source: SRC.movEgg,
  },
  {
    q: 'wijkteam: bij een vermoeden van eergerelateerd geweld tegen een meisje van 16, is het slim om de ouders uit te nodigen voor een bemiddelingsgesprek?',
    kind: 'case', about: 'kind', facts: [['bemiddel']], source: SRC.lkhaEgg,
  },
  {
    q: 'jeugdhulpverlener: meisje van 16 is slachtoffer van een loverboy. ik wil haar aanmelden bij CoMensha maar heb ik toestemming nodig en van wie?',
    kind: 'case', about: 'kind', facts: [['CoMensha'], ['toestemming']], source: SRC.njiLoverboys,
  },
  {
    q: 'tandarts: vrouw met afgebroken voortand en blauwe plek bij haar oog zegt dat ze tegen een deur is gelopen. ik geloof er niks van. wat kan ik als tandarts doen?',
    kind: 'case', about: 'partner', facts: [['Veilig Thuis'], ['KNMG', 'meldcode']], source: SRC.knmgVoorwoord,
  },
  {
    q: 'Als GGZ-behandelaar heb ik een client die vertelt dat hij zijn vrouw slaat als hij gedronken heeft en dat hij daarmee wil stoppen. Kan Veilig Thuis ook iets voor plegers betekenen?',
    kind: 'case', about: 'partner', facts: [['Veilig Thuis'], ['pleger']], source: SRC.vtZeeland,
  },
  {
    q: 'buurtsportcoach: jongen van 9 vertelde dat zijn moeder hem opsluit in zijn kamer zonder eten als straf. ik ben geen hulpverlener, wie bel ik?',
    kind: 'case', about: 'kind', facts: [VT], source: SRC.scherpenzeel,
  },
  {
    q: 'leerplichtambtenaar: jongen van 14 verzuimt veel, moeder zegt dat hij op zijn broertjes moet passen omdat zij ziek is. geldt de meldcode ook voor mij als leerplicht?',
    kind: 'case', about: 'kind', facts: [['meldcode'], ['leerplicht']], source: SRC.nuwelijn,
  },
  {
    q: 'thuiszorg: meneer van 88 ligt in een vies bed met doorligwonden, zijn zoon woont bij hem in maar doet niks. is dit verwaarlozing en wat moet ik?',
    kind: 'case', about: 'oudere', facts: [['verwaarlozing'], ['Veilig Thuis']], source: SRC.aomSignalen,
  },
  {
    q: 'zorgcoordinator VO: een leerling van 15 zegt dat ze deze zomer naar Pakistan gaat en bang is dat ze niet meer terug mag. de reis is al geboekt. wat kan ik haar adviseren?',
    kind: 'case', about: 'kind', facts: [['Landelijk Knooppunt', 'LKHA'], ['gegevens', 'noteren', 'vertrouwen']], source: SRC.lkhaBuitenland,
  },
  {
    q: 'wijkteam Gooise Meren: een moeder wil met haar twee kinderen weg bij haar gewelddadige partner maar heeft geen plek. is er in onze regio opvang?',
    kind: 'case', about: 'partner', facts: [['Oranje Huis', 'Blijf', 'opvang']], source: SRC.almereOranjeHuis,
  },
  {
    q: 'politie: ik wil een slachtoffer van partnergeweld doorverwijzen naar Slachtofferhulp voor steun. Hoe doe ik dat als professional?',
    kind: 'case', about: 'partner', facts: [['0900-0101', '0900 0101'], ['optie 3', 'goedkeuring', 'toestemming']], source: SRC.shn,
  },
  {
    q: 'GGZ: ik heb bij een client de kindcheck gedaan, hij heeft een dochter van 10, maar er zijn geen zorgen. moet ik nog iets vastleggen?',
    kind: 'case', about: 'kind', facts: [['dossier', 'noteer', 'vastleggen', 'vast te leggen']], source: SRC.augKc,
  },
  {
    q: 'Leerkracht: ouders zijn gescheiden en moeder vertelt dat de kinderen na het omgangsweekend bij vader blauwe plekken hebben. Vader ontkent alles. Wat moet ik als school?',
    kind: 'case', about: 'kind', facts: [CONSULT, ['Veilig Thuis']], source: SRC.aug11,
  },
  {
    q: 'wijkagent: na een incident van huiselijk geweld wil het slachtoffer geen aangifte doen. kunnen we dan nog iets tegen de pleger?',
    kind: 'case', about: 'partner', facts: [['ambtshalve', 'zonder dat er aangifte', 'zonder aangifte']], source: SRC.huisverbodHm,
  },
  {
    q: 'Huisarts: de Raad voor de Kinderbescherming vraagt mij informatie over een kind uit mijn praktijk. Mag ik die geven zonder toestemming van de ouders?',
    kind: 'case', about: 'kind', facts: [['Raad voor de Kinderbescherming', 'RvdK'], ['1:240', 'meldrecht', 'zonder toestemming']], source: SRC.knmgInfo,
  },
  {
    q: 'jeugdverpleegkundige: veilig thuis gaat een gezin onderzoeken maar de ouders willen niet meewerken. kan VT dan gewoon doorgaan?',
    kind: 'case', about: 'kind', facts: [['zonder dat', 'zonder instemming', 'niet mee eens', 'het daarmee eens']], source: SRC.vtgvFaq,
  },
  {
    q: 'Als wijkteammedewerker vraag ik me af: wanneer schakelt Veilig Thuis de Raad voor de Kinderbescherming in en wat kan de Raad dan doen?',
    kind: 'case', about: 'kind', facts: [['Raad voor de Kinderbescherming', 'RvdK'], ['kinderrechter', 'ondertoezichtstelling', 'OTS']], source: SRC.rvdkKm,
  },
  {
    q: 'ik werk als begeleider in de gehandicaptenzorg, een clientje van 12 komt na elk weekend thuis met striemen op zijn benen. ouders zeggen dat hij zichzelf krabt. wat doe ik?',
    kind: 'case', about: 'kind', facts: [CONSULT, ['Veilig Thuis']], source: SRC.aug11,
  },
  {
    q: 'Verloskundige: bij de intake vertelt een zwangere vrouw dat haar eerste kind uit huis geplaatst is en dat haar nieuwe partner drugs gebruikt. Waar moet ik op letten?',
    kind: 'case', about: 'kind', facts: [['kindcheck', 'Veilig Thuis']], source: SRC.augKc,
  },
  {
    q: 'ik ben sociaal werker bij het wijkteam en heb een vermoeden van ouderenmishandeling bij een meneer van 90, maar hij ontkent. wie kan ik om advies vragen?',
    kind: 'case', about: 'oudere', facts: [['Veilig Thuis']], source: SRC.aomSignalen,
  },
  {
    q: 'pedagogisch medewerker: als ik een vermoeden heb, wat moet ik precies opschrijven en waar? ik wil het goed vastleggen voordat ik met de aandachtsfunctionaris praat.',
    kind: 'case', about: 'kind', facts: [['vastleggen', 'vast te leggen', 'noteer', 'dossier', 'in kaart']], source: SRC.roMeldcode,
  },
  {
    q: 'Huisarts: een vrouw vertelt dat haar zus (30) door de familie wordt opgesloten omdat ze wil scheiden. De familie voelt zich "onteerd". Welke specifieke aanpak geldt hier?',
    kind: 'case', about: 'anders', facts: [['eergerelateerd'], ['deskundige', 'expert', 'LEC', 'Landelijk Knooppunt']], source: SRC.movEgg,
  },
  {
    q: 'IB er basisschool: we twijfelen al weken over een gezin. wanneer MOETEN we volgens het afwegingskader melden en wanneer mogen we zelf hulp organiseren?',
    kind: 'case', about: 'kind', facts: [['acute', 'acuut'], ['structurele', 'structureel']], source: SRC.weekKm,
  },

  // ───────────────────────────── acute ─────────────────────────────
  { q: 'ik sta bij een client op de gang, haar man heeft een mes gepakt in de keuken en schreeuwt dat hij haar afmaakt', kind: 'acute' },
  { q: 'collega belt me vanaf een huisbezoek, de vader dreigt haar te slaan en staat voor de voordeur zodat ze er niet uit kan. wat moet ze doen', kind: 'acute' },
  { q: 'moeder komt haar kind ophalen bij de opvang met bloed op haar gezicht, haar vriend staat buiten te tieren en schopt tegen de auto', kind: 'acute' },
  { q: 'leerling vertelt dat ze morgenochtend met het vliegtuig naar familie gaat en daar moet trouwen, haar paspoort is al afgepakt', kind: 'acute' },
  { q: 'ik kreeg net een appje van een client: "sorry voor alles, dit is mijn laatste bericht, zorg goed voor mijn kat"', kind: 'acute' },
  { q: 'cliente heeft een stapel pillen op tafel gelegd tijdens mijn bezoek en zegt dat ze er vannacht een einde aan maakt', kind: 'acute' },
  { q: 'bij mijn client hiernaast hoor ik al tien minuten gegil en gebonk, er wordt iemand tegen de muur gegooid denk ik', kind: 'acute' },
  { q: 'vader is stomdronken en wil zijn dochtertje van 3 meenemen uit het kdv, hij duwde de pm er net opzij', kind: 'acute' },
  { q: 'in het verpleeghuis slaat een zoon op dit moment zijn moeder op haar kamer, ik hoor haar huilen. help', kind: 'acute' },
  { q: 'jongen van 16 op het jongerencentrum zegt dat hij thuis een touw heeft klaargelegd en dat niemand hem gaat missen', kind: 'acute' },
  { q: 'de ex van mijn cliente staat met een honkbalknuppel voor haar deur en zij zit binnen met de kinderen, ze belt mij in paniek', kind: 'acute' },
  { q: 'een kind belt me huilend: mama ligt op de grond en beweegt niet en papa is weggelopen', kind: 'acute' },
  { q: 'Tijdens een huisbezoek haalde de man een pistool uit de la en zei dat niemand het huis verlaat. Ik zit op de wc en app dit.', kind: 'acute' },
  { q: 'meisje van 14 wordt over een uur opgehaald door de "vrienden" van haar loverboy en ze is doodsbang wat ze met haar gaan doen', kind: 'acute' },
  { q: 'een student staat op het dak van ons schoolgebouw en roept dat hij gaat springen', kind: 'acute' },
  { q: 'moeder houdt haar huilende baby vast, is helemaal over de rooie en zegt dat ze hem iets aandoet als hij niet stopt. ik ben er nog', kind: 'acute' },
  // ───────────────────────────── everyday ─────────────────────────────
  {
    q: 'ik denk dat een kindje uit mijn groep thuis geslagen wordt, wat moet ik doen',
    kind: 'everyday', about: 'kind', facts: [['Veilig Thuis'], CONSULT], source: SRC.aug11,
  },
  {
    q: 'wie kan ik bellen als ik twijfel of het thuis wel goed gaat bij iemand?',
    kind: 'everyday', facts: [['Veilig Thuis'], ['0800-2000', '0800 2000']], source: SRC.augVt,
  },
  {
    q: 'kan ik gewoon even overleggen met iemand zonder dat er meteen van alles gebeurt met dat gezin',
    kind: 'everyday', about: 'kind', facts: [['advies', 'overleg'], ['Veilig Thuis']], source: SRC.aug11,
  },
  {
    q: 'een oude mevrouw die ik help wordt volgens mij bestolen door haar kleinzoon, er verdwijnt steeds geld uit haar portemonnee',
    kind: 'everyday', about: 'oudere', facts: [['financieel misbruik', 'financiele uitbuiting', 'ouderenmishandeling']], source: SRC.hgFinancieel,
  },
  {
    q: 'Mijn cliente zegt dat haar man haar niet slaat maar wel alles voor haar bepaalt, haar uitscheldt en haar vriendinnen verbiedt. Telt dat ook als geweld thuis?',
    kind: 'everyday', about: 'partner', facts: [['huiselijk geweld'], ['Veilig Thuis']], source: SRC.polHg,
  },
  {
    q: 'is het eigenlijk erg als een kind alleen maar ziet dat papa mama slaat? het wordt zelf nooit geslagen',
    kind: 'everyday', about: 'kind', facts: [['kindermishandeling'], ['getuige']], source: SRC.augGetuige,
  },
  {
    q: 'iemand is gisteren verkracht, waar kan ze zo snel mogelijk heen?',
    kind: 'everyday', about: 'anders', facts: [['Centrum Seksueel Geweld', '0800-0188', '0800 0188']], source: SRC.csgOost,
  },
  {
    q: 'ik wil niet dat de ouders weten dat ik degene ben die belt. kan dat?',
    kind: 'everyday', about: 'kind', facts: [['anoniem']], source: SRC.vtgvFaq,
  },
  {
    q: 'wat gebeurt er eigenlijk als ik veilig thuis bel? gaan ze dan meteen bij die mensen langs?',
    kind: 'everyday', facts: [['advies'], ['melding']], source: SRC.vtZeeland,
  },
  {
    q: 'de ouders zijn bang dat hun kinderen worden afgepakt als ik aan de bel trek. klopt dat?',
    kind: 'everyday', about: 'kind', facts: [['vrijwillig'], ['rechter', 'Raad voor de Kinderbescherming', 'RvdK']], source: SRC.rvdkKm,
  },
  {
    q: 'een meisje uit mijn klas zei dat ze uitgehuwelijkt wordt. ik weet echt niet wat ik moet doen',
    kind: 'everyday', about: 'kind', facts: [['Landelijk Knooppunt', 'LKHA', 'huwelijksdwang']], source: SRC.lkhaWie,
  },
  {
    q: 'een vrouw die ik begeleid wordt steeds achtervolgd door haar ex, hij staat elke dag bij haar werk. wat kan ze doen',
    kind: 'everyday', about: 'partner', facts: [['aangifte'], ['politie']], source: SRC.polStalking,
  },
  {
    q: 'ik heb het gevoel dat een moeder haar baby niet goed verzorgt, hij is mager en ligt steeds in een natte luier',
    kind: 'everyday', about: 'kind', facts: [['Veilig Thuis'], CONSULT], source: SRC.aug11,
  },
  {
    q: 'een mantelzorger zei tegen mij "ik ben zo op, straks sla ik hem nog eens". ze zorgt al jaren voor haar man. moet ik hier iets mee?',
    kind: 'everyday', about: 'oudere', facts: [['overbelast', 'ontspoorde', 'ontsporing'], ['Veilig Thuis']], source: SRC.aomSignalen,
  },
  {
    q: 'hoe weet ik nou of ik iets moet doen of dat ik gewoon overdrijf?',
    kind: 'everyday', about: 'kind', facts: [['collega', 'aandachtsfunctionaris', 'Veilig Thuis']], source: SRC.aug11,
  },
  {
    q: 'moet ik het eerst aan de ouders vertellen als ik ga melden?',
    kind: 'everyday', about: 'kind', facts: [['bespreken', 'vertellen', 'gesprek']], source: SRC.augVt,
  },
  {
    q: 'een jongen van 15 heeft ineens veel geld, dure kleren en een oudere "vriend" die hem overal heen brengt. ik vertrouw het niet',
    kind: 'everyday', about: 'kind', facts: [['mensenhandel', 'uitbuiting', 'loverboy']], source: SRC.vthlLoverboys,
  },
  {
    q: 'een meisje zegt dat ze deze vakantie naar oma in somalie gaat voor "het grote feest" en dat ze dan een echte vrouw wordt',
    kind: 'everyday', about: 'kind', facts: [['Veilig Thuis'], ['besnijdenis', 'VGV', 'genitale verminking']], source: SRC.ggdaVgv,
  },
  {
    q: 'mijn client heeft een jachtgeweer in de kast, is vaak depressief en heeft twee kleine kinderen. moet ik me daar druk om maken?',
    kind: 'everyday', about: 'kind', facts: [['kindcheck', 'kinderen'], ['Veilig Thuis', 'collega']], source: SRC.augKcStappen,
  },
  {
    q: 'we kregen een mailtje van veilig thuis over een leerling met alleen naam en geboortedatum erin. wat moeten we daarmee?',
    kind: 'everyday', about: 'kind', facts: [['Handle with Care']], source: SRC.vtgvHwc,
  },
  {
    q: 'wie houdt het eigenlijk in de gaten als ik gemeld heb? ben ik dan nog verantwoordelijk?',
    kind: 'everyday', about: 'kind', facts: [['regie', 'verantwoordelijk']], source: SRC.vthmPro,
  },
  {
    q: 'iemand van mijn team zegt dat een collega de kinderen op de groep ruw aanpakt. moet ik daar iets mee?',
    kind: 'everyday', about: 'kind', facts: [['houder'], ['vertrouwensinspecteur']], source: SRC.kngo,
  },
  {
    q: 'een mevrouw zegt dat haar ex na de scheiding nog steeds berichten stuurt, haar opwacht en dreigt. hoe noem je dat en wat kan ze doen?',
    kind: 'everyday', about: 'partner', facts: [['stalking', 'stalker']], source: SRC.vthmStalking,
  },
  {
    q: 'ik wil iemand die in elkaar is geslagen doorsturen voor steun en hulp bij de aangifte, waar kan dat?',
    kind: 'everyday', about: 'anders', facts: [['Slachtofferhulp', '0900-0101', '0900 0101']], source: SRC.shn,
  },
  {
    q: 'mag ik dingen die een ouder mij in vertrouwen vertelt zomaar doorgeven aan veilig thuis? dat voelt als verraad',
    kind: 'everyday', about: 'kind', facts: [['meldrecht', 'zonder toestemming', 'geheimhouding']], source: SRC.nvo,
  },

  // ───────────────────────────── direct ─────────────────────────────
  { q: 'nummer veilig thuis?', kind: 'direct', facts: [['0800-2000', '0800 2000']], source: SRC.augVt },
  { q: 'Is Veilig Thuis ook s nachts en in het weekend bereikbaar?', kind: 'direct', facts: [['24 uur', '24/7', 'dag en nacht']], source: SRC.augVt },
  { q: 'hoe lang duurt een tijdelijk huisverbod', kind: 'direct', facts: [['10 dagen', 'tien dagen'], ['28 dagen', 'vier weken', '4 weken']], source: SRC.huisverbodHm },
  { q: 'wat is het meldrecht?', kind: 'direct', facts: [['meldrecht'], ['zonder toestemming', 'beroepsgeheim', 'geheimhouding']], source: SRC.nvo },
  { q: 'is meldrecht hetzelfde als een meldplicht?', kind: 'direct', facts: [['meldplicht'], ['meldrecht']], source: SRC.meldrecht5dok },
  { q: 'Wat is de kindcheck?', kind: 'direct', facts: [['kindcheck'], ['kinderen', 'minderjarige']], source: SRC.augKc },
  { q: 'welke sectoren moeten verplicht met de meldcode werken', kind: 'direct', facts: [['gezondheidszorg'], ['onderwijs'], ['kinderopvang']], source: SRC.scherpenzeel },
  { q: 'sinds wanneer is het afwegingskader verplicht?', kind: 'direct', facts: [['2019']], source: SRC.ingrado },
  { q: 'telefoonnummer centrum seksueel geweld', kind: 'direct', facts: [['0800-0188', '0800 0188', '0800 01 88']], source: SRC.csgEmergis },
  { q: 'slachtofferhulp nummer voor professionals?', kind: 'direct', facts: [['0900-0101', '0900 0101']], source: SRC.shn },
  { q: 'Binnen hoeveel dagen maakt Veilig Thuis een veiligheidsbeoordeling na een melding?', kind: 'direct', facts: [['5 werkdagen', 'vijf werkdagen']], source: SRC.rtvu },
  { q: 'is meisjesbesnijdenis ook strafbaar als het in het buitenland gebeurt', kind: 'direct', facts: [['strafbaar'], ['buitenland']], source: SRC.rvdkVgv },
  { q: 'wat doet een aandachtsfunctionaris eigenlijk', kind: 'direct', facts: [['aandachtsfunctionaris'], ['advise', 'ondersteun', 'collega']], source: SRC.af5dok },
  { q: 'wat is het LKHA?', kind: 'direct', facts: [['Landelijk Knooppunt'], ['huwelijksdwang']], source: SRC.lkhaWie },
  { q: 'wat is CoMensha', kind: 'direct', facts: [['CoMensha'], ['mensenhandel']], source: SRC.njiLoverboys },
  { q: 'wat is ontspoorde mantelzorg?', kind: 'direct', facts: [['mantelzorg'], ['overbelast', 'onmacht', 'onkunde']], source: SRC.aomMantelzorg },
  { q: 'telefoonnummer vertrouwensinspecteur onderwijs/kinderopvang', kind: 'direct', facts: [['0900-1113111', '0900 1113111', '0900-111 3111', '0900 111 3111']], source: SRC.gobmaki },
  { q: 'wat zijn de 5 stappen van de meldcode', kind: 'direct', facts: [['signalen'], ['collega', 'consultatie'], ['gesprek']], source: SRC.roMeldcode },
  { q: 'kan ik als professional anoniem advies vragen bij VT?', kind: 'direct', facts: [['anoniem']], source: SRC.vthmPro },
  { q: 'wat valt er allemaal onder huiselijk geweld', kind: 'direct', facts: [['huiselijke kring'], ['partner', 'ouderenmishandeling', 'kindermishandeling']], source: SRC.polHg },
  { q: 'Hoeveel meisjes lopen in Nederland risico op meisjesbesnijdenis?', kind: 'direct', facts: [['4200', '4.200']], source: SRC.rvdkVgv },
  { q: 'wat is Handle with Care', kind: 'direct', facts: [['Handle with Care'], ['school', 'leraar', 'leerkracht']], source: SRC.augHwc },
  { q: 'betekent zonder toestemming melden ook zonder dat de client het weet?', kind: 'direct', facts: [['medeweten']], source: SRC.medeweten5dok },

  // ───────────────────────────── out-of-scope ─────────────────────────────
  { q: 'hoe deel ik mijn scherm in teams als ik in een breakout room zit', kind: 'out-of-scope' },
  { q: 'waar kan ik de kilometers van mijn huisbezoeken declareren?', kind: 'out-of-scope' },
  { q: 'wat is de juiste dosering paracetamol zetpil voor een kind van 20 kilo met koorts', kind: 'out-of-scope' },
  { q: 'hoe maak ik een draaitabel in excel van de cliëntaantallen per kwartaal', kind: 'out-of-scope' },
  { q: 'wie gaat er over het reserveren van de grote vergaderzaal op de tweede verdieping?', kind: 'out-of-scope' },
  { q: 'mijn authenticator app werkt niet meer sinds ik een nieuwe telefoon heb, hoe kom ik weer in mijn mail', kind: 'out-of-scope' },
  { q: 'Hoe lang moet een werkgever een personeelsdossier bewaren nadat iemand uit dienst is gegaan?', kind: 'out-of-scope' },
  { q: 'kan iemand uitleggen hoe de nieuwe functie-indeling in de cao sociaal werk in elkaar zit', kind: 'out-of-scope' },
  { q: 'wat is het verschil tussen diabetes type 1 en type 2, ik moet een voorlichting geven op een school', kind: 'out-of-scope' },
  { q: 'de koffieautomaat op de derde verdieping is weer kapot, naar wie moet ik mailen', kind: 'out-of-scope' },
  { q: 'hoe zet ik een automatisch antwoord aan in outlook voor als ik twee dagen op cursus ben', kind: 'out-of-scope' },
  { q: 'welk wondverband gebruik je het best bij decubitus categorie 2 op de hiel?', kind: 'out-of-scope' },
  { q: 'we willen met het team een sloepentocht over de vecht doen, weet iemand een goede verhuur?', kind: 'out-of-scope' },
  { q: 'hoe vraag ik een ergonomische bureaustoel aan voor thuiswerken', kind: 'out-of-scope' },
  { q: 'wat is de deadline voor het indienen van de jaarverantwoording van onze subsidie bij de gemeente Hilversum', kind: 'out-of-scope' },
  { q: 'Kun je een Engelse vertaling maken van onze folder over de nieuwe openingstijden van het wijkcentrum?', kind: 'out-of-scope' },

  // ───────────────────────────── greeting ─────────────────────────────
  { q: 'hoi', kind: 'greeting' },
  { q: 'Goedemorgen!', kind: 'greeting' },
  { q: 'bedankt, hier kan ik mee verder', kind: 'greeting' },
  { q: 'top, dankjewel!!', kind: 'greeting' },
  { q: 'hallo meldwijzer', kind: 'greeting' },
  { q: 'fijne dag nog', kind: 'greeting' },
];
