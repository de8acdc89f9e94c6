import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { checkKnowledge } from '../../bot/answers/loadKnowledge.ts';
import path from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPERT_VERBS } from '../../cards/expertVerbs.ts';
import { GROUP_VERBS } from '../../cards/meetingVerbs.ts';
import { FORGET_CONFIRM_VERB } from '../../cards/forgetMeCard.ts';
import { botAdded, executeInvoke, submitValue, groupMessage, installationUpdate, LEADER, PERSONAL_CONVERSATION, personalMessage, PROFESSIONAL, SERVICE_URL, CHANNEL, TEAM_ID, type Person } from '../../test-support/activities.ts';
import { channelToken, makeSigningKey, serveBotFrameworkMetadata, serveTokenEndpoint, type BotFrameworkKeys } from '../../test-support/botFrameworkAuth.ts';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { adaptiveCardProblems } from '../../test-support/validateCard.ts';
import { expertsChannel, readTenant, seedExperts } from '../../scripts/playground.ts';

/**
 * "Vraag het een expert" end to end: real HTTP into /api/messages with JWT validation on, the connector and the
 * Teams roster (paged team members) served by nock, the data in a temp dir.
 */

const APP_ID = '0d7e3f1a-5b2c-4d6e-8f90-123456789abc';
const EXPERT: Person = { id: '29:1expert-teams-user-id', aadObjectId: '33333333-3333-4333-8333-333333333333', name: 'Expert Test' };
const OUTSIDER: Person = { id: '29:1outsider-teams-user-id', aadObjectId: '44444444-4444-4444-8444-444444444444', name: 'Buiten Staander' };
const GROUP = 'Netwerk aandachtsfunctionarissen';
const QUESTION = 'Wanneer moet ik een melding doen bij Veilig Thuis als ouders niet willen meewerken?';

let keys: BotFrameworkKeys;
let bot: TestBot;
/** Roster calls the bot made (TeamsInfo.getPagedTeamMembers). */
let rosterCalls: string[];
/** People on the roster's second page besides the expert (someone who joins the team). */
let joined: Person[];
/** The roster API refuses (the bot was removed from the team). */
let rosterDown: boolean;

