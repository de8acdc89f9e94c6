import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp } from '../../bot/main.ts';
import { helpCard, type HelpView } from '../../cards/helpCard.ts';
import { sharedAnswers } from '../../test-support/harness.ts';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';

/** The help card lists what this person can do here: the real router's commands, per place and role. */
const dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-help-'));
const app = await startApp({ env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test' }, listen: false, answers: await sharedAnswers() });
afterAll(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});
const commands = app.router.commands.map((x) => ({ verb: x.verbs[0] ?? '', description: x.description, leaderOnly: x.leaderOnly === true, scopes: x.scopes }));

/** The command words on the card (the titles of its fact sets). */
function verbsOn(view: Omit<HelpView, 'commands'>): string[] {
  const card = helpCard({ ...view, commands });
  const facts = (card.body as Array<{ type: string; facts?: Array<{ title: string }> }>).filter((e) => e.type === 'FactSet').flatMap((e) => e.facts ?? []);
  return facts.map((f) => f.title);
}

describe('help: what this person can do here', () => {
  it('a professional in the personal chat: questions, topics, groups, volg and ontvolg; nothing for leaders', () => {
    const verbs = verbsOn({ conversationType: 'personal', isLeader: false });
    expect(verbs).toEqual(expect.arrayContaining(['help', 'onderwerpen', 'groepen', 'volg', 'ontvolg', 'vergaderingen', 'vergeet mij']));
    expect(verbs).not.toEqual(expect.arrayContaining(['koppel']));
    expect(verbs.filter((v) => ['koppel', 'ontkoppel', 'groep nieuw', 'vergadering nieuw'].includes(v))).toEqual([]);
    const t = cardText(helpCard({ conversationType: 'personal', isLeader: false, commands }));
    expect(t).not.toMatch(/koppel er een|Voor de projectleider/);
  });

  it('a leader in the personal chat also gets groep nieuw, vergadering nieuw and inzichten, but no koppel (that is for a channel)', () => {
    const verbs = verbsOn({ conversationType: 'personal', isLeader: true });
    expect(verbs).toEqual(expect.arrayContaining(['groep nieuw', 'vergadering nieuw', 'volg', 'ontvolg']));
    expect(verbs.filter((v) => v === 'koppel' || v === 'ontkoppel')).toEqual([]);
    expect(cardActions(helpCard({ conversationType: 'personal', isLeader: true, commands })).map((a) => a.title)).toContain('Inzichten bekijken');
  });

  it('a leader in a channel gets koppel and ontkoppel, not volg (that is for the personal chat)', () => {
    const verbs = verbsOn({ conversationType: 'channel', isLeader: true });
    expect(verbs).toEqual(expect.arrayContaining(['koppel', 'ontkoppel', 'groep nieuw']));
    expect(verbs.filter((v) => v === 'volg' || v === 'ontvolg')).toEqual([]);
  });

  it('a professional in a channel gets no leader commands, and hears where to follow a group', () => {
    const verbs = verbsOn({ conversationType: 'channel', isLeader: false });
    expect(verbs.filter((v) => ['koppel', 'ontkoppel', 'groep nieuw', 'volg', 'ontvolg'].includes(v))).toEqual([]);
    expect(cardText(helpCard({ conversationType: 'channel', isLeader: false, commands }))).toContain('Volg een groep in uw persoonlijke chat');
  });
});
