import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { quickTransport } from '../../test-support/fastClock.ts';
import { executeInvoke, groupMessage, personalMessage, submitValue } from '../../test-support/activities.ts';
import { FEEDBACK_VERB, SHOW_ENTRY_VERB } from '../../cards/answerCard.ts';
import { APOLOGY } from '../../bot/teams/adapter.ts';
import { executeAction, submitAction, type Feature } from '../../bot/teams/feature.ts';
import { z } from 'zod';

/** Personal data and a marker word, put into every path a user can reach; none of it may reach a log line. */
const BSN = '123456782';
const PHONE = '0612345678';
const EMAIL = 'jan.jansen@example.nl';
const MARKER = 'Xylofoonzwaluw';
const SENSITIVE = `${MARKER} mijn cliënt Jan Jansen, BSN ${BSN}, tel ${PHONE}, mail ${EMAIL}, 1234 AB 12`;
const ENTRY_ID = 'afwegingskader-afweging-1-vermoeden';

/** A test-only feature whose handlers throw, with personal data in the error message. */
const throwing: Feature = {
  name: 'test-throwing',
  commands: [
    {
      verbs: ['boem'],
      description: 'test: throws',
      scopes: ['personal'],
      hidden: true,
      run: async () => {
        throw new Error(`kapot bij ${EMAIL} ${BSN}`);
      },
    },
  ],
  submits: [
    submitAction({
      verb: 'test.boem',
      schema: z.object({}),
      run: async () => {
        throw new TypeError('submit kapot');
      },
    }),
  ],
  executes: [
    executeAction({
      verb: 'test.boem',
      schema: z.object({}),
      run: async () => {
        throw new RangeError('execute kapot');
      },
    }),
  ],
};

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ app: { extraFeatures: [throwing], ...quickTransport() } });
});
afterAll(async () => {
  await bot.stop();
});
beforeEach(() => {
  bot.connector.reset();
});