beforeEach(async () => {
  keys ??= await makeSigningKey();
  bot = await startTestBot({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret-not-real', PROJECT_LEADERS: LEADER.aadObjectId } });
  serveBotFrameworkMetadata(keys);
  serveTokenEndpoint();
  rosterCalls = [];
  joined = [];
  rosterDown = false;
  // The team's roster, in two pages: the expert on the second, so the continuation token is followed.
  nock(new URL(SERVICE_URL).origin)
    .persist()
    .get(/\/v3\/conversations\/[^/]+\/pagedmembers/)
    .reply(function (uri) {
      rosterCalls.push(uri);
      if (rosterDown) return [403, { error: { code: 'BotNotInConversationRoster', message: 'not in team' } }];
      const page2 = uri.includes('continuationToken=page2');
      const member = (p: Person) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId, userRole: 'user', tenantId: 'x' });
      return [200, page2 ? { members: [member(EXPERT), ...joined.map(member)] } : { members: [member(LEADER)], continuationToken: 'page2' }];
    });
});
/** Data folders a test made itself (removed after its bot stopped). */
const ownDirs: string[] = [];
afterEach(async () => {
  await bot.stop();
  for (const dir of ownDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function post(activity: unknown) {
  const token = await channelToken(keys, { appId: APP_ID, serviceUrl: SERVICE_URL });
  const res = await bot.post(activity, { token });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res;
}

/** The body of an Action.Execute answer: the card that replaces the clicked one, or the short message. */
async function execute(verb: string, data: Record<string, unknown>, scope: 'personal' | 'channel', from: Person) {
  const res = await post(executeInvoke(verb, data, scope, from));
  const body = res.body as { type: string; value: unknown };
  return body.type === 'application/vnd.microsoft.card.adaptive' ? { card: body.value as Record<string, unknown>, message: undefined } : { card: undefined, message: String(body.value) };
}

const lastText = () => {
  const b = bot.connector.messages().at(-1)?.body;
  return typeof b?.text === 'string' ? b.text : cardText(b?.attachments);
};
const toChannel = () => bot.connector.calls.filter((c) => c.conversationId === CHANNEL && c.body.type === 'message');
const toAsker = () => bot.connector.calls.filter((c) => c.conversationId === PERSONAL_CONVERSATION && c.method === 'POST' && c.body.type === 'message');
const cardOf = (c: { body: Record<string, unknown> } | undefined) => (c?.body.attachments as Array<{ content: Record<string, unknown> }> | undefined)?.[0]?.content;

async function expertsFile() {
  await bot.app.idle();
  return JSON.parse(await readFile(path.join(bot.dataDir, 'experts.json'), 'utf-8')) as {
    data: { expertsGroupId?: string; tickets: Array<Record<string, unknown>>; audit: Array<Record<string, unknown>> };
  };
}

/** The leader makes the experts' group, links it to the team's channel and marks it with `experts <groep>`. */
async function setUpExperts() {
  await post(botAdded('channel', LEADER));
  await execute('group.save', { name: GROUP, description: '' }, 'personal', LEADER);
  await post(groupMessage('channel', `koppel ${GROUP}`, { from: LEADER }));
  bot.connector.reset();
  await post(personalMessage(`experts ${GROUP}`, LEADER));
  expect(lastText()).toContain('is nu de groep van de experts');
}

/** The professional asks through the form; returns the ticket id. */
async function ask(question = QUESTION, showName = 'true') {
  await post(personalMessage('vraag een expert'));
  const form = bot.connector.cards().at(-1);
  expect(cardText(form)).toMatch(/Typ geen namen, geboortedata, adressen, BSN/);
  const sent = await execute(EXPERT_VERBS.send, { question, showName }, 'personal', PROFESSIONAL);
  expect(cardText(sent.card)).toMatch(/Uw vraag is doorgestuurd\*\* \(nummer \d+\)/);
  const ticket = cardActions(cardOf(toChannel().at(-1))).find((a) => a.verb === EXPERT_VERBS.pickUp);
  return String((ticket?.data as { ticketId: string }).ticketId);
}

describe('Vraag het een expert', () => {
  it('ask, pick up, answer: the asker gets the answer in the personal chat and the ticket card shows each step for everyone', async () => {
    await setUpExperts();
    bot.connector.reset();

    // The form comes with the question prefilled and the name shown by default.
    await post(personalMessage(`vraag een expert ${QUESTION}`));
    const form = bot.connector.cards().at(-1);
    expect(adaptiveCardProblems(form)).toEqual([]);
    const inputs = JSON.stringify(form);
    expect(inputs).toContain(QUESTION);
    expect((form?.body as Array<Record<string, unknown>>).find((e) => e.id === 'showName')?.value).toBe('true');

    const id = await ask();
    const ticketCard = cardOf(toChannel().at(-1));
    expect(adaptiveCardProblems(ticketCard)).toEqual([]);
    expect(cardText(ticketCard)).toContain(QUESTION);
    expect(cardText(ticketCard)).toMatch(/Door Professional Test/);
    expect(cardText(ticketCard)).toMatch(/Status nieuw/);
    expect(cardActions(ticketCard).map((a) => a.title)).toEqual(['Ik pak dit op', 'Beantwoorden', 'Antwoord versturen', 'Sluiten zonder antwoord', 'Sluiten', 'Vernieuwen']);
    expect(cardText(ticketCard)).not.toMatch(/Maak concept/);

    // Someone outside the experts' team is refused politely and nothing changes.
    const refused = await execute(EXPERT_VERBS.pickUp, { ticketId: id }, 'channel', OUTSIDER);
    expect(refused.message).toMatch(/alleen de experts/);
    expect((await expertsFile()).data.tickets[0]?.status).toBe('new');

    // Universal Actions' refresh in the channel thread (Teams adds ;messageid= to the id) shows the current card.
    const refresh = executeInvoke(EXPERT_VERBS.refresh, { ticketId: id }, 'channel', OUTSIDER);
    const refreshed = await post({ ...refresh, conversation: { ...refresh.conversation, id: `${CHANNEL};messageid=1700000000001` } });
    expect(cardText((refreshed.body as { value: unknown }).value)).toMatch(/Status nieuw/);
    expect((await execute(EXPERT_VERBS.refresh, { ticketId: id }, 'personal', OUTSIDER)).message).toMatch(/bestaat niet meer/);

    // The expert picks it up: the card changes for them and, through an update, for everyone.
    bot.connector.reset();
    const picked = await execute(EXPERT_VERBS.pickUp, { ticketId: id }, 'channel', EXPERT);
    expect(cardText(picked.card)).toMatch(/Status opgepakt door Expert Test/);
    const update = bot.connector.calls.find((c) => c.method === 'PUT' && c.conversationId === CHANNEL);
    expect(cardText(cardOf(update))).toMatch(/opgepakt door Expert Test/);

    // A second expert (the leader) sees who already has it.
    const second = await execute(EXPERT_VERBS.pickUp, { ticketId: id }, 'channel', LEADER);
    expect(second.message).toBe('Expert Test heeft deze vraag al opgepakt.');

    // The answer goes to the asker's personal chat.
    bot.connector.reset();
    const answered = await execute(
      EXPERT_VERBS.answer,
      { ticketId: id, answer: 'Dat mag, als het nodig is voor de veiligheid.\n1. Overleg met een collega\n2. Bel Veilig Thuis', link: 'https://www.veiligthuis.nl', source: 'Meldcode, stap 2' },
      'channel',
      EXPERT,
    );
    expect(cardText(answered.card)).toMatch(/Status beantwoord door Expert Test/);
    const delivered = toAsker();
    expect(delivered).toHaveLength(1);
    const answerCard = cardOf(delivered[0]);
    expect(adaptiveCardProblems(answerCard)).toEqual([]);
    const text = cardText(answerCard);
    expect(text).toContain(QUESTION);
    expect(text).toMatch(/1\. Overleg met een collega\n2\. Bel Veilig Thuis/);
    expect(text).toContain('(https://www.veiligthuis.nl)');
    expect(text).toMatch(/Bron: Meldcode, stap 2/);
    expect(text).toMatch(/Beantwoord door Expert Test/);
    expect(cardText(cardOf(bot.connector.calls.find((c) => c.method === 'PUT' && c.conversationId === CHANNEL)))).toMatch(/beantwoord door Expert Test/);

    // Two answers racing: the first one won, the second is told.
    const late = await execute(EXPERT_VERBS.answer, { ticketId: id, answer: 'Nog een antwoord', link: '', source: '' }, 'channel', LEADER);
    expect(late.message).toBe('Deze vraag is al beantwoord door Expert Test.');
    expect(toAsker()).toHaveLength(1);

    // Maak concept is in the leader's own view only: not on the card everyone in the channel sees, not in the
    // expert's answer or refresh, but in the card Teams' refresh (Universal Actions' user-specific view) gets the leader.
    const titles = (card: Record<string, unknown> | undefined) => cardActions(card).map((a) => a.title);
    expect(titles(cardOf(bot.connector.calls.find((c) => c.method === 'PUT' && c.conversationId === CHANNEL)))).not.toContain('Maak concept');
    expect(titles(answered.card)).not.toContain('Maak concept');
    const refreshAs = async (who: Person) => {
      const invoke = executeInvoke(EXPERT_VERBS.refresh, { ticketId: id }, 'channel', who);
      const res = await post({ ...invoke, value: { ...invoke.value, trigger: 'automatic' }, conversation: { ...invoke.conversation, id: `${CHANNEL};messageid=1700000000001` } });
      const card = (res.body as { value: Record<string, unknown> }).value;
      expect(adaptiveCardProblems(card)).toEqual([]);
      return card;
    };
    expect(titles(await refreshAs(EXPERT))).not.toContain('Maak concept');
    expect(cardText(await refreshAs(EXPERT))).toMatch(/Status beantwoord door Expert Test/);
    expect(titles(await refreshAs(LEADER))).toContain('Maak concept');
    // An expert who is no leader and clicks it anyway (an old card, a crafted invoke) is refused and nothing changes.
    const notLeader = await execute(EXPERT_VERBS.draft, { ticketId: id }, 'channel', EXPERT);
    expect(notLeader.message).toMatch(/Dit kan alleen de projectleider/);
    await expect(readFile(path.join(bot.dataDir, 'kb-drafts', 'expert-vraag-1.md'), 'utf-8')).rejects.toThrow(/ENOENT/);
    expect((await expertsFile()).data.tickets[0]?.draftAt).toBeUndefined();
    const drafted = await execute(EXPERT_VERBS.draft, { ticketId: id }, 'channel', LEADER);
    expect(cardText(drafted.card)).toMatch(/Concept gemaakt voor de kennisbank/);
    expect(titles(drafted.card)).not.toContain('Maak concept');
    expect(titles(cardOf(bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === CHANNEL).at(-1)))).not.toContain('Maak concept');
    const again = await execute(EXPERT_VERBS.draft, { ticketId: id }, 'channel', LEADER);
    expect(again.message).toBe('Er is al een concept voor vraag 1. Er is niets veranderd.');
    const draft = await readFile(path.join(bot.dataDir, 'kb-drafts', 'expert-vraag-1.md'), 'utf-8');
    expect(draft).toMatch(/^draft: true/m);
    expect(draft).toMatch(/^reviewed: ""$/m);
    expect(draft).toContain('url: https://www.veiligthuis.nl');
    expect(draft).toContain('1. Overleg met een collega');
    expect(draft).not.toMatch(/Expert Test|Professional Test/);
    // kb:check keeps it out until a curator has finished it.
    const kb = await mkdtemp(path.join(tmpdir(), 'kb-draft-'));
    await cp('knowledge', kb, { recursive: true });
    await writeFile(path.join(kb, 'entries', 'expert-vraag-1.md'), draft);
    const check = await checkKnowledge(kb, new Date());
    expect(check.errors).toContainEqual(expect.stringMatching(/expert-vraag-1\.md: draft: onbekend veld/));
    await rm(kb, { recursive: true, force: true });

    // 👍 on the answer.
    const up = cardActions(answerCard).find((a) => (a.data as { helpful?: boolean }).helpful === true);
    const thanks = await execute(String(up?.verb), up?.data as Record<string, unknown>, 'personal', PROFESSIONAL);
    expect(cardText(thanks.card)).toMatch(/Bedankt/);

    // The roster was read once (two pages), then cached.
    expect(rosterCalls).toHaveLength(2);
    expect(rosterCalls[0]).toContain(encodeURIComponent(TEAM_ID));

    // Stored: question, answer, ids and timestamps; the audit has who, what and when, never text.
    const file = await expertsFile();
    const t = file.data.tickets[0];
    expect(t).toMatchObject({ number: 1, status: 'answered', askerId: PROFESSIONAL.aadObjectId, handlerId: EXPERT.aadObjectId, delivery: 'sent', helpful: true });
    expect(file.data.audit.map((a) => a.action)).toEqual(['experts-group-set', 'asked', 'picked-up', 'answered', 'draft-made']);
    expect(JSON.stringify(file.data.audit)).not.toMatch(/melding|Veilig/);
    // The leader's insights count the tickets per week and the time to an answer (no question text).
    bot.connector.reset();
    await post(personalMessage('inzichten', LEADER));
    const insights = cardText(bot.connector.cards().at(-1));
    expect(insights).toMatch(/Vragen aan experts/);
    expect(insights).toMatch(/1 gesteld · 1 beantwoord/);
    expect(insights).toMatch(/Tijd tot een antwoord \(mediaan van 1\): \d+ (minuten|minuut)/);

    // No question text in the logs.
    expect(JSON.stringify(bot.logs)).not.toContain('meewerken');
  });

  it('the no-answer card and an answer after 👎 offer "Vraag het een expert" only once the experts\u2019 channel is set up', async () => {
    const unknown = 'Welke pizza is het lekkerst in Bussum?';
    await post(personalMessage(unknown));
    expect(cardText(bot.connector.cards().at(-1))).toMatch(/geen goed antwoord/);
    expect(cardText(bot.connector.cards().at(-1))).not.toMatch(/Vraag het een expert/);
    await setUpExperts();
    bot.connector.reset();
    await post(personalMessage(unknown));
    const noAnswer = bot.connector.cards().at(-1);
    expect(adaptiveCardProblems(noAnswer)).toEqual([]);
    const button = cardActions(noAnswer).find((a) => a.title === 'Vraag het een expert');
    expect(button?.data).toEqual({ verb: EXPERT_VERBS.ask, question: unknown });
    // In a channel the button is not offered (a question there is visible to all).
    await post(groupMessage('channel', unknown));
    expect(cardActions(bot.connector.cards().at(-1)).map((a) => a.title)).not.toContain('Vraag het een expert');
    // The button opens the form with the question prefilled.
    bot.connector.reset();
    await post(submitValue(button?.data as Record<string, unknown>));
    const form = bot.connector.cards().at(-1);
    expect(cardText(form)).toMatch(/Vraag het een expert/);
    expect((form?.body as Array<Record<string, unknown>>).find((e) => e.id === 'question')?.value).toBe(unknown);

    // 👎 on an answer offers it too, with the answer's title as the start of the question.
    await post(personalMessage('wat is de kindcheck?'));
    const down = cardActions(bot.connector.cards().at(-1)).find((a) => (a.data as { helpful?: boolean }).helpful === false);
    const after = await execute(String(down?.verb), down?.data as Record<string, unknown>, 'personal', PROFESSIONAL);
    const ask = cardActions(after.card).find((a) => a.title === 'Vraag het een expert');
    expect((ask?.data as { question: string }).question).toMatch(/^Over ".+": $/);
    const up = cardActions(bot.connector.cards().at(-1)).find((a) => (a.data as { helpful?: boolean }).helpful === true);
    const afterUp = await execute(String(up?.verb), up?.data as Record<string, unknown>, 'personal', PROFESSIONAL);
    expect(cardActions(afterUp.card).map((a) => a.title)).not.toContain('Vraag het een expert');
  });

  it('refuses a question with personal data with a field error, and sends and stores nothing', async () => {
    await setUpExperts();
    bot.connector.reset();
    const res = await execute(EXPERT_VERBS.send, { question: 'De leerling heeft BSN 111222333, wat nu?', showName: 'false' }, 'personal', PROFESSIONAL);
    const text = cardText(res.card);
    expect(text).toMatch(/Er is niets verstuurd/);
    expect(text).toMatch(/Uw vraag bevat een BSN/);
    expect(JSON.stringify(res.card)).toContain('111222333'); // the form keeps what was typed, so it can be corrected
    expect((res.card?.body as Array<Record<string, unknown>>).find((e) => e.id === 'showName')?.value).toBe('false');
    expect(toChannel()).toHaveLength(0);
    const file = await expertsFile();
    expect(file.data.tickets).toEqual([]);
    expect(JSON.stringify(file)).not.toContain('111222333');
    expect(JSON.stringify(bot.logs)).not.toContain('111222333');
  });

  it('shows the emergency card first when the question signals danger, then sends it on', async () => {
    await setUpExperts();
    bot.connector.reset();
    const res = await execute(EXPERT_VERBS.send, { question: 'Mijn partner slaat mij en ik durf niet naar huis, mag ik dit vragen?', showName: 'true' }, 'personal', PROFESSIONAL);
    const first = toAsker()[0];
    expect(cardText(cardOf(first))).toMatch(/Bel 112/);
    expect(cardText(res.card)).toMatch(/Uw vraag is doorgestuurd/);
    expect(toChannel()).toHaveLength(1);
  });

  it('an anonymous question shows "anoniem" and stores no name', async () => {
    await setUpExperts();
    await ask(QUESTION, 'false');
    expect(cardText(cardOf(toChannel().at(-1)))).toMatch(/Door anoniem/);
    expect(JSON.stringify((await expertsFile()).data)).not.toContain('Professional Test');
  });

  it('works only in the personal chat, and only once the experts\u2019 channel is set up', async () => {
    await post(personalMessage('vraag een expert'));
    expect(lastText()).toMatch(/nog geen kanaal voor de experts/);
    await setUpExperts();
    await post(groupMessage('channel', 'vraag een expert'));
    expect(lastText()).toMatch(/alleen in uw persoonlijke chat/);
    // A non-leader cannot choose the experts' group.
    await post(personalMessage(`experts ${GROUP}`, OUTSIDER));
    expect(lastText()).toMatch(/Dit kan alleen de projectleider/);
    await post(personalMessage('experts Bestaat Niet', LEADER));
    expect(lastText()).toMatch(/Ik ken geen groep met de naam "Bestaat Niet". Er is niets veranderd/);
  });

  it('closing without an answer tells the asker the reason; a removed app shows on the ticket', async () => {
    await setUpExperts();
    const id = await ask();
    bot.connector.reset();
    const empty = await execute(EXPERT_VERBS.close, { ticketId: id, reason: '  ' }, 'channel', EXPERT);
    expect(empty.message).toMatch(/Vul een reden in/);
    const closed = await execute(EXPERT_VERBS.close, { ticketId: id, reason: 'Bel hiervoor de GGD.' }, 'channel', EXPERT);
    expect(cardText(closed.card)).toMatch(/Status gesloten door Expert Test/);
    expect(cardText(cardOf(toAsker()[0]))).toMatch(/Reden: Bel hiervoor de GGD\./);

    const second = await ask('Wat is het afwegingskader bij een zorgmelding?');
    await post(installationUpdate('personal', 'remove', PROFESSIONAL));
    const answered = await execute(EXPERT_VERBS.answer, { ticketId: second, answer: 'Zie de meldcode.', link: '', source: '' }, 'channel', EXPERT);
    expect(cardText(answered.card)).toMatch(/niet aangekomen: de vrager heeft Meldwijzer verwijderd/);
  });

  it('someone who joins the experts\u2019 team can act at once: a membership change refreshes the cached roster', async () => {
    await setUpExperts();
    const id = await ask();
    expect((await execute(EXPERT_VERBS.pickUp, { ticketId: id }, 'channel', OUTSIDER)).message).toMatch(/alleen de experts/);
    joined.push(OUTSIDER);
    // Still cached: within 5 minutes the roster is not read again.
    expect((await execute(EXPERT_VERBS.pickUp, { ticketId: id }, 'channel', OUTSIDER)).message).toMatch(/alleen de experts/);
    expect(rosterCalls).toHaveLength(2);
    // Teams tells the bot that someone joined the team.
    const update = { ...botAdded('channel', LEADER), membersAdded: [{ id: OUTSIDER.id, aadObjectId: OUTSIDER.aadObjectId }] };
    await post(update);
    const picked = await execute(EXPERT_VERBS.pickUp, { ticketId: id }, 'channel', OUTSIDER);
    expect(cardText(picked.card)).toMatch(/opgepakt door Buiten Staander/);
    expect(rosterCalls).toHaveLength(4);
  });

  it('deletes a question RETENTION_TICKET_DAYS after it was answered or closed; open questions stay', async () => {
    await setUpExperts();
    const answered = await ask('Eerste vraag over de meldcode?');
    await ask('Tweede vraag over de kindcheck?');
    await execute(EXPERT_VERBS.answer, { ticketId: answered, answer: 'Zie stap 1.', link: '', source: '' }, 'channel', EXPERT);
    const day = 86_400_000;
    expect((await bot.app.purgeExpired(new Date(Date.now() + 89 * day)))['expert-tickets']).toBe(0);
    expect((await bot.app.purgeExpired(new Date(Date.now() + 91 * day)))['expert-tickets']).toBe(1);
    const file = await expertsFile();
    expect(file.data.tickets.map((t) => t.number)).toEqual([2]);
  });

  it('when the roster cannot be read, an expert is asked to try again and nothing changes (leaders still can act)', async () => {
    await setUpExperts();
    const id = await ask();
    rosterDown = true;
    const res = await execute(EXPERT_VERBS.pickUp, { ticketId: id }, 'channel', EXPERT);
    expect(res.message).toMatch(/Ik kon nu niet nagaan of u bij de experts hoort\. Er is niets veranderd/);
    expect((await expertsFile()).data.tickets[0]?.status).toBe('new');
    const leader = await execute(EXPERT_VERBS.pickUp, { ticketId: id }, 'channel', LEADER);
    expect(cardText(leader.card)).toMatch(/opgepakt door Projectleider Test/);
  });

  it('refuses a link that is not https and changes nothing', async () => {
    await setUpExperts();
    const id = await ask();
    const res = await execute(EXPERT_VERBS.answer, { ticketId: id, answer: 'Zie hier.', link: 'javascript:alert(1)', source: '' }, 'channel', EXPERT);
    expect(res.message).toMatch(/begint met https:\/\//);
    expect((await expertsFile()).data.tickets[0]?.status).toBe('new');
  });

  it('tickets lists open questions oldest first, for experts and leaders only', async () => {
    await setUpExperts();
    await ask('Eerste vraag over de meldcode?');
    await ask('Tweede vraag over de kindcheck?');
    bot.connector.reset();
    await post(personalMessage('tickets', EXPERT));
    const text = cardText(bot.connector.cards().at(-1));
    expect(text.indexOf('Eerste')).toBeLessThan(text.indexOf('Tweede'));
    expect(text).toMatch(/Vraag 1/);
    await post(personalMessage('tickets', OUTSIDER));
    expect(lastText()).toMatch(/alleen de experts/);
  });

  it('vergeet mij erases the asker\u2019s tickets and turns their cards into "verwijderd op verzoek"', async () => {
    await setUpExperts();
    const id = await ask();
    bot.connector.reset();
    const done = await execute(FORGET_CONFIRM_VERB, {}, 'personal', PROFESSIONAL);
    expect(cardText(done.card)).toMatch(/Vragen aan experts\s1/);
    const put = bot.connector.calls.find((c) => c.method === 'PUT' && c.conversationId === CHANNEL);
    expect(cardText(cardOf(put))).toMatch(/verwijderd op verzoek/);
    const file = await expertsFile();
    expect(JSON.stringify(file.data.tickets)).not.toContain('meewerken');
    expect(file.data.tickets[0]?.status).toBe('erased');
    const after = await execute(EXPERT_VERBS.pickUp, { ticketId: id }, 'channel', EXPERT);
    expect(after.message).toMatch(/bestaat niet meer/);
  });
});

describe('the experts\u2019 group from the group form', () => {
  type Toggle = { type: string; id: string; title: string; value: string };
  const toggleOf = (card: Record<string, unknown> | undefined) =>
    (card?.body as Array<Record<string, unknown>> | undefined)?.find((e) => e.type === 'Input.Toggle' && e.id === 'expertsGroup') as Toggle | undefined;
  const groupIds = async () => {
    await bot.app.idle();
    const file = JSON.parse(await readFile(path.join(bot.dataDir, 'groups.json'), 'utf-8')) as { data: { groups: Array<{ id: string; name: string }> } };
    return Object.fromEntries(file.data.groups.map((g) => [g.name, g.id]));
  };

  it('a leader marks a group with the toggle; marking another moves the mark (one experts\u2019 group); off clears it; the command and the form agree', async () => {
    // The new-group form has the toggle, off.
    const blank = await execute(GROUP_VERBS.create, {}, 'personal', LEADER);
    expect(adaptiveCardProblems(blank.card)).toEqual([]);
    expect(toggleOf(blank.card)).toMatchObject({ title: 'Groep van de experts', value: 'false' });
    expect(cardText(blank.card)).toMatch(/Er is maar één groep van de experts/);

    // A new group saved with the toggle on is the experts' group; the leader is told to link it.
    const made = await execute(GROUP_VERBS.save, { name: GROUP, description: '', expertsGroup: 'true' }, 'personal', LEADER);
    expect(cardText(made.card)).toMatch(/Netwerk aandachtsfunctionarissen\*\* is gemaakt\. \*\*Netwerk aandachtsfunctionarissen\*\* is nu de groep van de experts\. Koppel de groep nog/);
    const ids = await groupIds();
    expect((await expertsFile()).data.expertsGroupId).toBe(ids[GROUP]);

    // Linked to the team's channel, a professional can ask: the ticket goes to that channel.
    await post(botAdded('channel', LEADER));
    await post(groupMessage('channel', `koppel ${GROUP}`, { from: LEADER }));
    bot.connector.reset();
    await ask();
    expect(toChannel()).toHaveLength(1);

    // The form of that group shows the toggle on; saving it unchanged says nothing about it.
    const edit = await execute(GROUP_VERBS.edit, { groupId: ids[GROUP] }, 'personal', LEADER);
    expect(toggleOf(edit.card)?.value).toBe('true');
    const unchanged = await execute(GROUP_VERBS.save, { groupId: ids[GROUP], name: GROUP, description: 'Alle AF', expertsGroup: 'true' }, 'personal', LEADER);
    expect(cardText(unchanged.card)).toMatch(/is opgeslagen\.$/m);
    expect(cardText(unchanged.card)).not.toMatch(/groep van de experts/);

    // Another group with the toggle on takes the mark over: there is one experts' group.
    const other = 'Taskforce';
    const moved = await execute(GROUP_VERBS.save, { name: other, description: '', expertsGroup: 'true' }, 'personal', LEADER);
    expect(cardText(moved.card)).toMatch(/\*\*Taskforce\*\* is nu de groep van de experts \(dat was \*\*Netwerk aandachtsfunctionarissen\*\*\)/);
    const all = await groupIds();
    expect((await expertsFile()).data.expertsGroupId).toBe(all[other]);
    expect(toggleOf((await execute(GROUP_VERBS.edit, { groupId: all[GROUP] }, 'personal', LEADER)).card)?.value).toBe('false');
    expect(toggleOf((await execute(GROUP_VERBS.edit, { groupId: all[other] }, 'personal', LEADER)).card)?.value).toBe('true');
    // Taskforce has no channel: asking is not possible now.
    await post(personalMessage('vraag een expert'));
    expect(lastText()).toMatch(/nog geen kanaal voor de experts/);

    // The command moves it back, and the form shows what the command did.
    await post(personalMessage(`experts ${GROUP}`, LEADER));
    expect(lastText()).toContain('is nu de groep van de experts (dat was **Taskforce**)');
    expect(toggleOf((await execute(GROUP_VERBS.edit, { groupId: all[GROUP] }, 'personal', LEADER)).card)?.value).toBe('true');

    // Off on a group that is not the experts' group changes nothing; off on the experts' group clears the mark.
    await execute(GROUP_VERBS.save, { groupId: all[other], name: other, description: '', expertsGroup: 'false' }, 'personal', LEADER);
    expect((await expertsFile()).data.expertsGroupId).toBe(all[GROUP]);
    const cleared = await execute(GROUP_VERBS.save, { groupId: all[GROUP], name: GROUP, description: '', expertsGroup: 'false' }, 'personal', LEADER);
    expect(cardText(cleared.card)).toMatch(/is niet meer de groep van de experts/);
    expect((await expertsFile()).data.expertsGroupId).toBeUndefined();
    await post(personalMessage('vraag een expert'));
    expect(lastText()).toMatch(/nog geen kanaal voor de experts/);

    // Every change is in the audit, without text; the same path as the command.
    expect((await expertsFile()).data.audit.map((a) => a.action)).toEqual(['experts-group-set', 'asked', 'experts-group-set', 'experts-group-set', 'experts-group-cleared']);
  });

  it('a form that comes back with an error keeps the toggle as the leader set it, and nothing is marked', async () => {
    const bad = await execute(GROUP_VERBS.save, { name: 'W', description: '', expertsGroup: 'true' }, 'personal', LEADER);
    expect(cardText(bad.card)).toMatch(/Er is niets opgeslagen/);
    expect(toggleOf(bad.card)?.value).toBe('true');
    expect((await expertsFile()).data.expertsGroupId).toBeUndefined();
  });

  it('someone who is not a project leader cannot mark a group through the form: a polite refusal, nothing changes', async () => {
    await execute(GROUP_VERBS.save, { name: GROUP, description: '' }, 'personal', LEADER);
    const ids = await groupIds();
    for (const who of [EXPERT, OUTSIDER]) {
      const res = await execute(GROUP_VERBS.save, { groupId: ids[GROUP], name: GROUP, description: '', expertsGroup: 'true' }, 'personal', who);
      expect(res.message).toMatch(/Dit kan alleen de projectleider/);
    }
    expect((await expertsFile()).data.expertsGroupId).toBeUndefined();
  });
});

describe('the Playground\u2019s experts\u2019 channel', () => {
  it('a data folder seeded as `npm run playground` does: once the app is in that channel, a professional can ask at once', async () => {
    // The tenant's experts' channel, with the test channel's id (the bot hears from it through these activities).
    const tenant = readTenant();
    const channel = expertsChannel(tenant);
    expect(channel?.name).toBe('Vragen aan experts');
    const dir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-seeded-'));
    ownDirs.push(dir);
    expect(await seedExperts(dir, { ...tenant, team: { ...tenant.team, channels: [{ ...channel!, id: CHANNEL }] } })).toBe(GROUP);
    // A bot on the seeded folder instead of the fresh one (stopping clears nock: the Bot Framework's keys again).
    await bot.stop();
    bot = await startTestBot({ dataDir: dir, env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret-not-real', PROJECT_LEADERS: LEADER.aadObjectId } });
    serveBotFrameworkMetadata(keys);
    serveTokenEndpoint();
    await post(personalMessage('vraag een expert'));
    expect(lastText()).toMatch(/nog geen kanaal voor de experts/);
    // The Playground adds the app to the channel when it is first opened; from then on questions go there.
    await post(botAdded('channel', LEADER));
    const id = await ask();
    expect(cardText(cardOf(toChannel().at(-1)))).toContain(QUESTION);
    expect(cardText((await execute(EXPERT_VERBS.pickUp, { ticketId: id }, 'channel', LEADER)).card)).toMatch(/opgepakt door Projectleider Test/);
  });
});
