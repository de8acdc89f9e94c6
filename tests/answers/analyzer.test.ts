import { describe, expect, it } from 'vitest';
import { CONTEXT_TERMS, createAnalyzer, expandCapitalAbbreviations, FILLER_WORDS, GENERIC_WORDS, normalize, STOPWORDS, stem, tokenize } from '../../bot/answers/analyzer.ts';

describe('normalize', () => {
  it('lower-cases and folds accents', () => {
    expect(normalize('Cliënt Ruïne CAFÉ Zeeën')).toBe('client ruine cafe zeeen');
  });
});

describe('tokenize', () => {
  it('keeps phone numbers, abbreviations with / and ++, and article numbers', () => {
    expect(tokenize('Bel VT: 0800-2000! HG/KM en MDA++, art. 5.2.6 Wmo')).toEqual([
      'bel', 'vt', '0800-2000', 'hg/km', 'en', 'mda++', 'art', '5.2.6', 'wmo',
    ]);
  });
  it('splits a word glued to a number', () => {
    expect(tokenize('stap1 en afweging2')).toEqual(['stap', '1', 'en', 'afweging', '2']);
  });
  it('splits on punctuation and whitespace', () => {
    expect(tokenize('wat nu?!   Eén,twee')).toEqual(['wat', 'nu', 'een', 'twee']);
  });
});

describe('abbreviations read only in capitals', () => {
  it('AF is the aandachtsfunctionaris; "af" stays a word', () => {
    expect(expandCapitalAbbreviations('AF in de thuiszorg, vraag de AF\'er')).toBe('aandachtsfunctionaris in de thuiszorg, vraag de aandachtsfunctionaris');
    expect(expandCapitalAbbreviations('hij pakt haar telefoon af')).toBe('hij pakt haar telefoon af');
    expect(expandCapitalAbbreviations('AFAS en AFC')).toBe('AFAS en AFC');
  });
});

describe('stopwords', () => {
  it('drops function words but keeps words that carry meaning here', () => {
    for (const w of ['de', 'het', 'een', 'ik', 'wat', 'hoe', 'van', 'moet']) expect(STOPWORDS.has(w)).toBe(true);
    for (const w of ['niet', 'geen', 'kind', 'melden', 'thuis', 'veilig', 'hulp', 'nooit']) expect(STOPWORDS.has(w)).toBe(false);
  });
  it('has about a hundred function words, plus chat filler kept apart', () => {
    expect(STOPWORDS.size).toBeGreaterThanOrEqual(90);
    for (const w of ['hallo', 'vandaag', 'betekent']) expect(FILLER_WORDS.has(w)).toBe(true);
    for (const w of ['niet', 'geen', 'kind', 'melden']) expect(FILLER_WORDS.has(w)).toBe(false);
  });
  it('marks everyday words as generic, not domain words', () => {
    for (const w of ['dag', 'laat', 'nieuws', 'wanneer', 'huizen', 'nachts', 'beter', 'niet', 'vergadering']) expect(GENERIC_WORDS.has(w)).toBe(true);
    for (const w of ['huisverbod', 'meldcode', 'kind', 'melden', 'geweld']) expect(GENERIC_WORDS.has(w)).toBe(false);
  });
  it('drops pronominal adverbs like ermee and erin', () => {
    for (const w of ['ermee', 'erin', 'erbij', 'daarvan', 'waarin']) expect(STOPWORDS.has(w)).toBe(true);
  });
  it('knows the context words (people, roles, settings) as stems, not the topic words', () => {
    for (const w of ['kinderen', 'ouders', 'leerlingen', 'collega', 'school', 'kinderopvang', 'gemeente', 'mbo']) {
      expect(CONTEXT_TERMS.has(stem(w)), w).toBe(true);
    }
    for (const w of ['meldcode', 'melden', 'geweld', 'veilig', 'signalen', 'huisverbod', 'aandachtsfunctionaris']) {
      expect(CONTEXT_TERMS.has(stem(w)), w).toBe(false);
    }
  });
});

describe('stem', () => {
  it('brings plural, verb and noun forms together', () => {
    expect(stem('kinderen')).toBe(stem('kind'));
    expect(stem('meldingen')).toBe(stem('melden'));
    expect(stem('stappen')).toBe(stem('stap'));
    expect(stem('vermoedens')).toBe(stem('vermoeden'));
    expect(stem('organisaties')).toBe(stem('organisatie'));
    expect(stem('gemeentes')).toBe(stem('gemeenten'));
    expect(stem('verwijzing')).toBe(stem('verwijzen'));
    expect(stem('signalen')).toBe(stem('signaal'));
  });
  it('leaves numbers and symbols alone', () => {
    expect(stem('0800-2000')).toBe('0800-2000');
    expect(stem('mda++')).toBe('mda++');
  });
});

