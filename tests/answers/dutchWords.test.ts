import { beforeAll, describe, expect, it } from 'vitest';
import { loadDutchWords, type DutchWords } from '../../bot/answers/dutchWords.ts';
import { foldWord } from '../../bot/answers/hunspellDictionary.ts';

let words: DutchWords;
beforeAll(async () => {
  words = await loadDutchWords();
});

describe('has: real Dutch words from the OpenTaal dictionary', () => {
  it.each(['depressie', 'regenen', 'geweld', 'huiselijk', 'kind', 'kinderen', 'meldingen', 'uitgebuit', 'opgesloten', 'sloeg'])(
    '%s is a word',
    (w) => expect(words.has(w)).toBe(true),
  );
  it.each(['huisverbodsmaatregel', 'kinderopvangorganisatie', 'wachtwoord', 'meldcodeprotocol'])(
    'compound %s is a word through the dictionary\'s compounding flags',
    (w) => expect(words.has(w)).toBe(true),
  );
  it.each(['xqzwv', 'depresie', 'huiselik', 'mishandling', 'kinder', ''])('%s is not a word', (w) => {
    expect(words.has(w)).toBe(false);
  });
  it('folds case, accents and the ij ligature like the analyzer', () => {
    expect(words.has('Depressie')).toBe(true);
    expect(words.has('tweeën')).toBe(true);
    expect(foldWord('ĳs')).toBe('ijs');
  });
});

describe('lemmas: base forms the stemmer does not relate', () => {
  it.each([
    ['uitgebuit', ['uitbuiten']],
    ['mishandeld', ['mishandelen']],
    ['bedreigd', ['bedreigen']],
    ['geslagen', ['slaan']],
    ['sloeg', ['slaan']],
    ['sloegen', ['slaan']],
    ['slaat', ['slaan']],
    ['opgesloten', ['opsluiten']],
    ['opsloot', ['opsluiten']],
    ['aangerand', ['aanranden']],
    ['afgepakt', ['afpakken']],
    ['verkracht', ['verkrachten']],
    ['gemeld', ['melden']],
    ['meldde', ['melden']],
    ['wordt', ['worden']],
    ['gebeld', ['bellen']],
    ['geleefd', ['leven']],
    ['kinderen', ['kind']],
    ['meldingen', ['melding']],
    ['organisaties', ['organisatie']],
  ])('%s -> %j', (form, expected) => {
    expect(words.lemmas(form)).toEqual(expected);
  });
  it('an inflected participle gives the verb first, then the participle', () => {
    expect(words.lemmas('bedreigde')).toEqual(['bedreigen', 'bedreigd']);
  });
  it.each(['geweld', 'kind', 'melding', 'uitbuiting', 'organisatie', 'xqzwv', 'depresie'])(
    '%s (a base form or no word) has no lemmas',
    (w) => expect(words.lemmas(w)).toEqual([]),
  );
  it('never invents an infinitive: every verb lemma is itself a word', () => {
    for (const form of ['uitgebuit', 'mishandeld', 'geslagen', 'opgesloten', 'aangerand', 'afgepakt', 'gemeld', 'wordt']) {
      for (const lemma of words.lemmas(form)) expect(words.has(lemma), `${form} -> ${lemma}`).toBe(true);
    }
  });
});

describe('splitCompound: parts that are real words', () => {
  it.each([
    ['wachtwoord', ['wacht', 'woord']],
    ['huisverbodsmaatregel', ['huis', 'verbod', 'maatregel']],
    ['kinderopvangorganisatie', ['kinder', 'opvang', 'organisatie']],
    ['loverboyproblematiek', ['loverboy', 'problematiek']],
    ['meldcodeprotocol', ['meld', 'code', 'protocol']],
    ['kindermishandeling', ['kinder', 'mishandeling']],
    ['meldcode', ['meld', 'code']],
    ['kinderopvang-organisatie', ['kinder', 'opvang', 'organisatie']],
  ])('%s -> %j', (w, expected) => {
    expect(words.splitCompound(w)).toEqual(expected);
  });
  it.each(['organisatie', 'depressie', 'geweld', 'xqzwv', 'depresieprotocol', 'ab'])('%s does not split', (w) => {
    expect(words.splitCompound(w)).toBeNull();
  });
  it('the compound-only part "kinder" has "kind" as its lemma', () => {
    expect(words.lemmas('kinder')).toEqual(['kind']);
  });
  it('gives the same answer twice (the split memo returns copies)', () => {
    const first = words.splitCompound('wachtwoord');
    first?.push('x');
    expect(words.splitCompound('wachtwoord')).toEqual(['wacht', 'woord']);
  });
});
