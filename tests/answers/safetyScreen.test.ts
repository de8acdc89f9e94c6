import { describe, expect, it } from 'vitest';
import { screenMessage } from '../../bot/answers/safetyScreen.ts';

type Flag = 'acuteDanger' | 'suicide' | 'victim';

/** Messages that MUST raise the given flag. */
const MUST: ReadonlyArray<readonly [string, Flag]> = [
  ['ze slaat hem nu', 'acuteDanger'],
  ['Hij staat voor de deur!!', 'acuteDanger'],
  ['mijn ex staat nu voor mijn deur en ik ben bang', 'acuteDanger'],
  ['kind durft niet naar huis want vader slaat', 'acuteDanger'],
  ['Een leerling durft vandaag niet naar huis, haar vader slaat haar', 'acuteDanger'],
  ['de vader slaat de moeder op dit moment, wat moet ik doen', 'acuteDanger'],
  ['hij heeft een mes en dreigt haar te vermoorden', 'acuteDanger'],
  ['hij bonkt op de deur', 'acuteDanger'],
  ['Mijn buurvrouw wordt nu geslagen, ik hoor het door de muur', 'acuteDanger'],
  ['leerling wil niet naar huis omdat stiefvader hem mishandelt', 'acuteDanger'],
  ['ik ben in gevaar', 'acuteDanger'],
  ['help', 'acuteDanger'],
  ['het kind moet straks naar huis en de vader slaat hem', 'acuteDanger'],
  ['hij zegt dat hij me gaat vermoorden', 'acuteDanger'],
  ['Hij probeert binnen te komen', 'acuteDanger'],
  ['ik wil niet meer leven', 'suicide'],
  ['Mijn cliënt zegt dat hij niet meer wil leven', 'suicide'],
  ['zelfmoord', 'suicide'],
  ['leerling is suïcidaal wat nu', 'suicide'],
  ['ik wil er een eind aan maken', 'suicide'],
  ['Ze wil een einde aan haar leven maken', 'suicide'],
  ['mijn cliënt heeft suïcidale gedachten', 'suicide'],
  ['hij dreigt met zelfmoord als zijn vrouw weggaat', 'suicide'],
  ['ik denk erover mezelf iets aan te doen', 'suicide'],
  ['ik wil dood', 'suicide'],
  ['Een jongere vertelde me over een zelfmoordpoging', 'suicide'],
  ['mijn man slaat mij', 'victim'],
  ['ik word thuis geslagen', 'victim'],
  ['mijn vriend bedreigt me', 'victim'],
  ['Mijn vader heeft me gisteren weer geslagen', 'victim'],
  ["m'n ex stalkt me al weken", 'victim'],
  ['ik voel me thuis niet veilig', 'victim'],
  ['Ik ben bang voor mijn man', 'victim'],
  ['ik ben door mijn partner mishandeld, waar kan ik heen?', 'victim'],
  ['mijn vrouw kleineert en controleert me de hele dag', 'victim'],
  ['hij slaat me als hij gedronken heeft', 'victim'],
  ['Ik word al jaren mishandeld door mijn moeder', 'victim'],
  ['mijn man slaat de kinderen en mij', 'victim'],
];

/** Professional questions that merely mention violence: no flag at all. */
const MUST_NOT: readonly string[] = [
  'wat doe ik bij een vermoeden van kindermishandeling',
  'moet ik melden als een kind zegt dat het geslagen wordt',
  'wat is acute onveiligheid in het afwegingskader',
  // Decision (see safetyScreen.ts): a professional topic frame without a person's state does not trigger.
  'zelfdoding preventie training voor AF',
  'hoe herken ik signalen van partnergeweld',
  'mijn leerling vertelt dat haar vader haar slaat, wat nu?',
  'Een leerling zegt: "mijn vader slaat mij". Moet ik melden?',
  'de zomervakantie staat voor de deur, is Veilig Thuis dan bereikbaar?',
  'wat is het telefoonnummer van Veilig Thuis',
  'wat doe ik als een kind in acuut gevaar is',
  'mijn man slaat mij niet, maar mijn buurvrouw wel?',
  'ik ben bang dat een kind in mijn klas mishandeld wordt',
  'ik wil niet meer bellen met de gemeente, kan het via de mail?',
  'hoe maak je zelfmoord bespreekbaar in de klas',
  'waar vind ik een cursus over suïcidepreventie',
  'wat valt er nu onder de meldcode',
  'wanneer neemt Veilig Thuis na een melding contact op',
  'ik ben aandachtsfunctionaris, hoe organiseer ik collegiale consultatie',
  'mijn cliënt heeft geen suïcidale gedachten meer, moet ik nog iets doen?',
  'hoe kan ik er zelf iets aan doen dat ouders eerder hulp vragen',
  'dit maakt me onzeker, wie kan ik om advies vragen',
  'ik vraag me af of mijn vriendin geslagen wordt',
  'wat is een tijdelijk huisverbod',
  'wat zijn signalen van ouderenmishandeling',
  'wat moet ik doen als een vrouw vertelt dat haar man haar slaat',
  'hoe werkt de meldcode in het onderwijs',
];

