import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Ticket } from './ticketStore.ts';

/** Where `Maak concept` writes: DATA_DIR/kb-drafts/ (never knowledge/entries/: a person copies a draft there). */
export const DRAFTS_DIR = 'kb-drafts';

/** A personal-data screen that replaces what it finds by a placeholder ([bsn], [naam], ...). */
export type Redact = (text: string) => string;

const yamlString = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').trim());

/** The draft's id and file name: expert-vraag-<number>. */
export const draftId = (t: Pick<Ticket, 'number'>) => `expert-vraag-${t.number}`;

/**
 * A draft knowledge entry from an answered ticket, in the front matter of knowledge/README.md, marked
 * `draft: true` with `reviewed` and `owner` empty: `kb:check` refuses it until a curator has written it as an
 * entry, checked its sources and removed the draft line. Never the asker's or the expert's name; the question
 * and answer go through the personal-data screen once more.
 */
export function draftEntry(t: Ticket, redact: Redact): string {
  if (!t.answer) throw new Error('ticket has no answer');
  const question = redact(t.question);
  const source = t.answer.source ? redact(t.answer.source) : 'Antwoord van een expert uit de regio (controleren)';
  const lines = [
    '---',
    `id: ${draftId(t)}`,
    `title: ${yamlString(question.slice(0, 90))}`,
    'category: verwijzen # choose: meldcode | afwegingskader | beroepsgeheim | sectoren | vormen | veilig-thuis | verwijzen | veiligheid | regio',
    'questions:',
    `  - ${yamlString(question)}`,
    'keywords: []',
    'sources:',
    `  - title: ${yamlString(source)}`,
    ...(t.answer.link ? [`    url: ${t.answer.link}`] : []),
    'reviewed: ""',
    'owner: ""',
    'draft: true # from an expert\'s answer; a curator checks it against its sources before it may be used',
    '---',
    redact(t.answer.text).trim(),
    '',
  ];
  return lines.join('\n');
}

/** Writes the draft (temp file, then rename); false when a draft for this ticket exists already. */
export async function writeDraft(dataDir: string, t: Ticket, redact: Redact, exists: (file: string) => Promise<boolean>): Promise<{ written: boolean; file: string }> {
  const dir = path.join(dataDir, DRAFTS_DIR);
  const file = path.join(dir, `${draftId(t)}.md`);
  if (await exists(file)) return { written: false, file };
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.tmp`;
  await writeFile(tmp, draftEntry(t, redact), 'utf-8');
  await rename(tmp, file);
  return { written: true, file };
}
