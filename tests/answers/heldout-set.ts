/**
 * HELD-OUT evaluation set: written once, before looking at what the engine answers, from the entry
 * titles only, in the way teachers, GPs, youth workers, kinderopvang staff and wijkteam consultants type
 * in Teams (typos, abbreviations, fragments, case descriptions without names).
 *
 * Rules for keeping it held out:
 * - never copy these questions (or close paraphrases) into an entry's `questions` or `keywords`;
 * - no question may equal an entry's example question or title (evaluationCopies.test.ts); three batch-1
 *   questions that had become copies ("nummer kindertelefoon", "wie zitten er in de taskforce", "wat is
 *   team kim") were rephrased, keeping their expected ids;
 * - never change an expected id to match what the engine answers; only fix an id when the entry list
 *   itself changes (say so in the commit message);
 * - tune on tests/answers/evaluation-set.ts and on general knowledge work, then re-measure here.
 * `ids` lists the acceptable entries (at most 2, when two entries are both a right first answer).
 */

export interface HeldOutQuestion {
  readonly q: string;
  readonly ids: readonly [string] | readonly [string, string];
}

export const HELDOUT_IN_SCOPE: readonly HeldOutQuestion[] = [
  // a child or young person discloses violence / is afraid to go home
  { q: 'leerling durft niet naar huis omdat pa hem slaat, wat moet ik doen', ids: ['meldcode-kind-vertelt-iets'] },
  { q: 'meisje uit groep 6 vertelde in de kring dat papa mama vaak pijn doet', ids: ['meldcode-kind-vertelt-iets'] },
  { q: 'kleuter op de bso zegt dat oom aan haar plassertje zit, hoe moet ik reageren', ids: ['meldcode-kind-vertelt-iets'] },
  { q: 'jongen van 15 uit mijn jongerenwerk wil niet meer thuis slapen ivm ruzie en klappen', ids: ['meldcode-kind-vertelt-iets'] },
  { q: 'puber vertelt me in vertrouwen dat ze geslagen wordt maar ik mag het aan niemand zeggen', ids: ['meldcode-kind-vertelt-iets'] },
  { q: 'kind zei net tegen me dat ze bang is voor haar stiefvader. wat nu?', ids: ['meldcode-kind-vertelt-iets'] },

  // meldcode
  { q: 'kind komt steeds met blauwe plekken op school en is heel stil, is dat een signaal?', ids: ['meldcode-signalen-herkennen', 'meldcode-stap-1-signalen'] },
  { q: 'waar let ik op bij een vermoeden van huiselijk geweld bij een patiente', ids: ['meldcode-signalen-herkennen'] },
  { q: 'stappenplan meldcode', ids: ['meldcode-vijf-stappen-overzicht'] },
  { q: 'welke stappen moet ik doorlopen bij vermoeden km', ids: ['meldcode-vijf-stappen-overzicht'] },
  { q: 'met wie kan ik sparren over mijn zorgen over een gezin voor ik iets onderneem', ids: ['meldcode-stap-2-consultatie'] },
  { q: 'hoe bespreek ik mijn zorgen met de ouders zonder dat het escaleert', ids: ['meldcode-stap-3-gesprek'] },
  { q: 'vader is erg agressief, kan ik melden zonder eerst met hem te praten', ids: ['meldcode-stap-3-gesprek-overslaan'] },
  { q: 'twijfel hoe ernstig het is, hoe weeg ik dat', ids: ['meldcode-stap-4-wegen'] },
  { q: 'laatste stap meldcode: melden of zelf hulp?', ids: ['meldcode-stap-5-beslissen', 'afwegingskader-wat-is-het'] },
  { q: 'wat noteer ik in het leerlingdossier bij zorgen over de thuissituatie', ids: ['meldcode-vastleggen-dossier'] },
  { q: 'ik ben net AF geworden, wat zijn mijn taken', ids: ['meldcode-aandachtsfunctionaris-taken'] },
  { q: 'moet elke school volgens de wet een aandachtsfunctionaris hebben', ids: ['meldcode-aandachtsfunctionaris-verplicht'] },
  { q: 'geldt de meldcode ook voor zzp-ers', ids: ['meldcode-eigen-meldcode-per-organisatie', 'meldcode-wie-moet-een-meldcode-hebben'] },
  { q: 'wij zijn een sportvereniging met alleen vrijwilligers, moeten wij een meldcode', ids: ['meldcode-wie-moet-een-meldcode-hebben'] },
  { q: 'wie controleert of het kinderdagverblijf de meldcode naleeft', ids: ['meldcode-toezicht'] },
  { q: 'ik ben verslavingsarts, moet ik vragen of mijn client kinderen heeft', ids: ['meldcode-kindcheck-wat-is-het'] },
  { q: 'kindcheck alleen bij intake of ook later?', ids: ['meldcode-kindcheck-wanneer'] },

  // afwegingskader
  { q: 'wat zijn de 5 afwegingen', ids: ['afwegingskader-wat-is-het'] },
  { q: 'het speelt al jaren in dat gezin, is dat structurele onveiligheid en moet ik dan melden', ids: ['afwegingskader-afweging-2-onveiligheid'] },
  { q: 'gezin krijgt al hulp maar het geweld gaat gewoon door', ids: ['afwegingskader-afweging-5-veiligheid-herstel', 'afwegingskader-melden-professionele-norm'] },
  { q: 'ouders weigeren iedere vorm van hulp, wat nu', ids: ['afwegingskader-afweging-4-hulp-aanvaard'] },
  { q: 'ik twijfel of ik dit gezin zelf wel genoeg kan bieden', ids: ['afwegingskader-afweging-3-effectieve-hulp'] },
  { q: 'na het gesprek met moeder is mijn vermoeden weg, wat doe ik dan', ids: ['afwegingskader-afweging-1-vermoeden'] },
  { q: 'wanneer MOET ik melden bij VT', ids: ['afwegingskader-melden-professionele-norm'] },
  { q: 'wij zitten al als hulpverlener in het gezin, toch melden?', ids: ['afwegingskader-melden-terwijl-ik-hulp-geef'] },
  { q: 'vroeger kon je kiezen tussen melden en hulp bieden, nu niet meer?', ids: ['afwegingskader-wat-veranderde-in-2019'] },
  { q: 'in welke stap van de meldcode gebruik je het afwegingskader', ids: ['afwegingskader-plaats-in-stappen'] },

  // beroepsgeheim
  { q: 'ik ben huisarts, mag ik zonder toestemming van de patient info doorgeven aan VT', ids: ['beroepsgeheim-doorbreken', 'beroepsgeheim-meldrecht-geen-meldplicht'] },
  { q: 'ben ik nou verplicht om te melden of mag het alleen', ids: ['beroepsgeheim-meldrecht-geen-meldplicht'] },
  { q: 'moet ik de ouders vertellen dat ik ga melden', ids: ['beroepsgeheim-client-vertellen-over-melding', 'beroepsgeheim-open-melden-tenzij'] },
  { q: 'kan ik melden zonder dat de ouders weten dat het van mij komt', ids: ['beroepsgeheim-anoniem-melden-professional', 'veilig-thuis-naam-melder'] },
  { q: 'we hebben besloten niet te melden, moet ik dat verantwoorden', ids: ['beroepsgeheim-niet-melden-uitleggen'] },
  { q: 'juf vermoedt dat een collega aan een leerling zit, wat moet de school doen', ids: ['sectoren-onderwijs-meldplicht-zedendelict'] },
  { q: 'pedagogisch medewerker raakt kinderen ongepast aan, wat moet de houder doen', ids: ['sectoren-kinderopvang-geweld-door-medewerker'] },

  // sectoren
  { q: 'geldt voor artsen een plicht om VT te raadplegen', ids: ['sectoren-artsen-advies-veilig-thuis-verplicht'] },
  { q: 'knmg meldcode 2023 wat staat erin', ids: ['sectoren-artsen-knmg-meldcode'] },
  { q: 'kinderen op de opvang die elkaar seksueel aanraken, welk protocol', ids: ['sectoren-kinderopvang-drie-routes'] },
  { q: 'afwegingskader voor het mbo', ids: ['sectoren-onderwijs-afwegingskader-leerplicht'] },
  { q: 'ik werk bij een jeugdhulpaanbieder welk afwegingskader gebruiken wij', ids: ['sectoren-jeugdhulp-afwegingskader'] },

  // vormen
  { q: 'leerling is bang dat ze deze zomer wordt uitgehuwelijkt', ids: ['vormen-eergerelateerd-geweld', 'vormen-eergerelateerd-expertise-huwelijksdwang'] },
  { q: 'familie wil dochter laten besnijden in de vakantie naar somalie', ids: ['vormen-vgv-acuut-risico', 'vormen-vgv-meisjesbesnijdenis'] },
  { q: 'thuiszorg ziet dat zoon geld pakt van zijn dementerende moeder', ids: ['vormen-ouderenmishandeling', 'regio-aanpak-ouderenmishandeling'] },
  { q: 'mantelzorger is overbelast en wordt boos op zijn vrouw met alzheimer', ids: ['vormen-ontspoorde-mantelzorg'] },
  { q: 'vermoeden dat schoonmakers worden uitgebuit waar meld ik dat', ids: ['vormen-mensenhandel-melden'] },

  // Veilig Thuis
  { q: 'telnr VT?', ids: ['veilig-thuis-wat-is-het', 'verwijzen-welk-nummer-overzicht'] },
  { q: 'is vt ook s nachts te bereiken', ids: ['veilig-thuis-bereikbaarheid-chat'] },
  { q: 'bel ik VT voor advies of doe ik meteen een melding', ids: ['veilig-thuis-advies-of-melding'] },
  { q: 'hoor ik nog iets van veilig thuis nadat ik gemeld heb?', ids: ['veilig-thuis-terugkoppeling'] },
  { q: 'VT belt me voor info over een leerling, mag ik dat zomaar vertellen', ids: ['veilig-thuis-informatie-geven'] },
  { q: 'hoelang duurt een onderzoek van vt', ids: ['veilig-thuis-onderzoek'] },
  { q: 'heeft het zin een los signaal te melden als anderen misschien ook iets zien', ids: ['veilig-thuis-radarfunctie'] },
  { q: 'welke gemeenten vallen onder veilig thuis gooi en vechtstreek', ids: ['veilig-thuis-gooi-en-vechtstreek'] },

  // veiligheid
  { q: 'wie is verantwoordelijk voor de veiligheid van het kind als ik alleen advies heb gevraagd', ids: ['veiligheid-verantwoordelijk-advies-of-melding'] },
  { q: 'VT heeft de casus overgedragen aan het wijkteam, wie houdt nu zicht op de veiligheid', ids: ['veiligheid-zicht-na-overdracht-vt'] },
  { q: 'wat is een procesregisseur en wat is het verschil met een casusregisseur', ids: ['veiligheid-procesregie-casusregie'] },
  { q: 'als zorgaanbieder zorgen over gezin, wanneer schakel ik de usd in', ids: ['veiligheid-signalen-zorgaanbieder-usd'] },

  // verwijzen
  { q: 'vrouw wil weg bij haar man, waar kan ze met de kinderen heen', ids: ['verwijzen-vrouwenopvang', 'verwijzen-oranje-huis-almere'] },
  { q: 'moeder vertelt op het consultatiebureau dat haar partner haar slaat, waar kan zij zelf terecht', ids: ['verwijzen-slachtoffer-zelf'] },
  { q: 'tienermeisje is afgelopen weekend verkracht, waar moet ze naartoe', ids: ['verwijzen-centrum-seksueel-geweld', 'verwijzen-csg-flevoland-gooi-en-vechtstreek'] },
  { q: 'ex blijft haar stalken en bedreigen, bestaat er een alarmknop', ids: ['verwijzen-aware-noodalarm'] },
  { q: 'vader heeft huisverbod gekregen, hoeveel dagen mag hij niet thuis komen', ids: ['verwijzen-tijdelijk-huisverbod'] },
  { q: 'welk nummer heeft de kindertelefoon', ids: ['verwijzen-kindertelefoon'] },
  { q: 'politie bellen als het geen spoed is, welk nummer', ids: ['verwijzen-112-politie-anoniem'] },
  { q: 'tot welke leeftijd kun je een jongere in de VIR zetten', ids: ['verwijzen-verwijsindex'] },
  { q: 'wanneer komt de raad vd kinderbescherming erbij', ids: ['verwijzen-raad-voor-de-kinderbescherming'] },
  { q: 'we kregen een handle with care bericht op school, wat betekent dat', ids: ['verwijzen-handle-with-care', 'verwijzen-handle-with-care-route'] },
  { q: 'zeer complexe casus met veel partijen, kan daar mda++ op', ids: ['verwijzen-mda-plus-plus', 'verwijzen-mda-plus-plus-in-de-regio'] },
  { q: 'client met justitiecontacten en veel problemen tegelijk, waar kan ik terecht', ids: ['verwijzen-zorg-en-veiligheidshuis'] },

  // regio
  { q: 'hoe vaak komt kindermishandeling voor in onze regio', ids: ['regio-cijfers-gooi-en-vechtstreek'] },
  { q: 'hoe vaak komt het AF netwerk bij elkaar', ids: ['regio-netwerk-aandachtsfunctionarissen'] },
  { q: 'wie zijn de leden van de taskforce', ids: ['regio-taskforce-hg-km'] },
  { q: 'hoeveel geld is er voor het programma ghnt', ids: ['regio-begroting-programma'] },
  { q: 'wat doet team kim', ids: ['regio-zie-campagne-en-team-kim'] },
  { q: 'emdr traumabehandeling aanbod in de regio', ids: ['regio-aanpak-trauma'] },
];