describe('createAnalyzer', () => {
  const analyzer = createAnalyzer({
    vt: ['veilig thuis'],
    tel: ['telefoon'],
    nr: ['nummer'],
    'zorg- en veiligheidshuis': ['zvh'],
    'hg/km': ['huiselijk geweld', 'kindermishandeling'],
  });

  it('expands abbreviations to the words they stand for', () => {
    const concepts = analyzer.concepts('tel nr VT?');
    expect(concepts.map((c) => c.text)).toEqual(['tel', 'nr', 'vt']);
    expect(concepts[2]?.terms).toEqual(['vt', 'veilig', 'thuis']);
    expect(concepts[2]?.ownTerms).toBe(1);
  });

  it('matches multi-word synonyms as one concept, longest first', () => {
    const concepts = analyzer.concepts('Wat regelt het Zorg- en Veiligheidshuis?');
    expect(concepts.map((c) => c.text)).toEqual(['regelt', 'zorg en veiligheidshuis']);
    expect(concepts[1]?.terms).toContain('zvh');
  });

  it('drops stopwords but keeps negations and single digits', () => {
    const texts = analyzer.concepts('Wat moet ik niet doen in stap 3?').map((c) => c.text);
    expect(texts).toEqual(['niet', 'stap', '3']);
  });

  it('turns number words into digits', () => {
    expect(analyzer.concepts('de vijfde stap').flatMap((c) => c.terms)).toEqual(expect.arrayContaining(['5', 'stap']));
  });

  it('expands the same way at index time, so an abbreviation in a document is found by the full words', () => {
    expect(analyzer.indexTerms('Bel VT')).toEqual(expect.arrayContaining(['veilig', 'thuis', 'vt']));
    expect(analyzer.indexTerms('HG/KM')).toEqual(expect.arrayContaining(['hg', 'km', 'huiselijk', 'geweld', stem('kindermishandeling')]));
  });
});

describe('derived terms (with the words of the knowledge base)', () => {
  const words = new Set(tokenize('telefoonrekening onderwijsinspectie huisarts praktijk chat weigeren duurt kindermishandeling'));
  const analyzer = createAnalyzer({}, { words });
  const terms = (q: string): string[] => analyzer.concepts(q).flatMap((c) => c.terms);

  it('finds compounds in the knowledge base that end in the word', () => {
    expect(terms('rekening')).toContain(stem('telefoonrekening'));
    expect(terms('inspectie')).toContain(stem('onderwijsinspectie'));
  });
  it('splits a compound the knowledge base does not know, but never into its head alone', () => {
    expect(terms('huisartsenpraktijk')).toEqual(expect.arrayContaining([stem('huisarts'), stem('praktijk')]));
    expect(terms('chatfunctie')).toContain(stem('chat'));
    expect(terms('vakantiepraktijk')).not.toContain(stem('praktijk'));
  });
  it('finds inflections Snowball leaves apart', () => {
    expect(terms('weigert')).toContain(stem('weigeren'));
    expect(terms('duur')).toContain(stem('duurt'));
  });
  it('marks derived terms after the own ones', () => {
    const [c] = analyzer.concepts('rekening');
    expect(c?.ownTerms).toBe(1);
    expect(c?.derivedTerms).toBeGreaterThan(0);
  });
  it('a synonym rule of everyday words is itself everyday', () => {
    const a = createAnalyzer({ vergadering: ['bijeenkomst', 'overleg'] });
    expect(a.concepts('de vergadering')[0]?.generic).toBe(true);
  });
  it('marks the parts of a compound the knowledge base does not know, not inflections or longer compounds', () => {
    const parts = (q: string): readonly string[] => analyzer.concepts(q)[0]?.parts ?? [];
    expect(parts('huisartsenpraktijk')).toEqual(expect.arrayContaining([stem('huisarts'), stem('praktijk')]));
    expect(parts('chatfunctie')).toEqual([stem('chat')]);
    expect(parts('weigert')).toEqual([]);
    expect(parts('rekening')).toEqual([]);
  });
  it('derives nothing at index time (no words given)', () => {
    expect(createAnalyzer({}).concepts('rekening')[0]?.derivedTerms).toBe(0);
  });
});
