/**
 * `npm run eval:tuning` / `npm run eval:sealed`: scores a blind evaluation set on the text of the answer cards
 * (tests/answers/blindScore.ts) and prints the pass rates. A set is every exported array of questions in the
 * files of tests/answers/tuning/ or tests/answers/sealed/. The tuning set's misses are printed so they can be
 * studied; the sealed set prints its figures only (add --misses after its first and only scored run).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createScoringService, formatRates, scoreSet, type BlindQuestion } from '../tests/answers/blindScore.ts';

const which = process.argv[2];
if (which !== 'tuning' && which !== 'sealed') {
  console.error('gebruik: tsx scripts/eval-blind.ts tuning|sealed [--misses]');
  process.exit(2);
}
const showMisses = which === 'tuning' || process.argv.includes('--misses');
const dir = path.resolve(import.meta.dirname, '../tests/answers', which);
const set: BlindQuestion[] = [];
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
  for (const value of Object.values(mod)) if (Array.isArray(value)) set.push(...(value as BlindQuestion[]));
}

if (set.length === 0) {
  console.error(`geen vragen in tests/answers/${which}/ (zie de README daar)`);
  process.exit(1);
}
const answers = await createScoringService();
const report = await scoreSet(answers, set);
if (showMisses) {
  for (const r of report.results.filter((x) => !x.pass)) {
    const missing = r.missing.map((g) => g.join(' | ')).join('; ');
    console.log(`MISS [${r.question.kind}] ${r.question.q}\n     got: ${r.outcome}${missing === '' ? '' : `\n     missing: ${missing}`}`);
  }
}
console.log(`\n${which} set, ${set.length} questions, ${answers.entries.length} entries:\n${formatRates(report)}`);