/** Out of scope, with traps: the words of the domain ("melden", "kind", "kinderopvang", "school") in another sense. */
export const HELDOUT_OUT_OF_SCOPE: readonly string[] = [
  'hoe meld ik me ziek',
  'waar meld ik een datalek',
  'hoe meld ik een kapotte lantaarnpaal bij de gemeente',
  'kind heeft hoofdluis, moet ik de andere ouders inlichten',
  'leerling heeft dyslexie, welke extra hulp kan hij krijgen',
  'hoeveel kinderen mogen er per pedagogisch medewerker op een groep',
  'vaccinatieschema rijksvaccinatieprogramma baby',
  'hoe vraag ik een vog aan voor een nieuwe collega',
  'hoe declareer ik mijn reiskosten',
  'wat zijn de openingstijden van het zwembad',
  'hoe vraag ik toeslag voor de kinderopvang aan',
  'wat is het verschil tussen mbo en hbo',
  'kan ik via het werk een ehbo cursus volgen',
  'parkeervergunning aanvragen in huizen',
  'wanneer is de volgende studiedag op school',
];

/**
 * Second held-out batch, written AFTER the knowledge work that followed the first measurement of the
 * batch above (which had by then been looked at), and measured once before any further change. It is
 * the more honest estimate of how the tuned knowledge base does on new questions. Same rules.
 */
