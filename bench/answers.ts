/**
 * Answer lookup speed (issue 10: at least 1,000 lookups/s). In process, over the whole knowledge base:
 * - `engine`: answerService.ask as the bot builds it (lexicon facets, Dutch word list, 20 candidates re-ranked);
 * - `baseline`: the same entries and synonyms without the lexicon and the word list, measured in the same run.
 * Questions: the evaluation set's questions and the blind tuning sets' questions (varied lengths, case
 * descriptions included). Each run asks every question for 3 s; the median of RUNS runs is printed.
 *
 *   npx tsx bench/answers.ts [--runs 5]
 */
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnswerService, type AnswerService } from '../bot/answers/answerService.ts';
import { loadDutchWords } from '../bot/answers/dutchWords.ts';
import { loadKnowledge } from '../bot/answers/loadKnowledge.ts';
import { IN_SCOPE, OUT_OF_SCOPE } from '../tests/answers/evaluation-set.ts';

const root = path.resolve(import.meta.dirname, '..');
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 5;
const SECONDS = 3;

async function tuningQuestions(): Promise<string[]> {
  const dir = path.join(root, 'tests/answers/tuning');
  const out: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ts'))) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) if (Array.isArray(value)) out.push(...value.map((q: { q: string }) => q.q));
  }
  return out;
}

function lookupsPerSecond(service: AnswerService, questions: readonly string[]): number {
  for (const q of questions) service.ask(q); // warm up
  let n = 0;
  const start = performance.now();
  const until = start + SECONDS * 1000;
  while (performance.now() < until) {
    for (const q of questions) {
      service.ask(q);
      n += 1;
    }
  }
  return n / ((performance.now() - start) / 1000);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

const knowledge = await loadKnowledge(path.join(root, 'knowledge'));
const words = await loadDutchWords();
const engine = createAnswerService({ ...knowledge, words });
const baseline = createAnswerService({ entries: knowledge.entries, synonyms: knowledge.synonyms });
const questions = [...IN_SCOPE.map((q) => q.q), ...OUT_OF_SCOPE, ...(await tuningQuestions())];

console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${knowledge.entries.length} entries, ${questions.length} questions, ${RUNS} runs of ${SECONDS} s each`);
const e: number[] = [];
const b: number[] = [];
for (let i = 0; i < RUNS; i++) {
  e.push(lookupsPerSecond(engine, questions));
  b.push(lookupsPerSecond(baseline, questions));
  console.log(`run ${i + 1}: engine ${Math.round(e[i] ?? 0)}/s, baseline ${Math.round(b[i] ?? 0)}/s`);
}
console.log(`median: engine ${Math.round(median(e))} lookups/s, baseline ${Math.round(median(b))} lookups/s, ratio ${(median(e) / median(b)).toFixed(2)}`);
