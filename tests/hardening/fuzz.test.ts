import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText } from '../../test-support/connectorStub.ts';
import { FastClock } from '../../test-support/fastClock.ts';
import { sharedAnswers, startTestBot, type TestBot } from '../../test-support/harness.ts';
import { BOT_ID, BOT_NAME, executeInvoke, LEADER, personalMessage, PROFESSIONAL, SERVICE_URL, TENANT_ID } from '../../test-support/activities.ts';
import { FEEDBACK_VERB } from '../../cards/answerCard.ts';
import { FORGET_CONFIRM_VERB } from '../../cards/forgetMeCard.ts';
import { GROUP_VERBS } from '../../cards/meetingVerbs.ts';
import { loadKnowledge } from '../../bot/answers/loadKnowledge.ts';
import { openGroupStore } from '../../bot/groups/groupStore.ts';
import { startApp } from '../../bot/main.ts';
import { createLogger } from '../../bot/platform/log.ts';
import { snapshotDataFiles } from './dataFiles.ts';

/**
 * Property-based: more than 1,000 generated activities, valid-looking and broken, through /api/messages in
 * local mode. For every one: no 5xx (501 only for Teams invoke kinds the bot does not implement) and no error
 * escaping a turn. Afterwards: the process is up and answers a normal question, every data file still opens
 * (schemas hold), and the data seeded before is unchanged except by what the generated users could validly do
 * to their own records.
 *
 * The model: generated activities come from "fuzz" users in "fuzz" conversations (ids containing "fuzz"),
 * never the project leader. So whatever they change may only concern records that name a fuzz id; every other
 * record must be exactly as before. answers.json's anonymous counters (unanswered questions, times asked) may
 * only grow.
 */
/** Runs of the property; each posts BATCH activities at once (turns overlap, as in production). */
const RUNS = 275;
const BATCH = 4;
const SEED = 20_251_129;

let bot: TestBot;
let entryIds: string[];
let groupId: string;
let before: Record<string, string>;
let posted = 0;
const statuses = new Map<number, number>();

beforeAll(async () => {
  entryIds = (await loadKnowledge(path.resolve('knowledge'))).entries.map((e) => e.id);
  // Seed: a group followed by the professional (written before the app opens the file).
  const dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-fuzz-'));
  const groups = await openGroupStore(dataDir);
  groupId = (await groups.create({ name: 'Taskforce HG/KM', description: 'Regionale taskforce' })).id;
  await groups.follow(groupId, PROFESSIONAL.aadObjectId);
  await groups.flush();
  bot = await startTestBot({ dataDir, env: { PROJECT_LEADERS: LEADER.aadObjectId, LOG_LEVEL: 'warn' } });
  // Seed through the bot: conversations and a feedback vote of the professional.
  await bot.post(personalMessage('wat is de meldcode?'));
  await bot.post(personalMessage('help', LEADER));
  const vote = await bot.post(executeInvoke(FEEDBACK_VERB, { id: entryIds[0], helpful: true }));
  expect(vote.status).toBe(200);
  await bot.stop(); // flush (the data dir is the test's: kept), then start again on the same files
  // Replies keep Teams' pace per conversation (7/s) in transport time, which runs 50 times faster here: the
  // generated activities go to a handful of conversations, and pacing is not what this test is about.
  bot = await startTestBot({ dataDir, env: { PROJECT_LEADERS: LEADER.aadObjectId }, app: { transportClock: new FastClock(50) } });
  before = await snapshotDataFiles(dataDir);
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['answers.json', 'conversations.json', 'groups.json']));
}, 60_000);

let stopped = false;
afterAll(async () => {
  if (!stopped) await bot.stop();
});

// ---- generators -------------------------------------------------------------------------------------------

