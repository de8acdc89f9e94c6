import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { ManualClock } from '../../test-support/manualClock.ts';
import { CHANNEL, executeInvoke, groupMessage, LEADER, PERSONAL_CONVERSATION, personalMessage, PROFESSIONAL, SERVICE_URL } from '../../test-support/activities.ts';
import { advanceTo, executeResult, GROUP_NAME, meetingForm, meetingsFile, readData, settle, setUpNetwork } from './e2eHelpers.ts';

const START = '2027-03-01T09:00:00Z';
const env = { PROJECT_LEADERS: LEADER.aadObjectId };

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

async function start(clock: ManualClock, options: { dataDir?: string; env?: Record<string, string> } = {}) {
  bot = await startTestBot({ env: { ...env, ...options.env }, clock, ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  return bot;
}

async function plan(b: TestBot, groupId: string, extra: Record<string, string> = {}) {
  const res = executeResult(await b.post(executeInvoke('meeting.save', meetingForm(groupId, extra), 'personal', LEADER)));
  expect(res.card, res.message).toBeDefined();
  const data = await meetingsFile(b);
  const ids = Object.keys(data.meetings);
  return { card: res.card as Record<string, unknown>, meetingId: ids[ids.length - 1] as string };
}

/** Proactive messages (not replies to a turn) recorded at the connector since the last reset. */
const proactive = (b: TestBot) => b.connector.calls.filter((c) => c.method === 'POST' && c.body.type === 'message');
const cardOf = (call: { body: Record<string, unknown> }) => (call.body.attachments as Array<{ content: Record<string, unknown> }>)[0]?.content ?? {};

describe('meetings through /api/messages, with a controllable clock', () => {
  it('a leader plans from the card form; the reminder arrives in the channel and the follower chat at the set moment, once', async () => {
    const clock = new ManualClock(START);
    const b = await start(clock);
    const groupId = await setUpNetwork(b);

    // The command shows the form, with the group to choose.
    b.connector.reset();
    await b.post(personalMessage('vergadering nieuw', LEADER));
    const form = b.connector.cards()[0];
    expect(cardText(form)).toContain('Nieuwe vergadering');
    expect(JSON.stringify(form)).toContain(groupId);

    const { card } = await plan(b, groupId);
    const confirmation = cardText(card);
    expect(confirmation).toContain('**Gepland.**');
    expect(confirmation).toContain('zondag 28 maart, 10.00–12.00 uur');
    expect(confirmation).toMatch(/1 week van tevoren: zondag 21 maart 2027, 10\.00 uur/);
    expect(confirmation).toContain('naar 1 kanaal of chat en 1 volger');

    b.connector.reset();
    await advanceTo(b, clock, '2027-03-21T08:59:59Z');
    expect(proactive(b)).toHaveLength(0);
    await advanceTo(b, clock, '2027-03-21T09:00:00Z'); // 10.00 CET, 7 days before 10.00 CEST
    const sent = proactive(b);
    expect(sent.map((c) => c.conversationId).sort()).toEqual([CHANNEL, PERSONAL_CONVERSATION].sort());
    for (const call of sent) {
      const t = cardText(cardOf(call));
      expect(t).toContain('Herinnering · over 1 week');
      expect(t).toContain('Netwerkbijeenkomst voorjaar');
      expect(t).toContain('zondag 28 maart, 10.00–12.00 uur');
      expect(cardActions(cardOf(call)).map((a) => a.title)).toEqual(expect.arrayContaining(['Ik kom', 'Ik kan niet', 'Misschien', 'Deelnemen', 'Zet in mijn agenda']));
      expect(call.body.summary).toMatch(/^Herinnering · over 1 week: Netwerkbijeenkomst voorjaar/);
    }
    await advanceTo(b, clock, '2027-03-26T00:00:00Z');
    expect(proactive(b)).toHaveLength(2);
    await advanceTo(b, clock, '2027-03-27T09:00:00Z');
    expect(proactive(b)).toHaveLength(4);
    expect(cardText(cardOf(proactive(b)[3]!))).toContain('Herinnering · morgen');
    await advanceTo(b, clock, '2027-04-10T00:00:00Z');
    expect(proactive(b)).toHaveLength(4);
  });

  it('RSVP buttons store the answer, refresh the card in place with counts, and allow a change', async () => {
    const clock = new ManualClock(START);
    const b = await start(clock);
    const groupId = await setUpNetwork(b);
    const { meetingId } = await plan(b, groupId);
    await advanceTo(b, clock, '2027-03-21T09:00:00Z');
    const deliveries = Object.values((await meetingsFile(b)).deliveries);
    const personalActivity = deliveries.find((d) => d[PERSONAL_CONVERSATION])?.[PERSONAL_CONVERSATION]?.activityId;
    const channelActivity = deliveries.find((d) => d[CHANNEL])?.[CHANNEL]?.activityId;
    expect(personalActivity).toBeDefined();

    const rsvp = (answer: string, scope: 'personal' | 'channel', from = PROFESSIONAL, replyToId?: string) =>
      b.post({ ...executeInvoke('meeting.rsvp', { meetingId, answer }, scope, from), replyToId: replyToId ?? '1699999999000' });

    let card = executeResult(await rsvp('yes', 'personal', PROFESSIONAL, personalActivity)).card;
    expect(cardText(card)).toContain('1 komt · 0 kunnen niet · 0 misschien');
    expect(cardText(card)).toContain('Uw antwoord: **Ik kom**');
    expect(cardText(card)).toContain('Herinnering · over 1 week');
    card = executeResult(await rsvp('no', 'personal', PROFESSIONAL, personalActivity)).card;
    expect(cardText(card)).toContain('0 komen · 1 kan niet · 0 misschien');
    expect(cardText(card)).toContain('Uw antwoord: **Ik kan niet**');

    // In the channel everyone sees the new counts: the message is updated for all, the clicker gets their own view.
    b.connector.reset();
    card = executeResult(await rsvp('maybe', 'channel', LEADER, channelActivity)).card;
    expect(cardText(card)).toContain('0 komen · 1 kan niet · 1 misschien');
    expect(cardText(card)).toContain('Wie komt er?'); // leader buttons in the leader's own view
    const put = b.connector.calls.find((c) => c.method === 'PUT');
    expect(put?.conversationId).toBe(CHANNEL);
    expect(put?.path).toContain(`/activities/${channelActivity}`);
    const shared = cardText(cardOf(put!));
    expect(shared).toContain('0 komen · 1 kan niet · 1 misschien');
    expect(shared).not.toContain('Uw antwoord');
    expect(shared).not.toContain('Annuleren');

    // Only names and answers are stored, as Teams gave them.
    const stored = (await meetingsFile(b)).rsvps[meetingId];
    expect(Object.keys(stored ?? {}).sort()).toEqual([LEADER.aadObjectId, PROFESSIONAL.aadObjectId].sort());

    // "Wie komt er?" for the leader shows who answered what.
    const list = executeResult(await b.post(executeInvoke('meeting.attendees', { meetingId }, 'personal', LEADER))).card;
    expect(cardText(list)).toMatch(/Kunnen niet \(1\)\*\*\n- Professional Test/);
    expect(cardText(list)).toMatch(/Misschien \(1\)\*\*\n- Projectleider Test/);

    // `vergeet mij` removes the person's answers.
    const counts = await b.app.erasePerson(PROFESSIONAL.aadObjectId);
    expect(counts.rsvps).toBe(1);
    await settle(b, clock);
    expect(await readData(b, 'meetings.json')).not.toContain('Professional Test');
  });

  it('refuses a non-leader: commands, forged Action.Execute and forged submits; nothing changes', async () => {
    const clock = new ManualClock(START);
    const b = await start(clock);
    const groupId = await setUpNetwork(b);
    const { meetingId } = await plan(b, groupId);
    const before = [await readData(b, 'meetings.json'), await readData(b, 'groups.json')];

    b.connector.reset();
    await b.post(personalMessage('vergadering nieuw'));
    await b.post(groupMessage('channel', 'koppel netwerk'));
    await b.post(groupMessage('channel', 'ontkoppel netwerk'));
    const replies = b.connector.messages().map((c) => String(c.body.text ?? ''));
    expect(replies.filter((t) => t.includes('Dit kan alleen de projectleider'))).toHaveLength(3);

    const forged = [
      executeInvoke('meeting.save', meetingForm(groupId), 'personal'),
      executeInvoke('meeting.save', { ...meetingForm(groupId, { date: '2027-04-01' }), mode: 'edit', meetingId }, 'personal'),
      executeInvoke('meeting.cancel', { meetingId, scope: 'series' }, 'channel'),
      executeInvoke('meeting.attendees', { meetingId }, 'personal'),
      executeInvoke('meeting.edit', { meetingId }, 'personal'),
      executeInvoke('group.link', { groupId }, 'channel'),
      executeInvoke('group.unlink', { groupId }, 'channel'),
      executeInvoke('group.save', { name: 'Gekaapt' }, 'personal'),
      executeInvoke('group.delete', { groupId }, 'personal'),
    ];
    for (const activity of forged) {
      const r = executeResult(await b.post(activity));
      expect(r.message).toBe('Dit kan alleen de projectleider. Er is niets veranderd. Hebt u dit nodig? Vraag het de projectleider van het programma.');
    }
    await b.post({ ...personalMessage(''), value: { verb: 'meeting.new' } });
    expect(b.connector.messages().at(-1)?.body.text).toBe('Dit kan alleen de projectleider. Er is niets veranderd. Hebt u dit nodig? Vraag het de projectleider van het programma.');

    await settle(b, clock);
    expect([await readData(b, 'meetings.json'), await readData(b, 'groups.json')]).toEqual(before);
  });

  it('restarting with the same DATA_DIR neither loses nor doubles a reminder', async () => {
    const clock = new ManualClock(START);
    let b = await start(clock);
    const groupId = await setUpNetwork(b);
    await plan(b, groupId);
    b.connector.reset();
    await advanceTo(b, clock, '2027-03-21T09:00:00Z');
    expect(proactive(b)).toHaveLength(2);
    const dataDir = b.dataDir;
    await b.stop({ keepData: true });

    b = await start(clock, { dataDir });
    await settle(b, clock);
    expect(proactive(b)).toHaveLength(0); // nothing again after the restart
    await advanceTo(b, clock, '2027-03-27T09:00:00Z');
    expect(proactive(b).map((c) => c.conversationId).sort()).toEqual([CHANNEL, PERSONAL_CONVERSATION].sort());
    await b.stop({ keepData: true });

    b = await start(clock, { dataDir });
    await advanceTo(b, clock, '2027-03-29T00:00:00Z');
    expect(proactive(b)).toHaveLength(0);
  });

  it('sends a reminder missed while the bot was down once, and drops (and logs) one whose meeting started', async () => {
    const clock = new ManualClock(START);
    let b = await start(clock);
    const groupId = await setUpNetwork(b);
    await plan(b, groupId); // 28 March 10.00
    await plan(b, groupId, { title: 'Werkgroep trauma', date: '2027-03-22', startTime: '09:00', endTime: '10:00', reminders: 'P2D' });
    const dataDir = b.dataDir;
    await b.stop({ keepData: true });

    await clock.set('2027-03-22T10:00:00Z'); // down over 20 and 21 March; the trauma meeting started at 08.00 UTC
    b = await start(clock, { dataDir });
    await settle(b, clock);
    const sent = proactive(b);
    expect(sent).toHaveLength(2);
    expect(sent.every((c) => cardText(cardOf(c)).includes('Netwerkbijeenkomst voorjaar'))).toBe(true);
    expect(b.logs.some((l) => l.event === 'reminder-dropped' && l.reason === 'meeting-started')).toBe(true);
    expect(b.logs.some((l) => l.event === 'reminder-late')).toBe(true);
    await advanceTo(b, clock, '2027-03-26T00:00:00Z');
    expect(proactive(b)).toHaveLength(2);
  });

  it('moving a meeting sends a notice to the linked channel and the follower, and the reminders move along', async () => {
    const clock = new ManualClock(START);
    const b = await start(clock);
    const groupId = await setUpNetwork(b);
    const { meetingId } = await plan(b, groupId);
    await advanceTo(b, clock, '2027-03-21T09:00:00Z');

    const formCard = executeResult(await b.post(executeInvoke('meeting.edit', { meetingId }, 'personal', LEADER))).card;
    expect(cardText(formCard)).toContain('Vergadering wijzigen');
    b.connector.reset();
    const saved = executeResult(await b.post(executeInvoke('meeting.save', { ...meetingForm(groupId, { date: '2027-04-06', startTime: '14:00', endTime: '16:00' }), mode: 'edit', meetingId }, 'personal', LEADER))).card;
    expect(cardText(saved)).toContain('Opgeslagen en verplaatst');
    await settle(b, clock);
    const notices = proactive(b);
    expect(notices.map((c) => c.conversationId).sort()).toEqual([CHANNEL, PERSONAL_CONVERSATION].sort());
    const notice = cardText(cardOf(notices[0]!));
    expect(notice).toContain('Vergadering verplaatst');
    expect(notice).toContain('dinsdag 6 april, 14.00–16.00 uur');
    expect(notice).toContain('Was: zondag 28 maart, 10.00–12.00 uur');
    // The reminder cards already sent are updated in place with the new time.
    const puts = b.connector.calls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(cardText(cardOf(puts[0]!))).toContain('dinsdag 6 april, 14.00–16.00 uur');

    b.connector.reset();
    await advanceTo(b, clock, '2027-03-27T09:00:00Z'); // the old 1-day moment: nothing
    expect(proactive(b)).toHaveLength(0);
    await advanceTo(b, clock, '2027-04-05T12:00:00Z'); // 1 day before 6 April 14.00 CEST
    expect(proactive(b)).toHaveLength(2);
    expect(cardText(cardOf(proactive(b)[0]!))).toContain('Herinnering · morgen');
  });

  it('cancelling from the card sends a notice and stops the reminders; a wrong form saves nothing', async () => {
    const clock = new ManualClock(START);
    const b = await start(clock);
    const groupId = await setUpNetwork(b);

    const before = await readData(b, 'meetings.json');
    const wrong = executeResult(await b.post(executeInvoke('meeting.save', meetingForm(groupId, { date: '2027-03-28', startTime: '02:30', endTime: '04:00', onlineUrl: 'teams-link' }), 'personal', LEADER))).card;
    expect(cardText(wrong)).toContain('Er is niets opgeslagen');
    expect(cardText(wrong)).toContain('Dit tijdstip bestaat niet op 28-03-2027');
    expect(cardText(wrong)).toContain('begint met https://');
    expect(await readData(b, 'meetings.json')).toBe(before);

    const { meetingId } = await plan(b, groupId);
    const ask = executeResult(await b.post(executeInvoke('meeting.cancelAsk', { meetingId }, 'personal', LEADER))).card;
    expect(cardText(ask)).toContain('Vergadering annuleren?');
    b.connector.reset();
    const done = executeResult(await b.post(executeInvoke('meeting.cancel', { meetingId, scope: 'one' }, 'personal', LEADER))).card;
    expect(cardText(done)).toContain('Geannuleerd');
    expect(cardText(done)).toContain('gaat niet door');
    // Without PUBLIC_BASE_URL the calendar link is Outlook's "new appointment": a cancelled meeting offers none.
    expect(cardActions(done).map((a) => a.title)).not.toContain('Uit mijn agenda halen');
    expect(cardText(done)).not.toContain('Deelnemen');
    await settle(b, clock);
    const notices = proactive(b);
    expect(notices.map((c) => c.conversationId).sort()).toEqual([CHANNEL, PERSONAL_CONVERSATION].sort());
    expect(cardText(cardOf(notices[0]!))).toContain('Netwerkbijeenkomst voorjaar');
    expect(cardText(cardOf(notices[0]!))).toContain('gaat niet door');
    for (const n of notices) expect(cardActions(cardOf(n)).map((a) => a.title)).not.toContain('Uit mijn agenda halen');
    b.connector.reset();
    await advanceTo(b, clock, '2027-03-29T00:00:00Z');
    expect(proactive(b)).toHaveLength(0);
    const rsvp = executeResult(await b.post(executeInvoke('meeting.rsvp', { meetingId, answer: 'yes' }, 'personal')));
    expect(cardText(rsvp.card)).toContain('geannuleerd');
  });

  it('a conversation that removed the bot (403) is marked inactive and not tried again', async () => {
    const clock = new ManualClock(START);
    let b = await start(clock);
    const groupId = await setUpNetwork(b);
    await plan(b, groupId);
    const dataDir = b.dataDir;
    await b.stop({ keepData: true });

    // In front of the connector stub: the professional's chat answers 403 (the app was removed there).
    let refused = 0;
    nock(new URL(SERVICE_URL).origin)
      .persist()
      .post(/\/v3\/conversations\/a%3A1personal-chat-with-professional\/activities/)
      .reply(() => {
        refused++;
        return [403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } }];
      });
    b = await start(clock, { dataDir });
    await advanceTo(b, clock, '2027-03-21T09:00:00Z');
    expect(refused).toBe(1);
    expect(proactive(b).map((c) => c.conversationId)).toEqual([CHANNEL]);
    const conversations = JSON.parse(await readData(b, 'conversations.json')) as { data: { conversations: Record<string, { active: boolean }> } };
    expect(conversations.data.conversations[PERSONAL_CONVERSATION]?.active).toBe(false);
    await advanceTo(b, clock, '2027-03-27T09:00:00Z');
    expect(refused).toBe(1);
    expect(proactive(b).map((c) => c.conversationId)).toEqual([CHANNEL, CHANNEL]);
  });

  it('lists upcoming meetings per conversation, and groups with follow buttons in the personal chat', async () => {
    const clock = new ManualClock(START);
    const b = await start(clock);
    const groupId = await setUpNetwork(b);
    await plan(b, groupId, { repeat: 'P4M', repeatCount: '3' });
    b.connector.reset();
    await b.post(groupMessage('channel', 'vergaderingen'));
    let t = cardText(b.connector.cards()[0]);
    expect(t).toContain(`Van de groepen gekoppeld aan dit kanaal: ${GROUP_NAME}`);
    expect(t.match(/Netwerkbijeenkomst voorjaar/g)).toHaveLength(3);
    expect(t).toContain('zondag 28 maart, 10.00–12.00 uur');
    expect(t).toContain('woensdag 28 juli, 10.00–12.00 uur');
    expect(t).toContain('zondag 28 november, 10.00–12.00 uur');

    b.connector.reset();
    await b.post(personalMessage('groepen'));
    const groupsCard = b.connector.cards()[0];
    t = cardText(groupsCard);
    expect(t).toContain('✓ U volgt deze groep');
    const unfollow = cardActions(groupsCard).find((a) => a.title === 'Ontvolgen');
    expect(unfollow?.verb).toBe('group.unfollow');
    const after = executeResult(await b.post(executeInvoke('group.unfollow', { groupId }, 'personal'))).card;
    expect(cardText(after)).toContain(`U volgt **${GROUP_NAME}** niet meer`);
    b.connector.reset();
    await b.post(personalMessage('vergaderingen'));
    expect(cardText(b.connector.cards()[0])).toContain('U volgt nog geen groep');
  });

  it('serves the meeting as .ics when PUBLIC_BASE_URL is set; otherwise links to Outlook on the web', async () => {
    const clock = new ManualClock(START);
    let b = await start(clock, { env: { PUBLIC_BASE_URL: 'https://meldwijzer.example.nl' } });
    const groupId = await setUpNetwork(b);
    const { card } = await plan(b, groupId);
    const url = cardActions(card).find((a) => a.title === 'Zet in mijn agenda')?.url as string;
    expect(url).toMatch(/^https:\/\/meldwijzer\.example\.nl\/agenda\/[0-9a-f-]{36}\/[\w-]{24}\.ics$/);
    const res = await fetch(`${b.app.url}${new URL(url).pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await res.text();
    expect(ics).toContain('DTSTART:20270328T080000Z');
    expect(ics).toContain('SUMMARY:Netwerkbijeenkomst voorjaar');
    const wrong = await fetch(`${b.app.url}${new URL(url).pathname.replace(/[\w-]{24}\.ics$/, 'a'.repeat(24) + '.ics')}`);
    expect(wrong.status).toBe(404);
    // With a calendar file, a cancelled meeting can be taken out of the calendar: the file says CANCEL.
    const cancelled = executeResult(await b.post(executeInvoke('meeting.cancel', { meetingId: new URL(url).pathname.split('/')[2], scope: 'one' }, 'personal', LEADER))).card;
    expect(cardActions(cancelled).find((a) => a.title === 'Uit mijn agenda halen')?.url).toBe(url);
    await b.stop();

    b = await start(new ManualClock(START));
    const g2 = await setUpNetwork(b);
    const outlook = cardActions((await plan(b, g2)).card).find((a) => a.title === 'Zet in mijn agenda')?.url as string;
    expect(outlook).toMatch(/^https:\/\/outlook\.office\.com\/calendar\/0\/deeplink\/compose\?/);
    expect(new URL(outlook).searchParams.get('startdt')).toBe('2027-03-28T08:00:00Z');
  });

  it('links a group from a group chat with the card, and a channel thread links the channel itself', async () => {
    const clock = new ManualClock(START);
    const b = await start(clock);
    await b.post(personalMessage('groep nieuw Werkgroep verwijsindex', LEADER));
    const form = b.connector.cards().at(-1);
    expect(JSON.stringify(form)).toContain('"value":"Werkgroep verwijsindex"');
    const tooShort = executeResult(await b.post(executeInvoke('group.save', { name: 'W' }, 'personal', LEADER))).card;
    expect(cardText(tooShort)).toContain('minstens 2 tekens');
    executeResult(await b.post(executeInvoke('group.save', { name: 'Werkgroep verwijsindex', description: '' }, 'personal', LEADER)));
    const groups = JSON.parse(await readData(b, 'groups.json')) as { data: { groups: Array<{ id: string; linkedConversations: string[] }> } };
    const groupId = groups.data.groups[0]!.id;

    b.connector.reset();
    await b.post(groupMessage('groupChat', 'groepen', { from: LEADER }));
    const list = b.connector.cards()[0];
    expect(cardActions(list).find((a) => a.verb === 'group.link')?.title).toBe('Koppelen aan deze chat');
    const linked = executeResult(await b.post(executeInvoke('group.link', { groupId }, 'groupChat', LEADER))).card;
    expect(cardText(linked)).toContain('✓ Gekoppeld aan deze chat');

    const inThread = groupMessage('channel', 'koppel verwijsindex', { from: LEADER });
    await b.post({ ...inThread, conversation: { ...inThread.conversation, id: `${CHANNEL};messageid=1700000000123` } });
    const after = JSON.parse(await readData(b, 'groups.json')) as { data: { groups: Array<{ linkedConversations: string[] }> } };
    expect(after.data.groups[0]!.linkedConversations.sort()).toEqual(['19:werkgroep-verwijsindex-chat@thread.v2', CHANNEL].sort());
    const conversations = JSON.parse(await readData(b, 'conversations.json')) as { data: { conversations: Record<string, { active: boolean }> } };
    expect(conversations.data.conversations[CHANNEL]?.active).toBe(true);
  });
});
