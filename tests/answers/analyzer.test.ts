import { describe, expect, it } from 'vitest';
import { createAnalyzer, normalize, STOPWORDS, stem, tokenize } from '../../bot/answers/analyzer.ts';

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
  it('splits on punctuation and whitespace', () => {
    expect(tokenize('wat nu?!   Eén,twee')).toEqual(['wat', 'nu', 'een', 'twee']);
  });
});

describe('stopwords', () => {
  it('drops function words but keeps words that carry meaning here', () => {
    for (const w of ['de', 'het', 'een', 'ik', 'wat', 'hoe', 'van', 'moet']) expect(STOPWORDS.has(w)).toBe(true);
    for (const w of ['niet', 'geen', 'kind', 'melden', 'thuis', 'veilig', 'hulp', 'nooit']) expect(STOPWORDS.has(w)).toBe(false);
  });
  it('has about a hundred words', () => {
    expect(STOPWORDS.size).toBeGreaterThanOrEqual(90);
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

  it('expands the same way at index time, so an abbreviation in a document is found by the full words', () => {
    expect(analyzer.indexTerms('Bel VT')).toEqual(expect.arrayContaining(['veilig', 'thuis', 'vt']));
    expect(analyzer.indexTerms('HG/KM')).toEqual(expect.arrayContaining(['hg', 'km', 'huiselijk', 'geweld', stem('kindermishandeling')]));
  });
});