const fuzzUser = fc.integer({ min: 1, max: 6 }).map((n) => ({
  id: `29:fuzz-user-${n}`,
  name: `Fuzz ${n}`,
  ...(n <= 4 ? { aadObjectId: `fuzz-aad-${n}` } : {}),
}));
const conversation = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }).map((n) => ({ conversationType: 'personal', tenantId: TENANT_ID, id: `a:fuzz-personal-${n}` })) },
  fc.constant({ conversationType: 'groupChat', tenantId: TENANT_ID, id: '19:fuzz-chat@thread.v2', isGroup: true, name: 'Fuzz chat' }),
  fc.constant({ conversationType: 'channel', tenantId: TENANT_ID, id: '19:fuzz-channel@thread.tacv2', isGroup: true }),
);
const hugeString = fc.integer({ min: 1_000, max: 30_000 }).chain((n) => fc.constantFrom('a', 'é', '🙂', 'ש', ' ', '<', '*').map((c) => c.repeat(n)));
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('wat is de meldcode?', 'stappen meldcode', 'tel nr VT', 'mijn vader slaat mij nu', 'BSN 123456782 bellen?', 'hoe verwijs ik naar Veilig Thuis?') },
  { weight: 3, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.constantFrom('<at>Meldwijzer</at> help', '**vet** [x](https://evil.example)', '\u202e\u200fhelp', '<script>alert(1)</script>', '', '   ', '\u0000') },
);
/** Values for card data: often real ids, so some random payloads are valid actions. */
const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...['x', '', 'fuzz', 'ja', 'true', '1']),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.string({ maxLength: 50 }),
  hugeString,
  fc.anything({ maxDepth: 2 }),
);
const dataRecord = (ids: () => string[]) =>
  fc.dictionary(
    fc.constantFrom('id', 'entryId', 'meetingId', 'groupId', 'broadcastId', 'helpful', 'answer', 'response', 'category', 'name', 'title', 'status', 'page', 'occurrence', 'audience', 'text', 'verb', 'msteams'),
    fc.oneof(value, fc.constantFrom(...ids())),
    { maxKeys: 5 },
  );

function base(from: { id: string; name: string; aadObjectId?: string }, conv: Record<string, unknown>) {
  return {
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    id: 'fuzz-activity',
    timestamp: new Date().toISOString(),
    localTimezone: 'Europe/Amsterdam',
    from,
    recipient: { id: BOT_ID, name: BOT_NAME },
    conversation: conv,
    channelData: { tenant: { id: TENANT_ID } },
  };
}
const mention = { type: 'mention', text: `<at>${BOT_NAME}</at>`, mentioned: { id: BOT_ID, name: BOT_NAME } };

