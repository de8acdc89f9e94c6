import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { ManualClock } from '../../test-support/manualClock.ts';
import { adaptiveCardProblems } from '../../test-support/validateCard.ts';
import { executeInvoke, groupMessage, LEADER, personalMessage, PROFESSIONAL } from '../../test-support/activities.ts';
import { FEEDBACK_VERB } from '../../cards/answerCard.ts';
import { FORGET_CANCEL_VERB, FORGET_CONFIRM_VERB } from '../../cards/forgetMeCard.ts';
import { MEETING_VERBS } from '../../cards/meetingVerbs.ts';
import { nextDaily } from '../../bot/platform/dailyCleanup.ts';
import { dataDirWithGroupMeeting, readData, snapshotDataFiles } from './dataFiles.ts';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const MEETING_ID = 'meeting-privacy-1';
/** A real knowledge entry (feedback on an unknown one is refused). */
const ENTRY_ID = 'afwegingskader-afweging-1-vermoeden';

/** A data dir with a group (followed by nobody yet) and a meeting of that group next month. */
const seededDataDir = () => dataDirWithGroupMeeting('meldwijzer-privacy-', MEETING_ID);

/** What a person leaves behind by using the bot: a chat, a vote, a follow, an RSVP, an opt-out. */
async function useTheBot(b: TestBot, who: typeof PROFESSIONAL) {
  expect((await b.post(personalMessage('wat is de meldcode?', who))).status).toBe(200);
  expect((await b.post(executeInvoke(FEEDBACK_VERB, { id: ENTRY_ID, helpful: true }, 'personal', who))).status).toBe(200);
  await b.post(personalMessage('volg Taskforce HG/KM', who));
  const rsvp = await b.post(executeInvoke(MEETING_VERBS.rsvp, { meetingId: MEETING_ID, answer: 'yes' }, 'personal', who));
  expect(rsvp.status).toBe(200);
  await b.post(personalMessage('geen updates', who));
}

describe('vergeet mij', () => {
  it('asks first, with "Ja, wis alles" and "Nee" as Action.Execute buttons', async () => {
    bot = await startTestBot();
    await bot.post(personalMessage('vergeet mij'));
    const card = bot.connector.cards().at(-1);
    expect(adaptiveCardProblems(card)).toEqual([]);
    const buttons = cardActions(card).map((a) => [a.type, a.title, a.verb]);
    expect(buttons).toEqual([
      ['Action.Execute', 'Ja, wis alles', FORGET_CONFIRM_VERB],
      ['Action.Execute', 'Nee', FORGET_CANCEL_VERB],
    ]);
  });

  it('after "Ja, wis alles": erases follows, RSVPs, feedback, the opt-out and the chat address, says how many of each, and leaves others alone', async () => {
    const { dataDir, groupId } = await seededDataDir();
    bot = await startTestBot({ dataDir, env: { PROJECT_LEADERS: LEADER.aadObjectId } });
    await useTheBot(bot, PROFESSIONAL);
    await useTheBot(bot, LEADER);
    const me = PROFESSIONAL.aadObjectId;
    // It is all there before.
    expect((await readData<{ groups: Array<{ followers: string[] }> }>(dataDir, 'groups.json')).groups[0]?.followers).toEqual([me, LEADER.aadObjectId]);
    expect(Object.keys((await readData<{ rsvps: Record<string, Record<string, unknown>> }>(dataDir, 'meetings.json')).rsvps[MEETING_ID] ?? {})).toContain(me);

    const res = await bot.post(executeInvoke(FORGET_CONFIRM_VERB, {}));
    expect(res.status).toBe(200);
    const body = res.body as { type: string; value: Record<string, unknown> };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(adaptiveCardProblems(body.value)).toEqual([]);
    const shown = cardText(body.value);
    expect(shown).toContain('Gevolgde groepen 1');
    expect(shown).toContain('Aan- en afmeldingen voor bijeenkomsten 1');
    expect(shown).toContain('Beoordelingen van antwoorden 1');
    expect(shown).toContain('Afmelding voor updates 1');
    expect(shown).toContain('Adres van uw chat met Meldwijzer 1');
    expect(bot.logs.find((l) => l.event === 'person-erased')?.counts).toMatchObject({ 'group-follows': 1, rsvps: 1, feedback: 1, 'updates-opt-out': 1, 'personal-chat': 1 });

    // Gone from every file...
    await bot.app.close();
    const files = await snapshotDataFiles(dataDir);
    for (const [name, content] of Object.entries(files)) {
      expect(content, name).not.toContain(me);
      expect(content, name).not.toContain(PROFESSIONAL.name); // the display name kept with an RSVP
    }
    // ...while the leader's data is untouched.
    expect((await readData<{ groups: Array<{ id: string; followers: string[] }> }>(dataDir, 'groups.json')).groups.find((g) => g.id === groupId)?.followers).toEqual([LEADER.aadObjectId]);
    expect(files['meetings.json']).toContain(LEADER.aadObjectId);
    expect(files['answers.json']).toContain(LEADER.aadObjectId);
    expect(files['conversations.json']).toContain(LEADER.aadObjectId);
    bot = await startTestBot({ dataDir }); // and the files still open
  });

  it('for someone who never used the bot: only the chat address this very click stored', async () => {
    bot = await startTestBot();
    const res = await bot.post(executeInvoke(FORGET_CONFIRM_VERB, {}));
    // Every turn stores where the chat is (to be able to answer later); that is all there was.
    const shown = cardText((res.body as { value: unknown }).value);
    expect(shown).toContain('Adres van uw chat met Meldwijzer 1');
    expect(shown).not.toMatch(/Gevolgde groepen|Beoordelingen|Afmelding voor updates/);
  });

  it('"Nee" erases nothing', async () => {
    const { dataDir } = await seededDataDir();
    bot = await startTestBot({ dataDir });
    await useTheBot(bot, PROFESSIONAL);
    const before = await snapshotDataFiles(dataDir);
    const res = await bot.post(executeInvoke(FORGET_CANCEL_VERB, {}));
    expect(cardText((res.body as { value: unknown }).value)).toContain('Er is niets gewist');
    expect(await snapshotDataFiles(dataDir)).toEqual(before);
  });

  it('in a channel: points to the personal chat and erases nothing', async () => {
    bot = await startTestBot();
    await bot.post(groupMessage('channel', 'vergeet mij'));
    expect(bot.connector.messages().map((m) => String(m.body.text)).join()).toMatch(/persoonlijke chat/);
    const res = await bot.post(executeInvoke(FORGET_CONFIRM_VERB, {}, 'channel'));
    expect((res.body as { value: unknown }).value).toMatch(/persoonlijke chat/);
  });
});

