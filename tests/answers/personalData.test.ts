import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../bot/answers/loadKnowledge.ts';
import {
  buildVocabulary,
  detectPersonalData,
  isValidBsn,
  PUBLISHED_NUMBERS,
  reduceForStorage,
  REMOVED,
  type Vocabulary,
} from '../../bot/answers/personalData.ts';

describe('isValidBsn (11-proef)', () => {
  it.each(['111222333', '123456782', '1112.22.333', '111 222 333'])('accepts %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });
  it.each(['123456789', '111222334', '000000000', '12345678', '1234567890'])('rejects %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });
});

describe('detectPersonalData', () => {
  const cases: ReadonlyArray<readonly [string, string[], string]> = [
    ['BSN 111222333 van het kind', ['bsn'], 'BSN [bsn] van het kind'],
    ['bsn 1112.22.333', ['bsn'], 'bsn [bsn]'],
    ['nummer 123456789 is geen bsn', [], 'nummer 123456789 is geen bsn'],
    ['bel de moeder op 06-12345678', ['phone'], 'bel de moeder op [phone]'],
    ['zijn nummer is +31 6 1234 5678', ['phone'], 'zijn nummer is [phone]'],
    ['school: 035 123 45 67', ['phone'], 'school: [phone]'],
    ['mail j.jansen@school.nl even', ['email'], 'mail [email] even'],
    ['ze woont op 1234 AB 12', ['postcode-huisnummer'], 'ze woont op [postcode-huisnummer]'],
    ['adres 1234ab', ['postcode-huisnummer'], 'adres [postcode-huisnummer]'],
    ['geboren op 12-03-2015', ['geboortedatum'], 'geboren op [geboortedatum]'],
    ['het kind (12 maart 2015) zegt', ['geboortedatum'], 'het kind ([geboortedatum]) zegt'],
    ['leerling Mohammed B. wordt geslagen', ['naam'], 'leerling [naam] wordt geslagen'],
    ['mijn cliënt Sanne de Vries vertelde', ['naam'], 'mijn cliënt [naam] vertelde'],
    ['de moeder, mevrouw Jansen, belde', ['naam'], 'de moeder, mevrouw [naam], belde'],
    ['Dhr. van den Berg is de vader', ['naam'], 'Dhr. [naam] is de vader'],
  ];
  it.each(cases)('finds personal data in "%s"', (text, kinds, redacted) => {
    expect(detectPersonalData(text)).toEqual({ kinds, redacted });
  });

  it('does not redact the help numbers we publish', () => {
    const text = 'Bel 112, Veilig Thuis 0800-2000, 113 of 0800-0113, of de politie 0900-8844.';
    expect(detectPersonalData(text)).toEqual({ kinds: [], redacted: text });
    for (const n of ['112', '113', '08002000', '08000113', '09008844']) expect(PUBLISHED_NUMBERS.has(n)).toBe(true);
  });

  it.each([
    'Kan ik Veilig Thuis bellen over een leerling?',
    'Wat doet Regio Gooi en Vechtstreek aan ouderenmishandeling?',
    'Is Veilig Thuis op zondag en in december bereikbaar?',
    'Wat veranderde er sinds 1 januari 2019 in de meldcode?',
    'Hoeveel meldingen waren er in 2019 en 2020?',
    'De vader Ik weet het niet',
    'Mijn collega op school vraagt wat stap 3 is',
    'Wat zegt artikel 5.2.6 Wmo over het meldrecht?',
  ])('leaves "%s" alone', (text) => {
    expect(detectPersonalData(text)).toEqual({ kinds: [], redacted: text });
  });

  it('reports every kind once, in a fixed order', () => {
    const r = detectPersonalData('Leerling Sanne (geb. 01-02-2014), BSN 111222333, moeder 0612345678 / a@b.nl, 1234 AB 5');
    expect(r.kinds).toEqual(['bsn', 'phone', 'email', 'postcode-huisnummer', 'geboortedatum', 'naam']);
    expect(r.redacted).not.toMatch(/Sanne|111222333|0612345678|a@b\.nl|1234 AB|2014/);
  });
});

describe('reduceForStorage (what is kept of an unanswered question)', () => {
  let vocabulary: Vocabulary;
  beforeAll(async () => {
    vocabulary = buildVocabulary((await loadKnowledge(path.resolve('knowledge'))).entries);
  });

  /** A whole word, any case, accents as written. */
  const survives = (stored: string, token: string): boolean =>
    new RegExp(`(?<![\\p{L}\\p{N}])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(stored);

  // [question, personal tokens that must not survive, domain words that must survive]
  const cases: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
    ['Sanne uit groep 5 zegt dat haar vader haar slaat, moet ik de meldcode volgen?', ['Sanne', '5'], ['groep', 'vader', 'slaat', 'meldcode']],
    ['Kevin, 7 jaar, heeft blauwe plekken. Wat zijn signalen?', ['Kevin', '7'], ['blauwe', 'plekken', 'signalen']],
    ['Ik maak me zorgen over de moeder van Lisa, kan ik Veilig Thuis bellen?', ['Lisa'], ['moeder', 'Veilig', 'Thuis', 'bellen']],
    ['Jan de Vries (8) komt vaak te laat, moet ik de kindcheck doen?', ['Jan', 'Vries', '8'], ['kindcheck']],
    ['sanne vertelde dat haar stiefvader haar slaat', ['sanne'], ['stiefvader', 'slaat']],
    ['mohammed heeft vaak blauwe plekken, is dat een signaal?', ['mohammed'], ['blauwe', 'plekken', 'signaal']],
    ['Mohammed en Anne-Fleur zitten bij mij in de klas', ['Mohammed', 'Anne-Fleur', 'Anne', 'Fleur'], ['klas']],
    ['De moeder van Anne-Fleur belde huilend, wat zijn de stappen van de meldcode?', ['Anne-Fleur', 'Anne', 'Fleur'], ['moeder', 'stappen', 'meldcode']],
    ['sanne van der meer woont op de Kerkstraat 12 in Huizen', ['sanne', 'meer', 'Kerkstraat', '12', 'Huizen'], ['woont']],
    ['Mijn leerling Thomas (groep 7) van OBS Het Kompas in Bussum vertelt dat zijn stiefvader hem slaat', ['Thomas', '7', 'OBS', 'Kompas', 'Bussum'], ['leerling', 'groep', 'stiefvader', 'slaat']],
    ['De vader van Daan en Noor is agressief, hij heet Peter Jansen', ['Daan', 'Noor', 'Peter', 'Jansen'], ['vader']],
    ['mevrouw Yilmaz belt steeds, 06 12 34 56 78, wat moet ik doen', ['Yilmaz', '06', '12', '34', '56', '78'], ['belt']],
    ['Bij mij op de bso zit Luca, zijn moeder Samira woont in Weesp', ['Luca', 'Samira', 'Weesp'], ['bso', 'moeder']],
    ['Lotte-Marie uit 4b woont op Hoflaan 3, 1234 AB Hilversum', ['Lotte-Marie', 'Lotte', 'Marie', '4b', 'Hoflaan', '3', '1234', 'AB', 'Hilversum'], ['woont']],
    ['Is het verplicht om de meldcode te volgen als ik twijfel over Ayşe?', ['Ayşe', 'Ayse'], ['verplicht', 'meldcode', 'twijfel']],
    ['Mijn collega Marieke van den Berg vertelde dat een kind van haar vriendin wordt geslagen', ['Marieke', 'Berg'], ['collega', 'kind', 'vriendin', 'geslagen']],
    ['Kees de Boer en Roos Bakker zijn de ouders, mag ik zonder toestemming melden?', ['Kees', 'Boer', 'Roos', 'Bakker'], ['ouders', 'toestemming', 'melden']],
    ['Fatima el Amrani uit 3b wordt thuis uitgehuwelijkt', ['Fatima', 'Amrani', '3b'], ['thuis']],
    ['Kim zegt dat haar vader drinkt, moet ik Veilig Thuis bellen?', ['Kim'], ['vader', 'Veilig', 'Thuis', 'bellen']],
    ['kim zegt dat papa slaat', ['kim'], ['slaat']],
    ['Ben (6) heeft brandwonden op zijn arm', ['Ben', '6'], []],
    ['Max uit groep 8 is steeds angstig. Wat is de kindcheck?', ['Max', '8'], ['groep', 'angstig', 'kindcheck']],
    ['Zijn e-mail is j.devries@gmail.com, mag ik de huisarts mailen?', ['j.devries@gmail.com', 'devries', 'gmail'], ['huisarts']],
    ['Mail naar sanne.jansen@school.nl of bel 035-1234567 over het afwegingskader', ['sanne', 'jansen', '1234567', '035'], ['afwegingskader']],
    ['Het BSN van het kind is 111222333, moet ik dat in het dossier zetten?', ['111222333'], ['kind', 'dossier']],
    ['geboren op 12-03-2015, woont in Almere, hoe meld ik bij Veilig Thuis?', ['12-03-2015', '2015', 'Almere'], ['Veilig', 'Thuis']],
    ['Het meisje, Noa de Graaf, 9 jaar, woont op Dorpsstraat 4a in Laren', ['Noa', 'Graaf', '9', 'Dorpsstraat', '4a', 'Laren'], ['meisje']],
    ['Wat moet ik doen als Emma van Dijk zegt dat haar moeder haar slaat?', ['Emma', 'Dijk'], ['moeder', 'slaat']],
    ['Leerling Youssef B. uit 2a vertelde over huiselijk geweld', ['Youssef', '2a'], ['huiselijk', 'geweld']],
    ['Hoe ga ik in gesprek met de ouders van Julia en Sophie?', ['Julia', 'Sophie'], ['gesprek', 'ouders']],
    ['Bij het consultatiebureau in Hilversum zag ik baby Milan met blauwe plekken', ['Hilversum', 'Milan'], ['consultatiebureau', 'baby', 'blauwe', 'plekken']],
    ['Gisteren belde mevrouw de Jong, tel 0612345678, over haar zoon Lucas', ['Jong', '0612345678', 'Lucas'], ['zoon']],
    ['Dhr. Pietersen slaat zijn vrouw, wat kan ik als huisarts doen?', ['Pietersen'], ['slaat', 'huisarts']],
    ['Tess (14) wordt online gechanteerd met een filmpje', ['Tess', '14'], ['online', 'filmpje']],
    ['Ik denk dat Bram en zijn zusje Evi verwaarloosd worden', ['Bram', 'Evi'], ['verwaarloosd']],
    ['Mijn buurvrouw Henny op nummer 23 wordt door haar zoon bestolen', ['Henny', '23'], ['buurvrouw', 'zoon']],
    ['Wat doe ik als opa Gerrit dement is en zijn dochter zijn geld afpakt?', ['Gerrit'], ['opa', 'dement', 'dochter', 'geld']],
    ['De school van Luuk, De Regenboog aan de Schoolweg 10 in Naarden, wil melden', ['Luuk', 'Regenboog', 'Schoolweg', '10', 'Naarden'], ['school', 'melden']],
    ['Hoi, ik ben Marloes, intern begeleider, mag ik anoniem advies vragen bij Veilig Thuis?', ['Marloes'], ['intern', 'begeleider', 'anoniem', 'advies', 'Veilig', 'Thuis']],
    ['Stefan is 16 en heeft een loverboy, wie kan helpen?', ['Stefan', '16'], ['loverboy']],
    ['Amira uit Huizen (groep 6) moet deze zomer naar Marokko, is dat achterlating?', ['Amira', 'Huizen', '6', 'Marokko'], ['groep', 'achterlating']],
    ['ik maak me zorgen om daan jansen uit de klas van juf Petra', ['daan', 'jansen', 'Petra'], ['zorgen', 'klas', 'juf']],
    ['Rik, Sem en Jesse worden gepest, is dat kindermishandeling?', ['Rik', 'Sem', 'Jesse'], ['gepest', 'kindermishandeling']],
    ['Postcode 1211 AB 14, bewoner Mustafa Öztürk, moet ik de meldcode volgen?', ['1211', 'AB', '14', 'Mustafa', 'Öztürk'], ['meldcode']],
    ['Ons nummer is 035-6251234 en de vader heet Bas van Leeuwen', ['6251234', 'Bas', 'Leeuwen'], ['vader']],
  ];

  it.each(cases)('keeps no personal data of "%s"', (question, personal, domain) => {
    const stored = reduceForStorage(question, vocabulary);
    for (const token of personal) expect(survives(stored, token), `${token} in "${stored}"`).toBe(false);
    for (const word of domain) expect(survives(stored, word), `${word} missing in "${stored}"`).toBe(true);
  });

  it('has a table of at least 40 questions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps the published help numbers and a question without personal data as it is', () => {
    expect(reduceForStorage('Bel 0800-2000 of 112', vocabulary)).toBe('Bel 0800-2000 of 112');
    const plain = 'Wat zijn de stappen van de meldcode?';
    expect(reduceForStorage(plain, vocabulary)).toBe(plain);
  });

  it('replaces every number, and collapses neighbouring placeholders', () => {
    expect(reduceForStorage('Jan Pieter Klaassen 2014', vocabulary)).toBe(REMOVED);
    expect(reduceForStorage('groep 5, stap 3', vocabulary)).toBe(`groep ${REMOVED}, stap ${REMOVED}`);
  });

  it('stores only known words, placeholders and punctuation', () => {
    const stored = reduceForStorage('Xylofoon Qwerty zegt: mijn 💥 vader <script> slaat @home', vocabulary);
    expect(stored).not.toMatch(/Xylofoon|Qwerty|💥|script|<|>|@|home/i);
    expect(stored).toMatch(/vader/);
  });

  it('never keeps names, places or number words, even when the knowledge base contains them', () => {
    const v = buildVocabulary([], ['kim', 'hilversum', 'zeven', 'meldcode']);
    expect(reduceForStorage('kim hilversum zeven meldcode', v)).toBe(`${REMOVED} meldcode`);
  });

  it('is at most 500 characters', () => {
    expect(reduceForStorage('meldcode '.repeat(200), vocabulary).length).toBeLessThanOrEqual(500);
  });
});
