import { describe, expect, it } from 'vitest';
import { ageMatches, createFacetMatcher } from '../../bot/answers/facets.ts';
import { tokenize } from '../../bot/answers/analyzer.ts';
import type { KnowledgeEntry, Lexicon } from '../../bot/answers/knowledgeSchema.ts';

const LEXICON: Lexicon = {
  forms: {
    lichamelijk: { label: 'lichamelijk geweld', terms: ['mishandeling', 'slaan', 'geslagen', 'blauwe plekken'] },
    uitbuiting: { label: 'uitbuiting', terms: ['uitbuiting', 'loverboy'] },
    ouderenmishandeling: { label: 'ouderenmishandeling', terms: ['ouderenmishandeling', 'oma'] },
  },
  subjects: {
    kind: { label: 'een kind', terms: ['kind', 'leerling'] },
    oudere: { label: 'een oudere', terms: ['oudere', 'oma'] },
  },
  roles: { kinderopvang: { label: 'kinderopvang', terms: ['pedagogisch medewerker', 'bso'] }, onderwijs: { label: 'onderwijs', terms: ['juf'] } },
  intents: { vastleggen: { label: 'vastleggen', terms: ['vastleggen', 'leg vast'] }, 'wat-is': { label: 'wat het is', terms: ['wat is'] } },
};

const ids = (set: ReadonlySet<string>): string[] => [...set].sort();

describe('facet analysis of a question', () => {
  const matcher = createFacetMatcher(LEXICON);

  it('reads form, subject, role and intent from a case description', () => {
    const { facets } = matcher.analyze('Ik ben juf en zie blauwe plekken bij een leerling, hoe leg ik dat vast?');
    expect(ids(facets.forms)).toEqual(['lichamelijk']);
    expect(ids(facets.subjects)).toEqual(['kind']);
    expect(ids(facets.roles)).toEqual(['onderwijs']);
    expect(ids(facets.intents)).toEqual(['vastleggen']);
  });

  it('finds a description whose words stand apart ("trouwen + neef"), within the window and in any order', () => {
    const near = createFacetMatcher({ ...LEXICON, forms: { ...LEXICON.forms, huwelijksdwang: { label: 'huwelijksdwang', terms: ['trouwen + neef'] } } });
    const hit = near.analyze('ze moet deze zomer in marokko met een neef trouwen');
    expect(ids(hit.facets.forms)).toEqual(['huwelijksdwang']);
    // Only the parts carry the form, not the story between them.
    expect(hit.matches.map((m) => `${m.from}-${m.to}`)).toEqual(['9-9', '8-8']);
    expect(ids(near.analyze('de neef komt op bezoek en ze gaan trouwen').facets.forms)).toEqual(['huwelijksdwang']);
    expect(near.analyze('de neef van mijn collega is gisteren met zijn vriendin uit de klas van vroeger in de kerk getrouwd gaan trouwen').facets.forms.size).toBe(0);
    expect(near.analyze('ze wil trouwen').facets.forms.size).toBe(0);
  });

  it('reads an abbreviation with -er as its role ("bso-er")', () => {
    expect(ids(matcher.analyze('ik ben bso-er').facets.roles)).toEqual(['kinderopvang']);
  });

  it('takes the longest phrase: "pedagogisch medewerker" is a role, not two words', () => {
    const { matches } = matcher.analyze('ik ben pedagogisch medewerker op de bso');
    expect(matches.map((m) => `${m.kind}:${m.id}:${m.from}-${m.to}`)).toEqual(['roles:kinderopvang:2-3', 'roles:kinderopvang:6-6']);
  });

  it('gives one phrase every value it signals ("oma" is a person and a sign of ouderenmishandeling)', () => {
    const { facets } = matcher.analyze('oma wordt geslagen');
    expect(ids(facets.subjects)).toEqual(['oudere']);
    expect(ids(facets.forms)).toEqual(['lichamelijk', 'ouderenmishandeling']);
  });

  it('matches a phrase with a function word only word for word ("wat is"), and finds nothing in an unrelated question', () => {
    expect(ids(matcher.analyze('wat is uitbuiting').facets.intents)).toEqual(['wat-is']);
    expect(ids(matcher.analyze('wat het is').facets.intents)).toEqual([]);
    const none = matcher.analyze('wanneer is de herfstvakantie').facets;
    expect([...none.forms, ...none.subjects, ...none.roles, ...none.intents]).toEqual([]);
  });

  it('uses base forms from a word list for inflections the stemmer misses', () => {
    const plain = createFacetMatcher(LEXICON);
    const withLemmas = createFacetMatcher(LEXICON, { lemmas: (w) => (w === 'uitgebuit' ? ['uitbuiten'] : []) });
    expect(ids(plain.analyze('ze wordt uitgebuit').facets.forms)).toEqual([]);
    expect(ids(withLemmas.analyze('ze wordt uitgebuit').facets.forms)).toEqual(['uitbuiting']);
  });
});

describe('facets of an entry', () => {
  const matcher = createFacetMatcher(LEXICON);
  const entry = (over: Partial<KnowledgeEntry>): KnowledgeEntry =>
    ({ id: 'x', title: 'Wat is uitbuiting door een loverboy?', category: 'vormen', questions: [], keywords: ['loverboy'], contacts: [], sources: [], related: [], reviewed: '2026-12-04', owner: 'o', answer: 'a', ...over }) as KnowledgeEntry;

  it('takes the front matter where it has a kind, and what the title and keywords name where it has not', () => {
    const f = matcher.ofEntry(entry({ facets: { subjects: ['kind'] } }));
    expect(ids(f.subjects)).toEqual(['kind']);
    expect(ids(f.forms)).toEqual(['uitbuiting']);
    expect(ids(f.intents)).toEqual(['wat-is']);
    expect(matcher.label('subjects', 'kind')).toBe('een kind');
  });
});

describe('ages told in a question', () => {
  const ages = (text: string) => [...new Set(ageMatches(tokenize(text)).map((m) => m.id))].sort();
  it.each([
    ['zoon duwt zijn moeder van 82', ['oudere']],
    ['een leerlinge (15) uit 3 havo', ['jongere', 'kind']],
    ['een baby van 5 mnd', ['baby']],
    ['een 16-jarige', ['jongere', 'kind']],
    ['cliënte, 28 weken zwanger', ['baby']],
    ['meneer (88 jaar)', ['oudere']],
    ['ze is pas 13 en hij is haar stiefvader', ['jongere', 'kind']],
    ['kinderen van 4 en 7 zien het', ['kind']],
    ['cliënt (38) drinkt', ['volwassene']],
    ['een student van 19', ['jongere', 'volwassene']],
    ['een jongen, 14 jaar oud', ['jongere', 'kind']],
  ])('%s -> %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });

  it.each(['groep 3 en groep 8', 'een huisverbod van 10 dagen', 'al 2 jaar geleden', 'bel om 14.00 uur', 'bel 0800-2000', 'sinds 3 jaar in dienst', 'de 3e keer', 'twee keer, 2 keer per week'])(
    'no age in "%s"',
    (text) => {
      expect(ages(text)).toEqual([]);
    },
  );
});
