import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkKnowledge, KnowledgeError, loadKnowledge } from '../../bot/answers/loadKnowledge.ts';

interface Fields {
  [key: string]: string | undefined;
}

/** A valid entry file; override or remove (undefined) front-matter lines by key. */
function entry(id: string, overrides: Fields = {}, body = 'Dit is een antwoord dat lang genoeg is om de controle van het schema te halen.'): string {
  const fields: Fields = {
    id,
    title: '"Een goede titel"',
    category: 'meldcode',
    questions: '\n  - Wat doe ik hier?\n  - Hoe werkt dit?\n  - Waar vind ik dat?',
    keywords: '[meldcode, stappen]',
    sources: '\n  - title: Rijksoverheid meldcode\n    url: https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/inhoud/meldcode',
    related: '[]',
    reviewed: '2026-11-01',
    owner: 'Projectleider',
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter((kv): kv is [string, string] => kv[1] !== undefined)
    .map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

const dirs: string[] = [];
const LEXICON = [
  'forms:\n  lichamelijk:\n    label: lichamelijk geweld\n    terms: [slaan, geslagen]',
  'subjects:\n  kind:\n    label: een kind\n    terms: [kind]',
  'roles:\n  onderwijs:\n    label: onderwijs\n    terms: [juf]',
  'intents:\n  vastleggen:\n    label: vastleggen\n    terms: [vastleggen]',
].join('\n');

async function kb(files: Record<string, string>, synonyms = 'synonyms:\n  vt: [veilig thuis]\n', lexicon = LEXICON): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-'));
  dirs.push(dir);
  await mkdir(path.join(dir, 'entries'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, 'entries', name), text);
  if (synonyms !== '') await writeFile(path.join(dir, 'synonyms.yaml'), synonyms);
  if (lexicon !== '') await writeFile(path.join(dir, 'lexicon.yaml'), lexicon);
  return dir;
}

async function problemsOf(dir: string): Promise<readonly string[]> {
  try {
    await loadKnowledge(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeError);
    return (err as KnowledgeError).problems;
  }
  throw new Error('expected a KnowledgeError');
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('loadKnowledge', () => {
  it('loads valid entries and synonyms', async () => {
    const dir = await kb({ 'a-een.md': entry('a-een', { related: '[b-twee]' }), 'b-twee.md': entry('b-twee') });
    const { entries, synonyms } = await loadKnowledge(dir);
    expect(entries.map((e) => e.id)).toEqual(['a-een', 'b-twee']);
    expect(entries[0]?.answer).toMatch(/^Dit is een antwoord/);
    expect(entries[0]?.contacts).toEqual([]);
    expect(synonyms).toEqual({ vt: ['veilig thuis'] });
  });

  it('names the file and field of a missing field', async () => {
    const problems = await problemsOf(await kb({ 'geen-titel.md': entry('geen-titel', { title: undefined }) }));
    expect(problems).toEqual(['entries/geen-titel.md: title: ontbreekt']);
  });

  it('reports a bad id and an id that differs from the file name', async () => {
    const problems = await problemsOf(
      await kb({ 'Slecht_Id.md': entry('Slecht_Id'), 'andere-naam.md': entry('niet-de-bestandsnaam') }),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^entries\/Slecht_Id\.md: id: alleen kleine letters/));
    expect(problems).toContainEqual(expect.stringMatching(/^entries\/andere-naam\.md: id: "niet-de-bestandsnaam" is niet gelijk aan de bestandsnaam/));
  });

  it('reports duplicate ids', async () => {
    const problems = await problemsOf(await kb({ 'een.md': entry('een'), 'twee.md': entry('een') }));
    expect(problems).toContainEqual(expect.stringMatching(/^entries\/twee\.md: id: "een" komt dubbel voor \(ook in entries\/een\.md\)/));
  });

  it('reports related ids that do not exist', async () => {
    const problems = await problemsOf(await kb({ 'een.md': entry('een', { related: '[bestaat-niet]' }) }));
    expect(problems).toEqual(['entries/een.md: related.0: "bestaat-niet" bestaat niet']);
  });

  it('reports bad YAML with the file and line', async () => {
    const bad = '---\nid: kapot\ntitle: "niet afgesloten\nquestions: [a, b\n---\nTekst van het antwoord, lang genoeg om te tellen.\n';
    const problems = await problemsOf(await kb({ 'kapot.md': bad }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^entries\/kapot\.md: regel \d+: ongeldige YAML/);
  });

  it('reports a file without front matter, unknown fields and a bad synonyms file', async () => {
    const problems = await problemsOf(
      await kb(
        { 'los.md': 'Alleen tekst.\n', 'extra.md': entry('extra', { kleur: 'blauw' }) },
        'synonyms:\n  vt: veilig thuis\n',
      ),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^entries\/los\.md: front matter:/));
    expect(problems).toContainEqual('entries/extra.md: kleur: onbekend veld');
    expect(problems).toContainEqual(expect.stringMatching(/^synonyms\.yaml: synonyms\.vt: /));
  });

  it('lists EVERY problem, not only the first', async () => {
    const dir = await kb({
      'a.md': entry('a', { category: 'onbekend', reviewed: '29-11-2026' }),
      'b.md': entry('b', { questions: '\n  - Alleen deze vraag?' }, 'Kort.'),
    });
    const problems = await problemsOf(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^entries\/a\.md: category: /),
        'entries/a.md: reviewed: moet een datum zijn als JJJJ-MM-DD',
        'entries/b.md: questions: minstens 3 voorbeeldvragen',
        'entries/b.md: answer: het antwoord is te kort',
      ]),
    );
    const err = await loadKnowledge(dir).catch((e: unknown) => e);
    expect((err as Error).message).toContain('entries/a.md: category:');
    expect((err as Error).message).toContain('entries/b.md: answer:');
  });

  it('still checks ids and related links of a file that fails the schema', async () => {
    const problems = await problemsOf(
      await kb({ 'een.md': entry('een', { owner: undefined, related: '[weg]' }), 'twee.md': entry('een', { owner: undefined }) }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'entries/een.md: owner: ontbreekt',
        'entries/een.md: related.0: "weg" bestaat niet',
        'entries/twee.md: id: "een" komt dubbel voor (ook in entries/een.md)',
      ]),
    );
  });

  it('reports a missing synonyms file', async () => {
    const problems = await problemsOf(await kb({ 'een.md': entry('een') }, ''));
    expect(problems).toEqual([expect.stringMatching(/^synonyms\.yaml: \(bestand\): kan niet gelezen worden/)]);
  });
});