describe('screenMessage', () => {
  it.each(MUST)('flags "%s" as %s', (text, flag) => {
    expect(screenMessage(text)[flag]).toBe(true);
  });

  it.each(MUST_NOT.map((t) => [t]))('does not flag "%s"', (text) => {
    expect(screenMessage(text)).toEqual({ acuteDanger: false, suicide: false, victim: false });
  });

  it('has at least 15 cases each way', () => {
    expect(MUST.length).toBeGreaterThanOrEqual(15);
    expect(MUST_NOT.length).toBeGreaterThanOrEqual(15);
  });

  it('sets more than one flag when a victim is in danger now', () => {
    expect(screenMessage('mijn man slaat me nu, hij staat voor de deur')).toMatchObject({ acuteDanger: true, victim: true });
  });

  it('reads giving up said at a place where a life can end as suicide risk, not giving up on a late train', () => {
    expect(screenMessage('mijn cliënt belt me net en zegt dat hij bij het spoor staat en er klaar mee is').suicide).toBe(true);
    expect(screenMessage('ze zit op het dak en is klaar met alles').suicide).toBe(true);
    expect(screenMessage('ik ben er helemaal klaar mee, de trein is weer te laat').suicide).toBe(false);
  });

  it('handles accents and typographic quotes', () => {
    expect(screenMessage('Cliënte is SUÏCIDAAL').suicide).toBe(true);
    expect(screenMessage('m’n vriend bedreigt me').victim).toBe(true);
  });
});

describe('screenMessage on long input (it runs on every message, up to 10,000 characters)', () => {
  /** A 10,000-character message made of one repeated unit, then an ending. */
  const fill = (unit: string, end = ''): string =>
    unit.repeat(Math.ceil((10_000 - end.length) / unit.length)).slice(0, 10_000 - end.length) + end;

  // Without punctuation a whole message is one clause; many near-matches with a blocking word at the end are the
  // worst case for the clause checks. Patterns must stay linear-ish: a catastrophic one takes seconds here.
  it.each([
    ['plain words', fill('de vader van het kind zegt dat hij vaak boos is op school en thuis ')],
    ['violence here, a habit word at the end', fill('hij slaat hier ', ' vaak')],
    ['progressive, a habit word at the end', fill('hij staat te slaan ', ' vaak')],
    ['home visit, blocked at the end', fill('ik ben op huisbezoek en hij wordt agressief ', ' vaak')],
    ['weapon kept at home', fill('hij heeft een mes ', ' thuis')],
    ['a condition first', `als ${fill('hij slaat hier ')}`],
    ['self-harm with an accident word', fill('ik snijd mezelf ', ' bij het koken')],
    ['repeated gap words', fill('ik hoor en hoor hem ze nu te te staat zit ligt ')],
    ['no spaces', fill('abcdefghij')],
  ])('screens %s within the time budget', (_name, text) => {
    const started = performance.now();
    screenMessage(text);
    // About 1 to 6 ms on one core; generous for a shared machine.
    expect(performance.now() - started).toBeLessThan(250);
  });

  it('still sees danger in the last sentence of a long message', () => {
    const story = fill('We bespreken de casus van het gezin in het wijkteam. ', ' Ik ben op huisbezoek en de vader wordt agressief.');
    expect(screenMessage(story).acuteDanger).toBe(true);
  });
});
