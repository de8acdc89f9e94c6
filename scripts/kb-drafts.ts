/**
 * `npm run kb:drafts`: lists the draft entries made from experts' answers (`Maak concept` on an answered ticket),
 * in DATA_DIR/kb-drafts/. `npm run kb:drafts -- copy <id>` copies one into knowledge/entries/ for review. A
 * copied draft still has `draft: true` and empty `reviewed`/`owner`: `npm run kb:check` refuses it until a
 * curator has finished it (sources checked, category, keywords, at least 3 questions) and removed the draft line.
 */
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../bot/config.ts';
import { DRAFTS_DIR } from '../bot/experts/kbDraft.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const config = loadConfig();
const dir = path.resolve(config.dataDir, DRAFTS_DIR);
const entries = path.join(ROOT, 'knowledge', 'entries');
const [command, id] = process.argv.slice(2);

async function drafts(): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  } catch {
    return [];
  }
}

if (command === undefined) {
  const files = await drafts();
  if (files.length === 0) console.log(`Geen concepten in ${dir}.`);
  for (const f of files) {
    const text = await readFile(path.join(dir, f), 'utf-8');
    const title = /^title: (.*)$/m.exec(text)?.[1] ?? '';
    const made = (await stat(path.join(dir, f))).mtime.toISOString().slice(0, 10);
    console.log(`${f.replace(/\.md$/, '')}  ${made}  ${title}`);
  }
  if (files.length > 0) console.log('\nKopieer er een naar knowledge/entries/: npm run kb:drafts -- copy <id>');
} else if (command === 'copy' && id !== undefined && /^[a-z0-9-]+$/.test(id)) {
  const from = path.join(dir, `${id}.md`);
  const to = path.join(entries, `${id}.md`);
  try {
    await copyFile(from, to, 1 /* COPYFILE_EXCL: never overwrite an entry */);
    console.log(`Gekopieerd naar ${path.relative(ROOT, to)}. Maak het af, controleer de bronnen en haal de regel "draft: true" weg; tot dan weigert npm run kb:check het.`);
  } catch (err) {
    const code = (err as { code?: string }).code;
    console.error(code === 'EEXIST' ? `${path.relative(ROOT, to)} bestaat al. Er is niets gekopieerd.` : code === 'ENOENT' ? `Geen concept ${id} in ${dir}. Typ npm run kb:drafts voor de lijst.` : `Kopiëren lukte niet: ${code ?? String(err)}`);
    process.exitCode = 1;
  }
} else {
  console.error('gebruik: npm run kb:drafts            (de lijst)\n        npm run kb:drafts -- copy <id>  (naar knowledge/entries/)');
  process.exitCode = 2;
}
