import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp } from '../../bot/main.ts';
import { sharedAnswers } from '../../test-support/harness.ts';
import { loadKnowledge } from '../../bot/answers/loadKnowledge.ts';
import { createAnswerService } from '../../bot/answers/answerService.ts';
import { adaptiveCardMessage } from '../../bot/teams/send.ts';
import { cardActions } from '../../test-support/connectorStub.ts';
import { adaptiveCardProblems, messageBytes } from '../../test-support/validateCard.ts';
import { allCases, cardCases, type Case } from './cardCases.ts';

/**
 * Every card the bot can send, rendered with realistic (and worst-case) data, checked the way Teams will see it:
 * Microsoft's adaptivecards library at schema 1.5 reports no parse or validation event, the whole message stays
 * under 80 KB, every button has words, and every button's verb reaches a handler of the right kind with data
 * its schema accepts (state changes: Action.Execute; navigation: Action.Submit).
 *
 * A card builder is an exported function whose name ends in "Card" in a file in cards/. A new one without
 * cases in tests/cards/cardCases.ts fails the first test, so no card can reach Teams unchecked.
 */

const CARDS_DIR = fileURLToPath(new URL('../../cards', import.meta.url));
/** Files in cards/ that hold helpers or verbs, no cards. */
const HELPER_FILES = new Set(['cardKit.ts', 'verbs.ts', 'meetingVerbs.ts', 'broadcastVerbs.ts', 'expertVerbs.ts']);

const knowledge = await loadKnowledge(fileURLToPath(new URL('../../knowledge', import.meta.url)));
const answers = createAnswerService(knowledge);
const dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-cards-'));
const app = await startApp({ env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test' }, listen: false, answers: await sharedAnswers() });
afterAll(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

// As the help command passes them: every command with the places where it works.
const commands = app.router.commands.map((x) => ({ verb: x.verbs[0] ?? '', description: x.description, leaderOnly: x.leaderOnly === true, scopes: x.scopes }));
const CASES = cardCases({ answers, commands });

async function cardBuilders(): Promise<{ builders: string[]; filesWithoutCards: string[] }> {
  const files = (await readdir(CARDS_DIR)).filter((f) => f.endsWith('.ts') && !HELPER_FILES.has(f)).sort();
  const builders: string[] = [];
  const filesWithoutCards: string[] = [];
  for (const f of files) {
    const mod = (await import(path.join(CARDS_DIR, f))) as Record<string, unknown>;
    const names = Object.entries(mod)
      .filter(([name, v]) => typeof v === 'function' && /Card$/.test(name))
      .map(([name]) => `${f}#${name}`);
    if (names.length === 0) filesWithoutCards.push(f);
    builders.push(...names);
  }
  return { builders, filesWithoutCards };
}

const all: Case[] = allCases(CASES);

describe('cards/: every card builder has test cases', () => {
  it('covers each exported *Card function of every card file, and nothing that no longer exists', async () => {
    const { builders, filesWithoutCards } = await cardBuilders();
    expect(filesWithoutCards, 'files in cards/ that export no *Card builder: name the builder ...Card, or add the file to HELPER_FILES').toEqual([]);
    expect(builders.filter((b) => !(b in CASES)), 'card builders without cases in tests/cards/cardCases.ts').toEqual([]);
    expect(Object.keys(CASES).filter((k) => !builders.includes(k)), 'cases for builders that no longer exist').toEqual([]);
    for (const [key, make] of Object.entries(CASES)) expect(make().length, key).toBeGreaterThan(0);
  });
});

describe.each(all)('$name', ({ card, summary }) => {
  it('parses at Adaptive Cards 1.5 with no parse or validation events', () => {
    expect(card.version).toBe('1.5');
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('stays under 80 KB as a whole message', () => {
    expect(messageBytes(adaptiveCardMessage(card, summary))).toBeLessThan(80 * 1024);
  });

  it('has buttons with words, and only https, tel: or mailto: links', () => {
    for (const a of cardActions(card)) {
      expect(String(a.title), `${String(a.type)} title`).toMatch(/\p{L}/u);
      if (a.type === 'Action.OpenUrl') expect(String(a.url)).toMatch(/^(https:\/\/|tel:\+?\d+$|mailto:)/);
    }
  });
});

describe('card actions: state changes are Action.Execute, navigation is Action.Submit, each reaches its handler', () => {
  const hasInputs = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(hasInputs);
    if (node === null || typeof node !== 'object') return false;
    const o = node as Record<string, unknown>;
    return (typeof o.type === 'string' && o.type.startsWith('Input.')) || Object.values(o).some(hasInputs);
  };

  it('uses every verb with one action type only, across all cards', () => {
    const kinds = new Map<string, Set<string>>();
    for (const { card } of all) {
      for (const a of cardActions(card)) {
        const verb = a.type === 'Action.Execute' ? a.verb : a.type === 'Action.Submit' ? (a.data as { verb?: unknown } | undefined)?.verb : undefined;
        if (typeof verb !== 'string') continue;
        kinds.set(verb, (kinds.get(verb) ?? new Set()).add(String(a.type)));
      }
    }
    expect([...kinds].filter(([, k]) => k.size > 1).map(([v]) => v)).toEqual([]);
  });

  it('sends every Action.Execute to an execute handler and every Action.Submit to a submit handler, with data they accept', () => {
    const problems: string[] = [];
    const unhandled = new Map<string, Set<string>>();
    const noHandler = (what: string, name: string) => unhandled.set(what, (unhandled.get(what) ?? new Set()).add(name.split(':')[0] ?? name));
    for (const { name, card } of all) {
      const withInputs = hasInputs(card);
      for (const a of cardActions(card)) {
        if (a.type === 'Action.Execute') {
          const verb = String(a.verb ?? '');
          const handler = app.router.execute(verb);
          if (!handler) {
            noHandler(`Action.Execute "${verb}" has no execute handler${app.router.submit(verb) ? ' (it is a submit verb: navigation should be Action.Submit)' : ''}`, name);
            continue;
          }
          // Forms add their inputs to the data; those are checked by the form's own tests.
          if (withInputs && a.associatedInputs !== 'none') continue;
          if (!handler.schema.safeParse(a.data ?? {}).success) problems.push(`${name}: Action.Execute "${verb}" data fails its schema: ${JSON.stringify(a.data)}`);
        } else if (a.type === 'Action.Submit') {
          const data = a.data as { verb?: string; msteams?: { type?: string; value?: Record<string, unknown> } } | undefined;
          const verb = String(data?.verb ?? '');
          const handler = app.router.submit(verb);
          if (!handler) {
            noHandler(`Action.Submit "${verb}" has no submit handler${app.router.execute(verb) ? ' (it is an execute verb: a state change should be Action.Execute)' : ''}`, name);
            continue;
          }
          // Plain data: Teams posts it as the activity's value. A messageBack wrapper breaks Agents Playground.
          if (data?.msteams !== undefined) problems.push(`${name}: Action.Submit "${verb}" carries an msteams wrapper`);
          else if (!withInputs && !handler.schema.safeParse(data).success) problems.push(`${name}: Action.Submit "${verb}" data fails its schema: ${JSON.stringify(data)}`);
        } else if (a.type !== 'Action.OpenUrl' && a.type !== 'Action.ShowCard' && a.type !== 'Action.ToggleVisibility') {
          problems.push(`${name}: unexpected action type ${String(a.type)}`);
        }
      }
    }
    for (const [what, cards] of unhandled) problems.push(`${what}; used in ${[...cards].join(', ')}`);
    expect([...new Set(problems)]).toEqual([]);
  });
});
