/**
 * Benchmark of the Dutch word list (bot/answers/dutchWords.ts): load time, heap growth and lookups per second.
 * Each run is a fresh child process (a cold load, as at the bot's start); figures are the median of 5 runs.
 *
 *   npx tsx bench/dutchWords.ts
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadDutchWords } from '../bot/answers/dutchWords.ts';

const RUNS = 5;

// Tokens as professionals type them: inflections, compounds, typos and plain words, known and unknown.
const TOKENS = [
  'uitgebuit', 'mishandeld', 'bedreigd', 'geslagen', 'sloeg', 'opgesloten', 'kinderen', 'meldingen',
  'kinderopvangorganisatie', 'huisverbodsmaatregel', 'loverboyproblematiek', 'meldcodeprotocol', 'wachtwoord',
  'depressie', 'regenen', 'huiselijk', 'geweld', 'veilig', 'thuis', 'school', 'leerkracht', 'zorgen',
  'mishandling', 'meldkode', 'huiselik', 'xqzwv', 'verwaarlozing', 'afwegingskader', 'signalen', 'jeugdarts',
];

interface Figures {
  loadMs: number;
  heapMb: number;
  hasPerSecond: number;
  lemmasPerSecond: number;
  splitPerSecond: number;
}

function perSecond(fn: (token: string) => unknown): number {
  // Warm up, then count calls in a fixed window.
  for (let i = 0; i < 2_000; i++) fn(TOKENS[i % TOKENS.length] ?? '');
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < 500) {
    for (const token of TOKENS) fn(token);
    calls += TOKENS.length;
  }
  return calls / ((performance.now() - start) / 1000);
}

async function measureOnce(): Promise<Figures> {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const words = await loadDutchWords();
  const loadMs = performance.now() - start;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const hasPerSecond = perSecond((t) => words.has(t));
  const lemmasPerSecond = perSecond((t) => words.lemmas(t));
  // Compound splits are memoized per word list, so the split figure is for first calls only: every pair of
  // tokens glued together (900 distinct words, most not compounds) on a list that has not seen them.
  const pairs = TOKENS.flatMap((a) => TOKENS.map((b) => a + b));
  const splitStart = performance.now();
  for (const pair of pairs) words.splitCompound(pair);
  const splitPerSecond = pairs.length / ((performance.now() - splitStart) / 1000);
  return { loadMs, heapMb, hasPerSecond, lemmasPerSecond, splitPerSecond };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

if (process.argv.includes('--once')) {
  process.stdout.write(`${JSON.stringify(await measureOnce())}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  const runs: Figures[] = [];
  for (let r = 0; r < RUNS; r++) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--once'], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Figures);
  }
  const pick = (k: keyof Figures): number => median(runs.map((r) => r[k]));
  console.log(`runs: ${RUNS} (fresh process each), median`);
  console.log(`load: ${pick('loadMs').toFixed(0)} ms (range ${Math.min(...runs.map((r) => r.loadMs)).toFixed(0)}-${Math.max(...runs.map((r) => r.loadMs)).toFixed(0)})`);
  console.log(`heap after load: +${pick('heapMb').toFixed(1)} MB`);
  console.log(`has(): ${Math.round(pick('hasPerSecond')).toLocaleString('en')} /s`);
  console.log(`lemmas(): ${Math.round(pick('lemmasPerSecond')).toLocaleString('en')} /s`);
  console.log(`splitCompound() first call (not memoized): ${Math.round(pick('splitPerSecond')).toLocaleString('en')} /s`);
}