describe('the daily clean-up (retention)', () => {
  it('runs every retention job on the injected clock: a catch-up run after start, then daily at 03:00', async () => {
    const clock = new ManualClock(new Date());
    bot = await startTestBot({ clock, env: { RETENTION_FEEDBACK_DAYS: '2', RETENTION_UNANSWERED_DAYS: '2' } });
    await bot.post(executeInvoke(FEEDBACK_VERB, { id: ENTRY_ID, helpful: true }));
    await bot.post(personalMessage('xyzzy plugh qwerty')); // an unanswered question
    const answers = () => readData<{ feedback: unknown[]; unanswered: unknown[] }>(bot?.dataDir ?? '', 'answers.json');
    expect((await answers()).feedback).toHaveLength(1);
    // The unanswered question waits in memory for the answer log's next save (no write of its own); the purge
    // counts it below (answers: 2), so it is not kept past its period on disk or in memory.

    type Health = { retention: { lastRunAt?: string; lastCounts?: Record<string, number>; nextRunAt?: string } };
    const health = async () => (await (await fetch(`${bot?.app.url ?? ''}/healthz`)).json()) as Health;
    await clock.advance(2 * 60_000); // the catch-up run: nothing is old enough yet
    // The clock fires the timer; the run's file writes finish on their own time.
    await vi.waitFor(async () => expect((await health()).retention.lastRunAt).toBeDefined(), { timeout: 10_000 });
    const h = await health();
    expect(Object.keys(h.retention.lastCounts ?? {}).sort()).toEqual(['answers', 'broadcasts', 'expert-tickets', 'meetings']);
    expect(h.retention.lastCounts?.answers).toBe(0);
    expect(new Date(h.retention.nextRunAt ?? '').toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: 'numeric', minute: 'numeric' })).toBe('03:00');
    expect((await answers()).feedback).toHaveLength(1);

    // Past the two days, a day at a time: each day's 03:00 run ends (its writes take real time) and arms the next
    // before the clock moves on; one jump of three days would outrun the re-arming on a busy machine.
    const runsLogged = () => bot?.logs.filter((l) => l.event === 'retention-run').length ?? 0;
    for (let day = 1; day <= 3; day++) {
      const before = runsLogged();
      await clock.advance(86_400_000);
      await vi.waitFor(async () => {
        expect(runsLogged()).toBeGreaterThan(before);
        expect(Date.parse((await health()).retention.nextRunAt ?? '')).toBeGreaterThan(clock.now().getTime());
      }, { timeout: 10_000 });
    }
    await vi.waitFor(async () => expect((await answers()).feedback).toHaveLength(0), { timeout: 10_000 });
    expect((await answers()).unanswered).toHaveLength(0);
    // One run purged both (a feedback vote and an unanswered question), and said so.
    const runs = bot.logs.filter((l) => l.event === 'retention-run') as Array<{ counts: Record<string, number> }>;
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.some((r) => r.counts.answers === 2)).toBe(true);
  });

  it('the next run is at 03:00 Amsterdam time, also across the change to summer time', () => {
    expect(nextDaily(new Date('2026-03-28T12:00:00Z'), 3, 'Europe/Amsterdam').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(nextDaily(new Date('2026-03-29T01:00:00Z'), 3, 'Europe/Amsterdam').toISOString()).toBe('2026-03-30T01:00:00.000Z');
    expect(nextDaily(new Date('2026-10-24T12:00:00Z'), 3, 'Europe/Amsterdam').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });
});