export const HELDOUT2_IN_SCOPE: readonly HeldOutQuestion[] = [
  { q: 'peuter op de groep heeft vaak vieze kleren en honger, moet ik iets met de meldcode?', ids: ['meldcode-signalen-herkennen', 'meldcode-stap-1-signalen'] },
  { q: 'mijn leerling (12) zegt dat stiefpa hem met de riem slaat', ids: ['meldcode-kind-vertelt-iets'] },
  { q: 'jongere in de jeugdhulp vertelt dat ze thuis wordt opgesloten, wat nu', ids: ['meldcode-kind-vertelt-iets'] },
  { q: 'mag ik zeggen dat ik het niet doorvertel als een kind iets wil vertellen', ids: ['meldcode-kind-vertelt-iets'] },
  { q: 'moet ik als gastouder ook een meldcode hebben?', ids: ['meldcode-wie-moet-een-meldcode-hebben', 'meldcode-eigen-meldcode-per-organisatie'] },
  { q: 'collega twijfelt, met wie kan zij overleggen over haar zorgen', ids: ['meldcode-stap-2-consultatie'] },
  { q: 'AF verplicht voor kinderopvang?', ids: ['meldcode-aandachtsfunctionaris-verplicht'] },
  { q: 'hoe vaak moet ik de kindcheck doen', ids: ['meldcode-kindcheck-wanneer'] },
  { q: 'ggz client met kinderen en een psychose, wat moet ik checken', ids: ['meldcode-kindcheck-wat-is-het'] },
  { q: 'wat doet de inspectie met de meldcode op school', ids: ['meldcode-toezicht'] },
  { q: 'ouders willen niet meewerken aan hulp', ids: ['afwegingskader-afweging-4-hulp-aanvaard'] },
  { q: 'moet ik melden ook al loopt er bij ons al een hulpverleningstraject', ids: ['afwegingskader-melden-terwijl-ik-hulp-geef'] },
  { q: 'is melden zonder toestemming van ouders toegestaan', ids: ['beroepsgeheim-zonder-toestemming-niet-zonder-medeweten', 'beroepsgeheim-doorbreken'] },
  { q: 'docent verdacht van seksueel contact met leerling, wat moet het bestuur doen', ids: ['sectoren-onderwijs-meldplicht-zedendelict', 'beroepsgeheim-andere-meldplichten'] },
  { q: 'kind op het kdv gebeten door ander kind, welke route', ids: ['sectoren-kinderopvang-drie-routes'] },
  { q: 'is er een aparte meldcode voor huisartsen', ids: ['sectoren-artsen-knmg-meldcode'] },
  { q: 'eerwraak dreiging bij een leerling', ids: ['vormen-eergerelateerd-geweld', 'vormen-eergerelateerd-expertise-huwelijksdwang'] },
  { q: 'oudere buurman wordt door zijn dochter verwaarloosd, is dat ouderenmishandeling', ids: ['vormen-ouderenmishandeling'] },
  { q: 'vermoeden van gedwongen prostitutie bij een minderjarige', ids: ['vormen-mensenhandel-melden', 'vormen-mensenhandel-vormen'] },
  { q: 'chat VT openingstijden', ids: ['veilig-thuis-bereikbaarheid-chat'] },
  { q: 'hoe lang heeft VT om een melding te beoordelen', ids: ['veilig-thuis-veiligheidsbeoordeling'] },
  { q: 'krijgen ouders het rapport van VT te zien', ids: ['veilig-thuis-onderzoek', 'veilig-thuis-naam-melder'] },
  { q: 'wat gebeurt er nadat VT mijn melding heeft beoordeeld', ids: ['veilig-thuis-uitkomsten-melding', 'veilig-thuis-veiligheidsbeoordeling'] },
  { q: 'mag VT zonder toestemming mijn dossier opvragen', ids: ['veilig-thuis-informatie-geven'] },
  { q: 'vt advies gevraagd, ben ik nu klaar?', ids: ['veiligheid-verantwoordelijk-advies-of-melding', 'veilig-thuis-advies-of-melding'] },
  { q: 'wat is casusregie', ids: ['veiligheid-procesregie-casusregie'] },
  { q: 'verschil directe en duurzame veiligheid', ids: ['veiligheid-directe-stabiele-duurzame'] },
  { q: 'patiente vertelt dat haar man haar slaat, wat kan ze zelf doen', ids: ['verwijzen-slachtoffer-zelf'] },
  { q: 'moeder en kinderen hebben een veilige slaapplek nodig', ids: ['verwijzen-vrouwenopvang', 'verwijzen-oranje-huis-almere'] },
  { q: 'nummer slachtofferhulp', ids: ['verwijzen-slachtofferhulp'] },
  { q: 'kan de politie de vader uit huis zetten', ids: ['verwijzen-tijdelijk-huisverbod'] },
  { q: 'waar kan een kind anoniem over thuis praten', ids: ['verwijzen-kindertelefoon', 'verwijzen-slachtoffer-zelf'] },
  { q: 'wat is de verwijsindex en hoe zet ik een jongere erin', ids: ['verwijzen-verwijsindex', 'verwijzen-verwijsindex-signaal'] },
  { q: 'ots hoe lang', ids: ['verwijzen-raad-voor-de-kinderbescherming'] },
  { q: 'school krijgt een HwC seintje, wat weten we dan', ids: ['verwijzen-handle-with-care'] },
  { q: 'cijfers huiselijk geweld nederland', ids: ['regio-cijfers-landelijk'] },
  { q: 'wanneer vergadert de taskforce', ids: ['regio-taskforce-hg-km'] },
  { q: 'lespakket kindermishandeling basisschool regio', ids: ['regio-handle-with-care-project'] },
];