function activities(verbs: { commands: string[]; submits: string[]; executes: string[] }) {
  const ids = () => [...entryIds.slice(0, 5), groupId];
  const who = fc.tuple(fuzzUser, conversation);
  const message = who.chain(([u, c]) =>
    fc.record({ t: text, mention: fc.boolean() }).map(({ t, mention: m }) => ({ ...base(u, c), type: 'message', text: m ? `<at>${BOT_NAME}</at> ${t}` : t, entities: m ? [mention] : [] })),
  );
  const command = fc.tuple(who, fc.constantFrom(...verbs.commands), text).map(([[u, c], verb, args]) => ({ ...base(u, c), type: 'message', text: `${verb} ${args.slice(0, 500)}`, entities: [mention] }));
  const submit = fc.tuple(who, fc.constantFrom(...verbs.submits, 'no.such.verb'), dataRecord(ids)).map(([[u, c], verb, data]) => ({ ...base(u, c), type: 'message', value: { ...data, verb } }));
  const execute = fc.tuple(who, fc.constantFrom(...verbs.executes, 'no.such.verb'), fc.oneof(dataRecord(ids), value)).map(([[u, c], verb, data]) => ({
    ...base(u, c),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  }));
  const brokenExecute = fc.tuple(who, value).map(([[u, c], v]) => ({ ...base(u, c), type: 'invoke', name: 'adaptiveCard/action', value: v }));
  const otherInvoke = fc.tuple(who, fc.constantFrom('composeExtension/query', 'composeExtension/selectItem', 'task/fetch', 'signin/verifyState', 'config/fetch', 'fuzz/unknown', 'adaptiveCard/action'), fc.oneof(value, dataRecord(ids))).map(([[u, c], name, v]) => ({
    ...base(u, c),
    type: 'invoke',
    name,
    value: v,
  }));
  const lifecycle = fc.tuple(who, fc.constantFrom('conversationUpdate', 'installationUpdate'), fc.boolean(), fc.constantFrom('add', 'remove', 'x')).map(([[u, c], type, added, action]) => ({
    ...base(u, c),
    type,
    action,
    ...(added ? { membersAdded: [{ id: BOT_ID }, { id: u.id }] } : { membersRemoved: [{ id: BOT_ID }] }),
  }));
  const randomType = fc.tuple(who, fc.string({ minLength: 1, maxLength: 30 }), value).map(([[u, c], type, v]) => ({ ...base(u, c), type, value: v }));
  // Actions a non-leader may validly take on stored data, so the data model below has something to check.
  const plausibleExecute = fc
    .tuple(
      who,
      fc.oneof(
        fc.record({ verb: fc.constant(FEEDBACK_VERB), data: fc.record({ id: fc.constantFrom(...entryIds.slice(0, 3)), helpful: fc.boolean() }) }),
        fc.record({ verb: fc.constant(FORGET_CONFIRM_VERB), data: fc.constant({}) }),
        fc.record({ verb: fc.constantFrom(GROUP_VERBS.follow, GROUP_VERBS.unfollow), data: fc.constant({ groupId }) }),
      ),
    )
    .map(([[u, c], { verb, data }]) => ({ ...base(u, c), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } }));
  const plausibleCommand = fc
    .tuple(who, fc.constantFrom('volg Taskforce HG/KM', 'ontvolg Taskforce HG/KM', 'geen updates', 'wel updates', 'vergeet mij'))
    .map(([[u, c], t]) => ({ ...base(u, c), type: 'message', text: t }));
  const valid = fc.oneof(message, command, submit, execute, brokenExecute, otherInvoke, lifecycle, randomType, plausibleExecute, plausibleCommand);
  // Broken: a valid-looking activity with one field removed or replaced by anything.
  const fields = ['type', 'from', 'recipient', 'conversation', 'serviceUrl', 'channelId', 'text', 'value', 'entities', 'channelData', 'name', 'membersAdded', 'localTimezone', 'timestamp'];
  const mutated = fc.tuple(valid, fc.constantFrom(...fields), fc.option(value, { nil: undefined })).map(([a, field, v]) => {
    const copy: Record<string, unknown> = { ...a };
    if (v === undefined) delete copy[field];
    else copy[field] = v;
    return copy;
  });
  const junk = fc.anything({ maxDepth: 3 });
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: junk });
}

// ---- the model --------------------------------------------------------------------------------------------

const FUZZ = 'fuzz';
/** A string, or an object with a string field of its own (not nested), that names a fuzz id: a fuzz user's record. */
const ownedByFuzz = (v: unknown): boolean =>
  typeof v === 'string' ? v.includes(FUZZ) : v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).some((x) => typeof x === 'string' && x.includes(FUZZ));
/**
 * The data with every record of a fuzz user or conversation taken out: array elements owned by one (a follower
 * id, a feedback vote, an RSVP) and object entries keyed by one (a conversation record). A seeded record that
 * only contains fuzz records (a group with a fuzz follower) stays, with those taken out.
 */
function withoutFuzz(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => !ownedByFuzz(x)).map(withoutFuzz);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([k]) => !k.includes(FUZZ)).map(([k, x]) => [k, withoutFuzz(x)]));
  }
  return v;
}

