import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BROADCAST_VERBS } from '../../cards/broadcastVerbs.ts';
import { botAdded, executeInvoke, groupMessage, LEADER, PROFESSIONAL, personalMessage, submitValue } from '../../test-support/activities.ts';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { ManualClock } from '../../test-support/manualClock.ts';
import { chatOf, click, cardsTo, FORM, inChat, installPersonal, LEADER2, LEADER2_CHAT, LEADER_CHAT, leaderSays, person, submitAs } from './e2eKit.ts';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const leaders = { PROJECT_LEADERS: LEADER.aadObjectId };
type Activity = Parameters<typeof inChat>[0];

const broadcastCardsIn = (b: TestBot, conversationId: string) => cardsTo(b, conversationId, 'POST').filter((c) => cardText(c).includes(FORM.title) && cardText(c).includes('Update van het programma'));

async function composeAndPreview(b: TestBot, form: Record<string, string> = FORM) {
  await leaderSays(b, 'update');
  const compose = cardsTo(b, LEADER_CHAT).at(-1);
  const preview = await click(b, BROADCAST_VERBS.preview, form);
  return { compose, preview };
}
const draftIdOf = (card: Record<string, unknown> | undefined) => String(cardActions(card).find((a) => a.verb === BROADCAST_VERBS.confirm)?.data && (cardActions(card).find((a) => a.verb === BROADCAST_VERBS.confirm)?.data as { id: string }).id);