describe('facets and the lexicon', () => {
  it('loads the facets of an entry and the lexicon', async () => {
    const dir = await kb({ 'a-een.md': entry('a-een', { facets: '\n  forms: [lichamelijk]\n  roles: [onderwijs]', asOf: '2019' }) });
    const { entries, lexicon } = await loadKnowledge(dir);
    expect(entries[0]?.facets).toEqual({ forms: ['lichamelijk'], roles: ['onderwijs'] });
    expect(entries[0]?.asOf).toBe('2019');
    expect(lexicon.forms['lichamelijk']?.terms).toEqual(['slaan', 'geslagen']);
  });

  it("loads the meldcode's instruments, and refuses a name that is not lower case", async () => {
    const good = await kb({ 'a-een.md': entry('a-een') }, undefined, `${LEXICON}\ninstruments: [veilig thuis, zorg- en veiligheidshuis]`);
    expect((await loadKnowledge(good)).lexicon.instruments).toEqual(['veilig thuis', 'zorg- en veiligheidshuis']);
    const bad = await kb({ 'a-een.md': entry('a-een') }, undefined, `${LEXICON}\ninstruments: [Veilig Thuis]`);
    expect(await problemsOf(bad)).toContainEqual(expect.stringMatching(/^lexicon\.yaml: instruments\.0: kleine letters/));
  });

  it('names a facet id the lexicon does not define', async () => {
    const dir = await kb({ 'a-een.md': entry('a-een', { facets: '\n  forms: [stalking]\n  intents: [vastleggen]' }) });
    expect(await problemsOf(dir)).toEqual(['entries/a-een.md: facets.forms.0: "stalking" staat niet in lexicon.yaml onder forms']);
  });

  it('reports a missing lexicon and an asOf that is no year', async () => {
    const dir = await kb({ 'a-een.md': entry('a-een', { asOf: 'vorig jaar' }) }, undefined, '');
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^lexicon\.yaml: \(bestand\): kan niet gelezen worden/));
    expect(problems).toContainEqual(expect.stringMatching(/^entries\/a-een\.md: asOf: /));
  });
});

describe('sources name the page that states the fact', () => {
  it('refuses a bare domain and a copy site, and accepts a page (also one named by a query)', async () => {
    const source = (url: string): string => `\n  - title: Een bron\n    url: ${url}`;
    const dir = await kb({
      'a-kaal.md': entry('a-kaal', { sources: source('https://www.rijksoverheid.nl/') }),
      'b-kopie.md': entry('b-kopie', { sources: source('https://5dok.net/document/q7wo489v-expert-raadplegen.html') }),
      'c-pagina.md': entry('c-pagina', { sources: source('https://www.lkah.nl/?p=421') }),
      'd-pagina.md': entry('d-pagina', { sources: source('https://wetten.overheid.nl/BWBR0035362/') }),
    });
    expect(await problemsOf(dir)).toEqual([
      'entries/a-kaal.md: sources.0.url: noem de pagina met het feit, niet alleen het domein',
      'entries/b-kopie.md: sources.0.url: een kopieersite is geen bron; noem de pagina van de organisatie zelf',
    ]);
  });
});

describe('checkKnowledge', () => {
  it('returns errors instead of throwing, and lists stale entries', async () => {
    const dir = await kb({
      'vers.md': entry('vers', { reviewed: '2026-06-01' }),
      'oud.md': entry('oud', { reviewed: '2025-11-28' }),
      'grens.md': entry('grens', { reviewed: '2025-11-29' }),
      'fout.md': entry('fout', { owner: undefined }),
    });
    const result = await checkKnowledge(dir, new Date('2026-11-29T10:00:00Z'));
    expect(result.errors).toEqual(['entries/fout.md: owner: ontbreekt']);
    expect(result.stale).toEqual(['entries/oud.md: reviewed: 2025-11-28 is meer dan 12 maanden geleden']);
    expect(result.count).toBe(3);
  });
});