describe('fuzzing /api/messages', () => {
  it(`survives ${RUNS * BATCH} generated activities: no 5xx, no error escaping a turn`, async () => {
    const verbs = {
      commands: bot.app.router.commands.flatMap((c) => c.verbs),
      submits: [...bot.app.router.cardVerbs.submits],
      executes: [...bot.app.router.cardVerbs.executes],
    };
    const notImplemented = (a: unknown) => {
      const name = (a as { type?: unknown; name?: unknown } | null)?.name;
      return (a as { type?: unknown } | null)?.type === 'invoke' && typeof name === 'string' && /^(task\/|composeExtension\/(?!query$|selectItem$)|signin\/)/.test(name);
    };
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(activities(verbs), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        bot.connector.reset();
        const results = await Promise.all(batch.map((activity) => bot.post(undefined, { rawBody: JSON.stringify(activity) ?? 'null' })));
        results.forEach((res, i) => {
          posted++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status === 501) expect(notImplemented(batch[i])).toBe(true);
          else expect(res.status, JSON.stringify(batch[i])?.slice(0, 500)).toBeLessThan(500);
        });
        const fresh = bot.logs.slice(seen);
        seen = bot.logs.length;
        expect(fresh.filter((l) => l.event === 'turn-error' || l.event === 'process-failed')).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(posted).toBeGreaterThanOrEqual(1000);
    // Both kinds were exercised: refused (400) and processed (200).
    expect(statuses.get(400) ?? 0).toBeGreaterThan(100);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(300);
  }, 150_000);

  it('is still up afterwards and answers a normal question', async () => {
    bot.connector.reset();
    const a = personalMessage('wat zijn de stappen van de meldcode?');
    const res = await bot.post({ ...a, from: { id: '29:fuzz-user-1', name: 'Fuzz 1', aadObjectId: 'fuzz-aad-1' }, conversation: { ...a.conversation, id: 'a:fuzz-personal-1' } });
    expect(res.status).toBe(200);
    expect(bot.connector.cards().map(cardText).join('\n')).toMatch(/stap/i);
    const health = await fetch(`${bot.app.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('left the seeded data unchanged except what fuzz users validly did to their own records; every file still opens', async () => {
    await bot.stop();
    stopped = true;
    const after = await snapshotDataFiles(bot.dataDir);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      const b = (JSON.parse(before[name] ?? '') as { data: Record<string, unknown> }).data;
      const a = (JSON.parse(after[name] ?? '') as { data: Record<string, unknown> }).data;
      if (name === 'answers.json') {
        // Anonymous counters may only grow: unanswered questions appended, "asked" counts up, real entries only.
        const bu = b.unanswered as unknown[];
        const au = a.unanswered as unknown[];
        expect(au.slice(0, bu.length)).toEqual(bu);
        const bAsked = b.asked as Record<string, number>;
        for (const [id, n] of Object.entries(a.asked as Record<string, number>)) {
          expect(entryIds).toContain(id);
          expect(n).toBeGreaterThanOrEqual(bAsked[id] ?? 0);
        }
        // Feedback by fuzz users only on real entries.
        for (const f of a.feedback as Array<{ entryId: string; userId: string }>) if (f.userId.includes(FUZZ)) expect(entryIds).toContain(f.entryId);
        for (const k of ['unanswered', 'asked']) {
          delete a[k];
          delete b[k];
        }
      }
      expect(withoutFuzz(a), name).toEqual(withoutFuzz(b));
    }
    // Not vacuous: the generated users did change their own records (votes, follows, chats).
    expect(Object.values(after).join('\n')).toMatch(/fuzz-aad-\d/);
    // Every store opens the files again: they parse and pass their schemas.
    const reopened = await startApp({ env: { DATA_DIR: bot.dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' }, listen: false, log: createLogger('silent'), answers: await sharedAnswers() });
    await reopened.close().catch(() => undefined);
  });
});