describe('a leader broadcasts an update (local mode, through /api/messages)', () => {
  it('compose -> preview -> confirm: arrives once in every conversation of the audience; the report counts up and ends right', async () => {
    bot = await startTestBot({ env: leaders });
    await installPersonal(bot, 5);
    await bot.post(botAdded('channel'));
    await bot.post(inChat(personalMessage('geen updates', person(5)) as Activity, chatOf(5)));
    bot.connector.reset();

    const { compose, preview } = await composeAndPreview(bot);
    expect(cardText(compose)).toMatch(/Nieuwe update/);
    expect(cardActions(compose).map((a) => a.title)).toEqual(expect.arrayContaining(['Voorbeeld bekijken', 'Annuleren']));
    expect(preview.card).toBeDefined();
    const previewText = cardText(preview.card);
    expect(previewText).toContain(FORM.title);
    expect(previewText).toContain('Per 1 januari geldt de **nieuwe** meldcode.');
    // Persons 1-4 and the leader (who wrote "update" in a personal chat); person 5 opted out.
    expect(previewText).toMatch(/Ontvangers 5 chats en kanalen/);
    expect(previewText).toMatch(/1 persoon wil geen updates/);
    expect(cardActions(preview.card).map((a) => a.title)).toEqual(['Lees de meldcode', 'Versturen', 'Aanpassen', 'Annuleren']);
    // Nothing is sent before Versturen.
    expect(bot.connector.calls.filter((c) => c.conversationId !== LEADER_CHAT)).toHaveLength(0);

    const id = draftIdOf(preview.card);
    const confirmed = await click(bot, BROADCAST_VERBS.confirm, { id });
    expect(cardText(confirmed.card)).toMatch(/Update wordt verstuurd|Update verstuurd/);

    const audience = [chatOf(1), chatOf(2), chatOf(3), chatOf(4), LEADER_CHAT];
    await bot.app.idle();
    expect(cardText(cardsTo(bot, LEADER_CHAT, 'PUT').at(-1))).toMatch(/Update verstuurd/);
    // Once each, never to the opted-out person or the channel (personal audience).
    for (const c of audience) expect(broadcastCardsIn(bot, c)).toHaveLength(1);
    expect(broadcastCardsIn(bot, chatOf(5))).toHaveLength(0);
    expect(bot.connector.calls.filter((c) => c.conversationId.includes('thread.tacv2'))).toHaveLength(0);
    const sent = broadcastCardsIn(bot, chatOf(1))[0];
    expect(cardText(sent)).toMatch(/Typ \*\*geen updates\*\*/);
    expect(cardActions(sent).map((a) => a.url)).toEqual([FORM.linkUrl]);

    // The report is the card the leader clicked (replyToId), updated in place, ending with the totals.
    const reports = bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === LEADER_CHAT);
    expect(reports.every((c) => c.path.endsWith('/activities/report-card-1'))).toBe(true);
    const final = cardText(cardsTo(bot, LEADER_CHAT, 'PUT').at(-1));
    expect(final).toMatch(/Verstuurd 5 van 5/);
    expect(final).toMatch(/Mislukt 0/);
    expect(final).toMatch(/Nog te gaan 0/);
    expect(final).toMatch(/Duur /);
    expect(cardActions(cardsTo(bot, LEADER_CHAT, 'PUT').at(-1)).map((a) => a.title)).toEqual(['Details']);

    // A second click on Versturen sends nothing again.
    await click(bot, BROADCAST_VERBS.confirm, { id });
    await bot.app.idle();
    for (const c of audience) expect(broadcastCardsIn(bot, c)).toHaveLength(1);

    // Details (navigation) and the audit log.
    await submitAs(bot, { verb: BROADCAST_VERBS.details, id });
    expect(cardText(cardsTo(bot, LEADER_CHAT, 'POST').at(-1))).toMatch(/Niets is mislukt/);
    const data = JSON.parse(await readFile(path.join(bot.dataDir, 'broadcasts.json'), 'utf-8')) as { data: { audit: Array<{ event: string; actor: string; counts?: { sent: number } }> } };
    expect(data.data.audit.map((a) => a.event)).toEqual(['started', 'finished']);
    expect(data.data.audit[0]?.actor).toBe(LEADER.aadObjectId);
    expect(data.data.audit[1]?.counts?.sent).toBe(5);
  });

  it('invalid form: the same form comes back with the problems next to the fields, nothing saved', async () => {
    bot = await startTestBot({ env: leaders });
    await leaderSays(bot, 'update');
    const res = await click(bot, BROADCAST_VERBS.preview, { title: '', text: 'x', linkUrl: 'niet-een-adres', audience: 'personal', sendDate: '2020-01-01', sendTime: '09:00' });
    const text = cardText(res.card);
    expect(text).toMatch(/Er is niets opgeslagen/);
    expect(text).toMatch(/Geef de update een titel/);
    expect(text).toMatch(/geen geldig webadres/);
    expect(text).toMatch(/al voorbij/);
    // The values typed stay in the form.
    expect(JSON.stringify(res.card)).toContain('niet-een-adres');
    const stored = JSON.parse(await readFile(path.join(bot.dataDir, 'broadcasts.json'), 'utf-8')) as { data: { broadcasts: unknown[] } };
    expect(stored.data.broadcasts).toHaveLength(0);
  });

  it('Aanpassen brings the form back filled in; Annuleren throws the draft away', async () => {
    bot = await startTestBot({ env: leaders });
    await installPersonal(bot, 1);
    const { preview } = await composeAndPreview(bot);
    const id = draftIdOf(preview.card);
    const edit = await click(bot, BROADCAST_VERBS.edit, { id });
    expect(JSON.stringify(edit.card)).toContain(FORM.linkUrl);
    expect(cardText(edit.card)).toMatch(/Update aanpassen/);
    const again = await click(bot, BROADCAST_VERBS.preview, { ...FORM, title: 'Aangepaste titel', draftId: id });
    expect(cardText(again.card)).toContain('Aangepaste titel');
    expect(draftIdOf(again.card)).toBe(id);
    const gone = await click(bot, BROADCAST_VERBS.discard, { id });
    expect(cardText(gone.card)).toMatch(/Update weggegooid/);
    const confirm = await click(bot, BROADCAST_VERBS.confirm, { id });
    expect(confirm.message).toMatch(/bestaat niet/);
    expect(bot.connector.calls.filter((c) => c.conversationId === chatOf(1) && c.method === 'POST').length).toBe(1); // the welcome only
  });

  it('a non-leader cannot broadcast: the command and forged card actions are refused, nothing changes', async () => {
    bot = await startTestBot({ env: leaders });
    await installPersonal(bot, 2);
    const { preview } = await composeAndPreview(bot);
    const id = draftIdOf(preview.card);
    bot.connector.reset();
    const before = await readFile(path.join(bot.dataDir, 'broadcasts.json'), 'utf-8');

    await bot.post(personalMessage('update'));
    expect(bot.connector.messages().at(-1)?.body.text).toMatch(/alleen de projectleider/);
    for (const verb of [BROADCAST_VERBS.confirm, BROADCAST_VERBS.preview, BROADCAST_VERBS.cancel, BROADCAST_VERBS.approve, BROADCAST_VERBS.resend, BROADCAST_VERBS.edit, BROADCAST_VERBS.discard]) {
      const res = await bot.post(executeInvoke(verb, { id, ...FORM }, 'personal', PROFESSIONAL));
      expect((res.body as { value: string }).value).toMatch(/alleen de projectleider/);
    }
    await bot.post(submitValue({ verb: BROADCAST_VERBS.details, id }, 'personal', PROFESSIONAL));
    // Stopped, the bot has written everything it was going to write.
    const stopped = bot;
    bot = undefined;
    await stopped.stop({ keepData: true });
    expect(await readFile(path.join(stopped.dataDir, 'broadcasts.json'), 'utf-8')).toBe(before);
    expect(stopped.connector.calls.filter((c) => c.conversationId === chatOf(1) || c.conversationId === chatOf(2))).toHaveLength(0);
    await rm(stopped.dataDir, { recursive: true, force: true });
  });

  it('geen updates / wel updates in the personal chat; in a channel it explains', async () => {
    bot = await startTestBot({ env: leaders });
    await installPersonal(bot, 1);
    await bot.post(inChat(personalMessage('geen updates', person(1)) as Activity, chatOf(1)));
    expect(cardText(cardsTo(bot, chatOf(1)).at(-1))).toMatch(/geen updates van de projectleider meer/);
    const conv = JSON.parse(await readFile(path.join(bot.dataDir, 'conversations.json'), 'utf-8')) as { data: { conversations: Record<string, { updatesOptOut: boolean }> } };
    expect(conv.data.conversations[chatOf(1)]?.updatesOptOut).toBe(true);
    await bot.post(inChat(personalMessage('Wel updates', person(1)) as Activity, chatOf(1)));
    expect(cardText(cardsTo(bot, chatOf(1)).at(-1))).toMatch(/weer updates/);
    await bot.post(groupMessage('channel', 'geen updates'));
    expect(bot.connector.messages().at(-1)?.body.text).toMatch(/alleen in uw persoonlijke chat/);
  });

  it('channels audience: every channel and group chat with the bot, not the personal chats', async () => {
    bot = await startTestBot({ env: leaders });
    await installPersonal(bot, 2);
    await bot.post(botAdded('channel'));
    await bot.post(botAdded('groupChat'));
    bot.connector.reset();
    const { preview } = await composeAndPreview(bot, { ...FORM, audience: 'channels' });
    expect(cardText(preview.card)).toMatch(/Ontvangers 2 chats en kanalen/);
    await click(bot, BROADCAST_VERBS.confirm, { id: draftIdOf(preview.card) });
    await bot.app.idle();
    expect(cardText(cardsTo(bot, LEADER_CHAT, 'PUT').at(-1))).toMatch(/Update verstuurd/);
    const threads = bot.connector.calls.filter((c) => c.method === 'POST' && c.conversationId.startsWith('19:'));
    expect(threads.map((c) => c.conversationId).sort()).toEqual(['19:netwerk-af-general@thread.tacv2', '19:werkgroep-verwijsindex-chat@thread.v2']);
    expect(cardText(cardsTo(bot, '19:netwerk-af-general@thread.tacv2')[0])).not.toMatch(/geen updates/);
    expect(bot.connector.calls.filter((c) => c.conversationId === chatOf(1))).toHaveLength(0);
  });

  it('scheduled: sent at the chosen Amsterdam time, not before; a scheduled update can be cancelled', async () => {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    bot = await startTestBot({ env: leaders, clock });
    await installPersonal(bot, 2);
    bot.connector.reset();
    const { preview } = await composeAndPreview(bot, { ...FORM, sendDate: '2026-03-03', sendTime: '09:30' });
    expect(cardText(preview.card)).toMatch(/dinsdag 3 maart 2026, 09\.30 uur/);
    const first = draftIdOf(preview.card);
    const scheduled = await click(bot, BROADCAST_VERBS.confirm, { id: first });
    expect(cardText(scheduled.card)).toMatch(/Ingepland/);
    expect(cardActions(scheduled.card).map((a) => a.title)).toEqual(['Annuleren']);

    const second = draftIdOf((await composeAndPreview(bot, { ...FORM, title: 'Tweede update', sendDate: '2026-03-03', sendTime: '09:30' })).preview.card);
    await click(bot, BROADCAST_VERBS.confirm, { id: second });
    const cancelled = await click(bot, BROADCAST_VERBS.cancel, { id: second });
    expect(cardText(cancelled.card)).toMatch(/Update gestopt/);

    await clock.set('2026-03-03T08:29:00Z'); // 09:29 in Amsterdam
    await bot.app.idle();
    expect(bot.connector.calls.filter((c) => c.conversationId === chatOf(1))).toHaveLength(0);
    await clock.set('2026-03-03T08:30:00Z');
    await bot.app.idle();
    expect(broadcastCardsIn(bot, chatOf(1))).toHaveLength(1);
    expect(broadcastCardsIn(bot, chatOf(2))).toHaveLength(1);
    expect(bot.connector.calls.filter((c) => c.conversationId === chatOf(1) && cardText((c.body.attachments as Array<{ content: unknown }>)[0]?.content).includes('Tweede update'))).toHaveLength(0);
  });

  it('a scheduled update survives a restart and goes out at its time', async () => {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    bot = await startTestBot({ env: leaders, clock });
    await installPersonal(bot, 1);
    const { preview } = await composeAndPreview(bot, { ...FORM, sendDate: '2026-03-02', sendTime: '12:00' });
    await click(bot, BROADCAST_VERBS.confirm, { id: draftIdOf(preview.card) });
    // Nothing before sendAt: not at the confirmation, not at the restart, not a second before 12:00 in Amsterdam.
    await bot.app.idle();
    expect(broadcastCardsIn(bot, chatOf(1))).toHaveLength(0);
    const dataDir = bot.dataDir;
    await bot.stop({ keepData: true });
    bot = await startTestBot({ env: leaders, clock, dataDir });
    await bot.app.idle();
    expect(broadcastCardsIn(bot, chatOf(1))).toHaveLength(0);
    await clock.set('2026-03-02T10:59:59Z');
    await bot.app.idle();
    expect(broadcastCardsIn(bot, chatOf(1))).toHaveLength(0);
    await clock.set('2026-03-02T11:00:00Z');
    await bot.app.idle();
    expect(broadcastCardsIn(bot, chatOf(1))).toHaveLength(1);
  });
});

