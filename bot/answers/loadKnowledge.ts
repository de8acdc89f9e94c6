import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { entrySchema, FACET_KINDS, lexiconSchema, synonymsSchema, type KnowledgeEntry, type Lexicon, type Synonyms } from './knowledgeSchema.ts';

/** Thrown by `loadKnowledge` with every problem found, one per line, as `file: field: message`. */
export class KnowledgeError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`De kennisbank heeft ${problems.length} fout(en):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'KnowledgeError';
    this.problems = problems;
  }
}

export interface Knowledge {
  entries: KnowledgeEntry[];
  synonyms: Synonyms;
  lexicon: Lexicon;
}

interface ReadResult {
  files: ParsedFile[];
  synonyms: Synonyms;
  lexicon: Lexicon;
  problems: string[];
}

const EMPTY_LEXICON: Lexicon = { forms: {}, subjects: {}, roles: {}, intents: {} };

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

function formatIssue(file: string, issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}.` : '';
    return `${file}: ${issue.keys.map((k) => where + k).join(', ')}: onbekend veld`;
  }
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(bestand)';
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  return `${file}: ${field}: ${missing ? 'ontbreekt' : issue.message}`;
}

function yamlProblems(file: string, doc: ReturnType<typeof parseDocument>, lineOffset: number): string[] {
  return doc.errors.map((e) => {
    const line = e.linePos?.[0]?.line;
    const where = line !== undefined ? `regel ${line + lineOffset}` : 'yaml';
    return `${file}: ${where}: ongeldige YAML: ${e.message.split('\n')[0] ?? e.code}`;
  });
}

/**
 * What could be read of one file. `id`, `related` and `reviewed` are taken from the front matter even when
 * the schema fails elsewhere, so that duplicate ids, dangling links and stale dates are still reported.
 */
interface ParsedFile {
  file: string;
  entry?: KnowledgeEntry;
  id?: string;
  related: string[];
  reviewed?: string;
}

function parseEntry(file: string, text: string, problems: string[]): ParsedFile {
  const out: ParsedFile = { file, related: [] };
  const match = FRONT_MATTER.exec(text);
  if (match === null) {
    problems.push(`${file}: front matter: het bestand begint niet met een YAML-blok tussen twee regels "---"`);
    return out;
  }
  const doc = parseDocument(match[1] ?? '', { prettyErrors: true });
  if (doc.errors.length > 0) {
    problems.push(...yamlProblems(file, doc, 1));
    return out;
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push(`${file}: front matter: moet een YAML-object met velden zijn`);
    return out;
  }
  const raw = data as Record<string, unknown>;
  if (typeof raw['id'] === 'string') out.id = raw['id'];
  if (Array.isArray(raw['related'])) out.related = raw['related'].filter((r): r is string => typeof r === 'string');
  if (typeof raw['reviewed'] === 'string') out.reviewed = raw['reviewed'];
  if ('answer' in raw) {
    problems.push(`${file}: answer: hoort niet in de front matter maar als tekst eronder`);
  }
  const expectedId = path.basename(file, '.md');
  if (out.id !== undefined && out.id !== expectedId) {
    problems.push(`${file}: id: "${out.id}" is niet gelijk aan de bestandsnaam (verwacht "${expectedId}")`);
  }
  const parsed = entrySchema.safeParse({ ...raw, answer: (match[2] ?? '').trim() });
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => formatIssue(file, i)));
    return out;
  }
  out.entry = parsed.data;
  return out;
}

