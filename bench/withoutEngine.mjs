/**
 * A bound for bench/load.ts, not the product: preloaded into the production start by `--without-engine`, it makes
 * the question flow (bot/answers/questionFlow.ts: danger screen, personal-data scan, lookup, and the record of an
 * unanswered question) run once per distinct question; a repeated question gets the first outcome again. The
 * benchmark's warm-up asks every question once, so the measured turns cost everything a Meldwijzer turn costs except
 * that flow: Teams activity parsing, routing, the log line, the answer card and its delivery.
 *
 * It answers "how close to the echo bot can Meldwijzer get if its lookup cost nothing?". It changes the built
 * file as it is loaded (a module hook), so the sources and dist/ stay as they are. Plain JavaScript, because that
 * process has no TypeScript loader.
 *
 *   npm run build && node --import ./bench/withoutEngine.mjs dist/bot/main.js
 */
import { register } from 'node:module';

const hooks = `
const TARGET = '/dist/bot/answers/questionFlow.js';
const EXPORT = 'export async function answerQuestion(';
const MEMO = \`
const outcomes = new Map();
export async function answerQuestion(deps, rawText, context) {
  const key = rawText + '\\\\u0000' + String(context.subject);
  let outcome = outcomes.get(key);
  if (outcome === undefined) {
    outcome = await computeOutcome(deps, rawText, context);
    outcomes.set(key, outcome);
  }
  return outcome;
}
\`;
export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (!url.endsWith(TARGET)) return loaded;
  const source = String(loaded.source);
  if (!source.includes(EXPORT)) throw new Error('bench/withoutEngine.mjs: answerQuestion not found in ' + url);
  return { ...loaded, source: source.replace(EXPORT, 'async function computeOutcome(') + MEMO };
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
