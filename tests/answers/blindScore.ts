import path from 'node:path';
import { normalize } from '../../bot/answers/analyzer.ts';
import type { AnswerService } from '../../bot/answers/answerService.ts';
import { sharedAnswers } from '../../test-support/sharedAnswers.ts';
import { answerQuestion } from '../../bot/answers/questionFlow.ts';
import type { AnswerLogStore } from '../../bot/answers/answerLogStore.ts';
import { repliesFor, type Reply } from '../../bot/answers/answerReplies.ts';

/**
 * Scores a blind evaluation set (tests/answers/tuning, tests/answers/sealed) the way a professional reads the bot:
 * on the TEXT of the cards it sends, not on which entry won. A question counts when every fact group of the
 * question is in the cards' text (buttons do not count: a fact behind a button is not an answer). When the bot
 * asks "Over wie maakt u zich zorgen?", the scorer taps the option the writer gave (`about`), as the asker would.
 * - acute: the first card is the emergency card with 112 (or 113 for suicide);
 * - out-of-scope: no answer card, no closest answer shown under "Ik weet niet zeker", no meldcode steps shown instead,
 *   no clarifying question;
 * - greeting: a short reply, and nothing kept as an unanswered question.
 */

export type BlindKind = 'case' | 'everyday' | 'direct' | 'acute' | 'out-of-scope' | 'greeting';
export interface BlindQuestion {
  readonly q: string;
  readonly kind: BlindKind;
  readonly facts?: readonly (readonly string[])[];
  readonly about?: 'kind' | 'partner' | 'oudere' | 'anders';
  readonly source?: string;
}

export interface BlindResult {
  readonly question: BlindQuestion;
  readonly pass: boolean;
  /** What the bot did: the entry shown, 'emergency', 'none', 'clarify', 'smalltalk'. */
  readonly outcome: string;
  /** Fact groups not found in the cards' text. */
  readonly missing: readonly (readonly string[])[];
  /** In-scope: the facts came on a confident answer card, not only on a tentative one. */
  readonly confident?: boolean;
}

const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '../../knowledge');

/** The answer service on knowledge/ (built once per test process: the tuning test and the e2e tests share it). */
export async function createScoringService(): Promise<AnswerService> {
  return sharedAnswers(KNOWLEDGE_DIR);
}

/** Everything a person reads on the cards: text blocks, facts, rich text; not button titles. */
export function readableText(replies: readonly Reply[]): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const type = typeof o['type'] === 'string' ? (o['type'] as string) : '';
    // A button, or a row to tap (an element with a selectAction: a list of entries to open), is not text read.
    if (type.startsWith('Action.') || type === 'ActionSet' || o['selectAction'] !== undefined) return;
    if (type === 'TextBlock' || type === 'TextRun') out.push(String(o['text'] ?? ''));
    if (type === 'FactSet' && Array.isArray(o['facts'])) {
      for (const f of o['facts'] as Array<Record<string, unknown>>) out.push(`${String(f['title'] ?? '')} ${String(f['value'] ?? '')}`);
    }
    for (const [key, value] of Object.entries(o)) if (key !== 'actions' && key !== 'selectAction') walk(value);
  };
  for (const r of replies) {
    if ('text' in r) out.push(r.text);
    else walk(r.card.body);
  }
  return out.join('\n');
}