export const HELDOUT2_OUT_OF_SCOPE: readonly string[] = [
  'hoe meld ik een verhuizing aan de gemeente',
  'kind is ziek, mag het naar de opvang',
  'welke school heeft nog plek in groep 3',
  'hoe vraag ik een indicatie voor jeugdhulp aan',
  'waar kan ik mijn rijbewijs verlengen',
  'hoeveel verlofdagen krijg ik bij de geboorte van mijn kind',
  'wat staat er in de nieuwe cao kinderopvang',
  'wat is het telefoonnummer van de tandarts',
  'mijn collega is ziek, wie vervangt haar',
  'wat moet ik doen bij een brandalarm op school',
];

/**
 * Third held-out batch, written for the work on out-of-scope questions that use the domain's words in
 * another sense (ziekmelden, opvang-regels, gemeente-loketten, schoolorganisatie, IT, parenting advice).
 * Written from the entry ids and titles only, before looking at what the engine answers, and measured
 * once before the change it was written for. Same rules as above.
 */
export const HELDOUT3_IN_SCOPE: readonly HeldOutQuestion[] = [
  { q: 'sinds welk jaar is de meldcode wettelijk verplicht', ids: ['meldcode-sinds-wanneer-verplicht'] },
  { q: 'ik werk als consulent bij de gemeente, val ik ook onder de meldcode', ids: ['sectoren-gemeente-meldcode'] },
  { q: 'hoeveel jaar blijft een dossier bij VT bewaard', ids: ['veilig-thuis-bewaartermijn-dossier'] },
  { q: 'vrouw is bang dat haar man ziet dat ze VT gebeld heeft', ids: ['veilig-thuis-anoniem-bellen'] },
  { q: 'ik twijfel of het ernstig genoeg is, kan ik VT gewoon even om raad vragen', ids: ['veilig-thuis-wanneer-advies', 'veilig-thuis-advies-of-melding'] },
  { q: 'mijn client is mantelzorger voor zijn vader en raakt op, wanneer wordt dat gevaarlijk', ids: ['vormen-ontspoorde-mantelzorg'] },
  { q: 'wat is vrouwelijke genitale verminking precies', ids: ['vormen-vgv-meisjesbesnijdenis'] },
  { q: 'meisje gaat morgen naar het land van herkomst en ik vrees dat ze besneden wordt', ids: ['vormen-vgv-acuut-risico'] },
  { q: 'welke soorten uitbuiting vallen onder mensenhandel', ids: ['vormen-mensenhandel-vormen'] },
  { q: 'leerling wordt misschien achtergelaten in het buitenland, wie heeft daar expertise over', ids: ['vormen-eergerelateerd-expertise-huwelijksdwang'] },
  { q: 'wat versta je onder acute onveiligheid', ids: ['afwegingskader-afweging-2-onveiligheid'] },
  { q: 'hoe breng ik het aan ouders dat ik een melding ga doen', ids: ['beroepsgeheim-client-vertellen-over-melding'] },
  { q: 'naast de meldcode nog andere wettelijke plichten om iets te melden?', ids: ['beroepsgeheim-andere-meldplichten'] },
  { q: 'wat is de rol van de uitvoeringsdienst bij geweld in gezinnen', ids: ['veiligheid-taken-usd'] },
  { q: 'eerst veiligheid en dan pas zorg, hoe heet die aanpak', ids: ['veiligheid-gefaseerde-ketensamenwerking'] },
  { q: 'wat bedoelen ze met herstelgerichte zorg', ids: ['veiligheid-risicogestuurde-en-herstelgerichte-zorg'] },
  { q: 'waarom maar een regisseur per gezin', ids: ['veiligheid-een-procesregisseur-per-gezin'] },
  { q: 'aan welke kwaliteitseisen moet ons wijkteam voldoen bij onveiligheid', ids: ['veiligheid-kwaliteitskader-lokale-teams'] },
  { q: 'hulplijn voor iemand die eenzaam is en gewoon wil praten', ids: ['verwijzen-luisterlijn'] },
  { q: 'zorgaanbieder zoeken in de regio voor dit gezin', ids: ['verwijzen-kieszo'] },
  { q: 'waar kan een gezin terecht bij de jgz en het consultatiebureau', ids: ['verwijzen-ggd-jgz'] },
  { q: 'welke e-learning over de kindcheck is er', ids: ['verwijzen-augeo'] },
  { q: 'wat doet het oranje huis', ids: ['verwijzen-oranje-huis-almere'] },
  { q: 'is er in onze regio hulp voor de dader van huiselijk geweld', ids: ['regio-plegeraanpak'] },
  { q: 'actieweek in november tegen geweld tegen vrouwen', ids: ['regio-orange-the-world'] },
  { q: 'wat liep er in 2019 niet goed in de aanpak van huiselijk geweld in de regio', ids: ['regio-knelpunten-2019'] },
  { q: 'leerling is al weken niet op school en ik maak me zorgen over thuis, hoe zit het met leerplicht', ids: ['sectoren-onderwijs-afwegingskader-leerplicht'] },
];