describe('approval by a second leader (BROADCAST_APPROVAL=true)', () => {
  const env = { PROJECT_LEADERS: `${LEADER.aadObjectId},${LEADER2.aadObjectId}`, BROADCAST_APPROVAL: 'true' };

  it('the draft goes to the other leader; the composer cannot approve; one approval sends it', async () => {
    bot = await startTestBot({ env });
    await installPersonal(bot, 2);
    await leaderSays(bot, 'help', LEADER2, LEADER2_CHAT); // the second leader has a personal chat with the bot
    bot.connector.reset();
    const { preview } = await composeAndPreview(bot);
    expect(cardText(preview.card)).toMatch(/eerst naar de andere projectleiders/);
    const id = draftIdOf(preview.card);
    const waiting = await click(bot, BROADCAST_VERBS.confirm, { id });
    expect(cardText(waiting.card)).toMatch(/Wacht op goedkeuring/);
    // The approval request arrived in the other leader's chat, with the exact update and two buttons.
    const request = cardsTo(bot, LEADER2_CHAT, 'POST').at(-1);
    expect(cardText(request)).toMatch(/Goedkeuring gevraagd/);
    expect(cardText(request)).toContain(FORM.title);
    expect(cardActions(request).map((a) => a.title)).toEqual(['Lees de meldcode', 'Goedkeuren', 'Afwijzen']);
    expect(bot.connector.calls.filter((c) => c.conversationId === chatOf(1))).toHaveLength(0);

    // The composer cannot approve their own update (forged click).
    const own = await click(bot, BROADCAST_VERBS.approve, { id });
    expect(own.message).toMatch(/eigen update niet goedkeuren/);
    expect(bot.connector.calls.filter((c) => c.conversationId === chatOf(1))).toHaveLength(0);

    const approved = await click(bot, BROADCAST_VERBS.approve, { id }, LEADER2, LEADER2_CHAT, 'approval-card-1');
    expect(cardText(approved.card)).toMatch(/Goedgekeurd door Tweede Projectleider/);
    await bot.app.idle();
    expect(broadcastCardsIn(bot, chatOf(1))).toHaveLength(1);
    expect(broadcastCardsIn(bot, chatOf(2))).toHaveLength(1);
    expect(cardText(cardsTo(bot, LEADER_CHAT, 'PUT').at(-1))).toMatch(/Update verstuurd/);
    expect(cardText(cardsTo(bot, LEADER_CHAT, 'PUT').at(-1))).toMatch(/Goedgekeurd door Tweede Projectleider/);
    // A second approval changes nothing.
    const twice = await click(bot, BROADCAST_VERBS.approve, { id }, LEADER2, LEADER2_CHAT);
    expect(twice.message).toMatch(/al goedgekeurd/);
    const audit = JSON.parse(await readFile(path.join(bot.dataDir, 'broadcasts.json'), 'utf-8')) as { data: { audit: Array<{ event: string; actor: string }> } };
    expect(audit.data.audit.map((a) => [a.event, a.actor])).toEqual([
      ['submitted', LEADER.aadObjectId],
      ['approved', LEADER2.aadObjectId],
      ['started', LEADER2.aadObjectId],
      ['finished', 'systeem'],
    ]);
  });

  it('a rejection sends nothing and tells the composer, who can adjust and offer it again', async () => {
    bot = await startTestBot({ env });
    await installPersonal(bot, 1);
    await leaderSays(bot, 'help', LEADER2, LEADER2_CHAT);
    const { preview } = await composeAndPreview(bot);
    const id = draftIdOf(preview.card);
    await click(bot, BROADCAST_VERBS.confirm, { id });
    const rejected = await click(bot, BROADCAST_VERBS.reject, { id }, LEADER2, LEADER2_CHAT);
    expect(cardText(rejected.card)).toMatch(/Afgewezen door Tweede Projectleider/);
    await bot.app.idle();
    const report = cardsTo(bot, LEADER_CHAT, 'PUT').at(-1);
    expect(cardActions(report).map((a) => a.title)).toEqual(['Aanpassen', 'Weggooien']);
    const edit = await click(bot, BROADCAST_VERBS.edit, { id });
    expect(cardText(edit.card)).toMatch(/Update aanpassen/);
    await bot.app.idle();
    expect(broadcastCardsIn(bot, chatOf(1))).toHaveLength(0);
  });

  it('with no other leader reachable the draft stays a draft and the leader is told why', async () => {
    bot = await startTestBot({ env });
    await installPersonal(bot, 1);
    const { preview } = await composeAndPreview(bot);
    const res = await click(bot, BROADCAST_VERBS.confirm, { id: draftIdOf(preview.card) });
    expect(cardText(res.card)).toMatch(/geen andere projectleider die Meldwijzer/);
    expect(cardActions(res.card).map((a) => a.title)).toContain('Versturen');
  });
});