const fold = (text: string): string =>
  normalize(text)
    .replace(/\*\*|__|\[|\]\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ');

function unansweredCounter(): { log: AnswerLogStore; count: () => number } {
  let n = 0;
  const log = {
    recordUnanswered: async () => {
      n += 1;
    },
    recordAsked: () => undefined,
  } as unknown as AnswerLogStore;
  return { log, count: () => n };
}

export async function scoreQuestion(answers: AnswerService, question: BlindQuestion): Promise<BlindResult> {
  const counter = unansweredCounter();
  const deps = { answers, answerLog: counter.log };
  let outcome = await answerQuestion(deps, question.q, { conversationType: 'personal' });
  let replies = repliesFor(answers, outcome);
  let what: string = outcome.result.kind === 'answer' ? outcome.result.entry.id : outcome.result.kind;
  const r = outcome.result;
  if (r.kind === 'clarify' && question.kind !== 'out-of-scope') {
    // Tap the option the writer meant; "iemand anders" when it is not offered.
    const pick = r.options.find((o) => o.id === question.about) ?? r.options.find((o) => o.id === null);
    outcome = await answerQuestion(deps, question.q, { conversationType: 'personal', subject: pick?.id ?? null });
    replies = [...replies, ...repliesFor(answers, outcome)];
    what = `clarify(${pick?.id ?? 'anders'}) -> ${outcome.result.kind === 'answer' ? outcome.result.entry.id : outcome.result.kind}`;
  }
  const danger = outcome.screen.acuteDanger || outcome.screen.suicide || outcome.screen.victim;
  if (danger) what = `emergency + ${what}`;
  const text = fold(readableText(replies));
  switch (question.kind) {
    case 'acute': {
      const first = replies[0];
      const firstText = first === undefined ? '' : fold(readableText([first]));
      const pass = danger && (firstText.includes('112') || firstText.includes('113'));
      return { question, pass, outcome: what, missing: [] };
    }
    case 'out-of-scope': {
      // Refused means no entry's text on screen: the closest answer shown under "Ik weet niet zeker ..." is not
      // a refusal.
      const r2 = outcome.result;
      const tentative = r2.kind === 'none' ? r2.tentative : undefined;
      const steps = r2.kind === 'none' ? r2.nextSteps : undefined;
      if (tentative !== undefined) what = `${what} (tentative: ${tentative.id})`;
      else if (steps !== undefined) what = `${what} (steps)`;
      return { question, pass: (r2.kind === 'none' && tentative === undefined && steps === undefined) || r2.kind === 'smalltalk', outcome: what, missing: [] };
    }
    case 'greeting': {
      const pass = outcome.result.kind === 'smalltalk' && counter.count() === 0;
      return { question, pass, outcome: what, missing: [] };
    }
    default: {
      const missing = (question.facts ?? []).filter((group) => !group.some((alt) => text.includes(fold(alt).trim())));
      // An answer card, or the closest answer shown with its text under "Ik weet niet zeker ...": both put the
      // facts in front of the reader. `confident` tells them apart in the report.
      const r2 = outcome.result;
      const shown = r2.kind === 'answer' || (r2.kind === 'none' && r2.tentative !== undefined);
      if (r2.kind === 'none' && r2.tentative !== undefined) what = `${what} (tentative: ${r2.tentative.id})`;
      return { question, pass: shown && missing.length === 0 && (question.facts ?? []).length > 0, confident: r2.kind === 'answer', outcome: what, missing };
    }
  }
}

export interface BlindReport {
  readonly results: readonly BlindResult[];
  /**
   * Pass rate per kind and for all in-scope questions (case, everyday, direct) together; `confident`: the in-scope
   * questions whose facts came on a confident answer card.
   */
  readonly rates: Readonly<Record<string, { pass: number; total: number }>>;
}

export async function scoreSet(answers: AnswerService, set: readonly BlindQuestion[]): Promise<BlindReport> {
  const results: BlindResult[] = [];
  for (const q of set) results.push(await scoreQuestion(answers, q));
  const rates: Record<string, { pass: number; total: number }> = {};
  const add = (key: string, pass: boolean): void => {
    const r = (rates[key] ??= { pass: 0, total: 0 });
    r.total += 1;
    if (pass) r.pass += 1;
  };
  for (const r of results) {
    add(r.question.kind, r.pass);
    if (r.question.kind === 'case' || r.question.kind === 'everyday' || r.question.kind === 'direct') {
      add('in-scope', r.pass);
      add('confident', r.pass && r.confident === true);
    }
  }
  return { results, rates };
}

export function formatRates(report: BlindReport): string {
  const pct = (p: number, t: number): string => (t === 0 ? '-' : `${((100 * p) / t).toFixed(1)} %`);
  return ['in-scope', 'confident', 'case', 'everyday', 'direct', 'acute', 'out-of-scope', 'greeting']
    .filter((k) => report.rates[k] !== undefined)
    .map((k) => {
      const r = report.rates[k] as { pass: number; total: number };
      return `${k.padEnd(13)} ${pct(r.pass, r.total).padStart(8)}  (${r.pass}/${r.total})`;
    })
    .join('\n');
}