export const HELDOUT3_OUT_OF_SCOPE: readonly string[] = [
  'hoe meld ik me beter na mijn ziekteverlof',
  'bij wie moet ik me ziekmelden voor de vroege dienst',
  'kan ik mijn dienst op de bso ruilen met een collega',
  'hoe vraag ik bijzonder verlof aan voor een begrafenis',
  'hoeveel uur mag een pedagogisch medewerker achter elkaar werken zonder pauze',
  'welke rekenmethode gebruiken we in groep 5',
  'hoe vul ik de rapporten van mijn leerlingen in parnassys in',
  'wanneer zijn de tienminutengesprekken met de ouders',
  'mag een kind met waterpokken naar het kinderdagverblijf',
  'hoe lang is de wachtlijst voor de kinderopvang',
  "ouders vragen tips omdat hun kind 's nachts niet wil slapen",
  'hoe help ik ouders met zindelijkheidstraining van hun peuter',
  'hoeveel schermtijd is gezond voor een kind van 8',
  'waar vraag ik een paspoort voor mijn kind aan bij de gemeente',
  'hoe geef ik de geboorte van mijn zoon door aan de gemeente',
  'hoe vraagt een gezin bijzondere bijstand aan bij de gemeente',
  'het wifi-wachtwoord op school werkt niet meer',
  'hoe deel ik mijn scherm in een teams-vergadering',
  'patient wil een herhaalrecept, hoe regel ik dat',
  'wanneer is de griepprik voor ouderen op de praktijk',
  'hoe vraag ik verlof buiten de schoolvakanties aan voor mijn kind',
  'kind is van het klimrek gevallen en heeft een bult, welk ongevallenformulier vul ik in',
  'collega geeft me steeds de vervelende diensten, bij wie kan ik klagen',
  'hoe meld ik een lekkage in het schoolgebouw',
  'is er een verkeersles over veilig fietsen naar school',
  'hoe maak ik een veilig wachtwoord',
];