async function postWithId(activity: unknown): Promise<{ status: number; requestId: string | null; body: unknown }> {
  const res = await fetch(`${bot.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  return { status: res.status, requestId: res.headers.get('x-request-id'), body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('an error inside a turn', () => {
  it('a command that throws: the user gets the short apology, the error is logged, the process carries on', async () => {
    const res = await bot.post(personalMessage('boem'));
    expect(res.status).toBe(200);
    expect(bot.connector.messages().map((m) => m.body.text)).toContain(APOLOGY);
    const logged = bot.logs.filter((l) => l.event === 'turn-error').at(-1) as { err: { name: string; message: string } };
    expect(logged.err.name).toBe('Error');
    expect(logged.err.message).not.toContain(EMAIL); // personal data in an error message is scrubbed
    expect(logged.err.message).not.toContain(BSN);
  });

  it('a card submit that throws: the apology', async () => {
    await bot.post(submitValue({ verb: 'test.boem' }));
    expect(bot.connector.messages().map((m) => m.body.text)).toContain(APOLOGY);
  });

  it('an Action.Execute that throws: the apology as the invoke answer (200, a message under the card)', async () => {
    const res = await bot.post(executeInvoke('test.boem', {}));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: APOLOGY });
  });

  it('and afterwards a normal question is answered', async () => {
    await bot.post(personalMessage('wat zijn de stappen van de meldcode?'));
    expect(bot.connector.cards().map(cardText).join()).toMatch(/stap/i);
  });
});

describe('logs', () => {
  it('carry a request id per turn, on every line written during it, equal to the x-request-id response header', async () => {
    const ids: string[] = [];
    for (const activity of [personalMessage('wat is de meldcode?'), personalMessage('boem'), executeInvoke(FEEDBACK_VERB, { id: ENTRY_ID, helpful: true })]) {
      const from = bot.logs.length;
      const res = await postWithId(activity);
      expect(res.requestId).toMatch(/^[0-9a-f-]{36}$/);
      const lines = bot.logs.slice(from).filter((l) => l.event !== 'retention-run');
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(l.requestId, JSON.stringify(l)).toBe(res.requestId);
      ids.push(res.requestId ?? '');
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never hold message text or personal data, whichever path the text takes', async () => {
    const from = bot.logs.length;
    const paths: unknown[] = [
      personalMessage(SENSITIVE), // a question
      personalMessage(`volg ${SENSITIVE}`), // a command argument
      personalMessage(`vergeet mij ${SENSITIVE}`),
      groupMessage('channel', SENSITIVE), // mentioned in a channel
      groupMessage('groupChat', SENSITIVE, { mention: false }), // not mentioned: ignored
      submitValue({ verb: SHOW_ENTRY_VERB, id: SENSITIVE }), // a submit failing its schema (too long? no: unknown id)
      submitValue({ verb: SENSITIVE }), // an unknown submit verb
      submitValue({ verb: SHOW_ENTRY_VERB, id: 5, note: SENSITIVE }), // a submit failing its schema
      executeInvoke(FEEDBACK_VERB, { id: SENSITIVE, helpful: true }), // an execute with an unknown id
      executeInvoke(FEEDBACK_VERB, { id: ENTRY_ID, helpful: SENSITIVE }), // an execute failing its schema
      executeInvoke(SENSITIVE, {}), // an unknown execute verb
      { ...personalMessage('x'), type: 'invoke', name: 'composeExtension/query', value: { commandId: 'zoekAntwoord', parameters: [{ name: 'zoekterm', value: SENSITIVE }] } },
      { ...personalMessage(SENSITIVE), type: 'invoke', name: SENSITIVE, value: SENSITIVE }, // an unknown invoke
      { ...personalMessage(SENSITIVE), type: 'event', name: SENSITIVE, value: SENSITIVE },
      { ...personalMessage(SENSITIVE), entities: SENSITIVE }, // refused at the edge (400)
      { ...personalMessage(SENSITIVE), from: { id: SENSITIVE, name: SENSITIVE, aadObjectId: SENSITIVE.slice(0, 100) } },
    ];
    for (const p of paths) await bot.post(p);
    await bot.post(undefined, { rawBody: `{"text": "${SENSITIVE}", ` }); // malformed JSON
    const written = JSON.stringify(bot.logs.slice(from));
    for (const secret of [MARKER, BSN, PHONE, EMAIL, 'Jan Jansen', '1234 AB']) expect(written, secret).not.toContain(secret);
    // Not vacuous: these paths do log (questions, refusals, schema failures, the 400 at the edge).
    const events = new Set(bot.logs.slice(from).map((l) => l.event));
    for (const e of ['question', 'submit-unknown', 'submit-invalid', 'execute-invalid', 'execute-unknown', 'activity-rejected']) expect(events, e).toContain(e);
  });
});

describe('/healthz', () => {
  it('reports the state of every store, the clean-up and the schedulers', async () => {
    const res = await fetch(`${bot.app.url}/healthz`);
    expect(res.status).toBe(200);
    const h = (await res.json()) as { status: string; stores: Array<{ name: string; ok: boolean; pendingWrites: number }>; retention: { state: string; nextRunAt: string } } & Record<string, unknown>;
    expect(h.status).toBe('ok');
    expect(h.stores.map((s) => s.name).sort()).toEqual(expect.arrayContaining(['answers.json', 'conversations.json', 'groups.json', 'meetings.json']));
    expect(JSON.stringify(h)).not.toContain(bot.dataDir); // public endpoint: no paths
    expect(h.stores.every((s) => s.ok && s.pendingWrites === 0)).toBe(true);
    expect(h.retention.state).toBe('idle');
    expect(Date.parse(h.retention.nextRunAt)).toBeGreaterThan(Date.now());
    expect(h).toHaveProperty('reminders');
    expect(h).toHaveProperty('broadcasts');
  });

  it('a store that cannot write: the user gets the apology, /healthz says 503 "degraded" naming the file, and recovers', async () => {
    const file = path.join(bot.dataDir, 'answers.json');
    const saved = await readFile(file, 'utf-8');
    // A directory where the file was: steno's rename onto it fails (root ignores permissions, so no chmod).
    await rm(file);
    await mkdir(path.join(file, 'blocker'), { recursive: true });
    try {
      const res = await bot.post(executeInvoke(FEEDBACK_VERB, { id: ENTRY_ID, helpful: false }));
      expect(res.body).toMatchObject({ value: APOLOGY });
      const health = await fetch(`${bot.app.url}/healthz`);
      expect(health.status).toBe(503);
      const h = (await health.json()) as { status: string; stores: Array<{ name: string; ok: boolean; lastError?: string }> };
      expect(h.status).toBe('degraded');
      expect(h.stores.find((s) => s.name === 'answers.json')).toMatchObject({ ok: false, lastError: expect.stringMatching(/^E[A-Z]+$/) });
      expect(JSON.stringify(h)).not.toContain(bot.dataDir);
    } finally {
      await rm(file, { recursive: true, force: true });
      await writeFile(file, saved);
    }
    // Once the disk works again /healthz says so by itself, before anyone changes anything (each probe tries the file).
    await vi.waitFor(async () => expect((await fetch(`${bot.app.url}/healthz`)).status).toBe(200), { timeout: 5000, interval: 50 });
    // The failed change was not applied in memory either: the next write succeeds and health stays ok.
    const res = await bot.post(executeInvoke(FEEDBACK_VERB, { id: ENTRY_ID, helpful: true }));
    expect(res.body).toMatchObject({ type: 'application/vnd.microsoft.card.adaptive' });
    expect((await fetch(`${bot.app.url}/healthz`)).status).toBe(200);
  });
});
