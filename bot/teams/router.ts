import type { Command, ExecuteAction, Feature, SubmitAction } from './feature.ts';

/** Verb -> handler maps built once from the features; a verb defined twice is a programming error. */
export interface Router {
  readonly commands: readonly Command[];
  matchCommand(text: string): { command: Command; args: string } | undefined;
  submit(verb: string): SubmitAction | undefined;
  execute(verb: string): ExecuteAction | undefined;
  /** Every card verb, for tests that must reach all of them (the fuzz test). */
  readonly cardVerbs: { readonly submits: readonly string[]; readonly executes: readonly string[] };
}

export function normalizeCommandText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^[\s/!]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function createRouter(features: readonly Feature[]): Router {
  const commands: Command[] = [];
  const verbs = new Map<string, Command>();
  const submits = new Map<string, SubmitAction>();
  const executes = new Map<string, ExecuteAction>();
  for (const f of features) {
    for (const c of f.commands ?? []) {
      commands.push(c);
      for (const v of c.verbs) {
        if (verbs.has(v)) throw new Error(`command "${v}" is defined twice (feature ${f.name})`);
        verbs.set(v, c);
      }
    }
    for (const s of f.submits ?? []) {
      if (submits.has(s.verb)) throw new Error(`submit verb "${s.verb}" is defined twice (feature ${f.name})`);
      submits.set(s.verb, s);
    }
    for (const e of f.executes ?? []) {
      if (executes.has(e.verb)) throw new Error(`execute verb "${e.verb}" is defined twice (feature ${f.name})`);
      executes.set(e.verb, e);
    }
  }
  // Longest verb first, so "geen updates" wins over a shorter verb that is its prefix.
  const ordered = [...verbs.entries()].sort((a, b) => b[0].length - a[0].length);
  return {
    commands,
    matchCommand(text) {
      const t = normalizeCommandText(text).replace(/[?.!]+$/, '');
      for (const [verb, command] of ordered) {
        if (t === verb || t.startsWith(`${verb} `)) {
          // Arguments keep the user's own casing (group names, titles).
          const words = text.normalize('NFKC').trim().replace(/^[\s/!]+/, '').split(/\s+/);
          return { command, args: words.slice(verb.split(' ').length).join(' ').trim() };
        }
      }
      return undefined;
    },
    submit: (verb) => submits.get(verb),
    execute: (verb) => executes.get(verb),
    cardVerbs: { submits: [...submits.keys()], executes: [...executes.keys()] },
  };
}