/** Reads one YAML file of the knowledge base and parses it with `schema`; undefined (and problems) when it fails. */
async function readYaml<T>(dir: string, file: string, schema: z.ZodType<T>, problems: string[]): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dir, file), 'utf8');
  } catch (err) {
    problems.push(`${file}: (bestand): kan niet gelezen worden (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return undefined;
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    problems.push(...yamlProblems(file, doc, 0));
    return undefined;
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => formatIssue(file, i)));
    return undefined;
  }
  return parsed.data;
}

/** Facet ids an entry uses that the lexicon does not define. */
function unknownFacets(file: string, entry: KnowledgeEntry, lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (const kind of FACET_KINDS) {
    (entry.facets?.[kind] ?? []).forEach((id, i) => {
      if (!(id in lexicon[kind])) out.push(`${file}: facets.${kind}.${i}: "${id}" staat niet in lexicon.yaml onder ${kind}`);
    });
  }
  return out;
}

/** Reads and checks everything; never throws for content problems, it collects them. */
async function readKnowledge(dir: string): Promise<ReadResult> {
  const problems: string[] = [];
  const entriesDir = path.join(dir, 'entries');
  let names: string[] = [];
  try {
    names = (await readdir(entriesDir)).filter((n) => n.endsWith('.md')).sort();
  } catch (err) {
    problems.push(`entries/: (map): kan niet gelezen worden (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }

  const files: ParsedFile[] = [];
  for (const name of names) {
    const file = `entries/${name}`;
    try {
      files.push(parseEntry(file, await readFile(path.join(entriesDir, name), 'utf8'), problems));
    } catch (err) {
      problems.push(`${file}: (bestand): kan niet gelezen worden (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
  }

  const byId = new Map<string, string>();
  for (const { file, id } of files) {
    if (id === undefined) continue;
    const first = byId.get(id);
    if (first !== undefined) problems.push(`${file}: id: "${id}" komt dubbel voor (ook in ${first})`);
    else byId.set(id, file);
  }
  // File names count as ids too, so that one broken file does not cause misleading "does not exist" messages.
  const known = new Set([...byId.keys(), ...names.map((n) => path.basename(n, '.md'))]);
  for (const { file, id, related } of files) {
    related.forEach((target, i) => {
      if (!known.has(target)) problems.push(`${file}: related.${i}: "${target}" bestaat niet`);
      else if (target === id) problems.push(`${file}: related.${i}: een item verwijst naar zichzelf`);
    });
  }

  const synonyms = (await readYaml(dir, 'synonyms.yaml', synonymsSchema, problems))?.synonyms ?? {};
  const lexicon = (await readYaml(dir, 'lexicon.yaml', lexiconSchema, problems)) ?? EMPTY_LEXICON;
  for (const { file, entry } of files) if (entry !== undefined) problems.push(...unknownFacets(file, entry, lexicon));
  // Grouped per file (a stable sort keeps each file's own order).
  const fileOf = (p: string): string => p.slice(0, p.indexOf(':'));
  problems.sort((a, b) => (fileOf(a) < fileOf(b) ? -1 : fileOf(a) > fileOf(b) ? 1 : 0));
  return { files, synonyms, lexicon, problems };
}

/** Loads `dir/entries/*.md`, `dir/synonyms.yaml` and `dir/lexicon.yaml`; throws a KnowledgeError listing every problem. */
export async function loadKnowledge(dir: string): Promise<Knowledge> {
  const { files, synonyms, lexicon, problems } = await readKnowledge(dir);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return { entries: files.flatMap((f) => (f.entry === undefined ? [] : [f.entry])), synonyms, lexicon };
}

export interface KnowledgeCheck {
  errors: string[];
  /** Entries whose `reviewed` date is more than 12 months before `today`, as `file: reviewed: date`. */
  stale: string[];
  /** Number of entry files that passed every check of the schema. */
  count: number;
}

/** For `npm run kb:check`: the same checks as `loadKnowledge`, returned instead of thrown, plus staleness. */
export async function checkKnowledge(dir: string, today: Date): Promise<KnowledgeCheck> {
  const { files, problems } = await readKnowledge(dir);
  const limit = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
  const limitIso = limit.toISOString().slice(0, 10);
  const stale = files
    .filter((f) => f.reviewed !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(f.reviewed) && f.reviewed < limitIso)
    .map((f) => `${f.file}: reviewed: ${f.reviewed} is meer dan 12 maanden geleden`);
  return { errors: problems, stale, count: files.filter((f) => f.entry !== undefined).length };
}
