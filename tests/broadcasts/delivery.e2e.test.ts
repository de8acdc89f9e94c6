import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BROADCAST_VERBS } from '../../cards/broadcastVerbs.ts';
import { LEADER, personalMessage } from '../../test-support/activities.ts';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startConnectorServer, type ConnectorCall, type ConnectorServer, type ScriptedReply } from '../../test-support/connectorServer.ts';
import { FastClock, quickTransport } from '../../test-support/fastClock.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { chatOf, FORM, inChat, installPersonal, LEADER_CHAT } from './e2eKit.ts';
import { queueOnDisk, until } from './fakes.ts';

let bot: TestBot | undefined;
let connector: ConnectorServer | undefined;
afterEach(async () => {
  await bot?.stop();
  await connector?.close();
  bot = undefined;
  connector = undefined;
});

type Activity = Parameters<typeof inChat>[0];
const env = { PROJECT_LEADERS: LEADER.aadObjectId, BROADCAST_MAX_ATTEMPTS: '3' };
// Transport time (quickTransport: pace, Retry-After, backoff) runs 10 times faster than real time against the real
// HTTP connector (a send still has 3 s of real time before it counts as unanswered); one clock per test.
const isUpdate = (call: ConnectorCall) => call.method === 'POST' && String(call.body.summary).startsWith('Update:');
/** From the nth delivered update on, Teams answers slowly (200 ms): the test acts while the send is half done. */
const slowAfter = (n: number) => (call: ConnectorCall) => (isUpdate(call) && (connector?.delivered.size ?? 0) >= n ? 200 : 0);

/** The leader's chat lives at the stand-in connector too, so the report's updates are counted there. */
async function leaderAt(b: TestBot, c: ConnectorServer) {
  await b.post(inChat(personalMessage('hallo', LEADER) as Activity, LEADER_CHAT, c.url));
}
async function invoke(b: TestBot, c: ConnectorServer, verb: string, data: Record<string, unknown>) {
  const { executeInvoke } = await import('../../test-support/activities.ts');
  const res = await b.post({ ...inChat(executeInvoke(verb, data, 'personal', LEADER) as Activity, LEADER_CHAT, c.url), replyToId: 'report-1' });
  return (res.body as { value: unknown }).value as Record<string, unknown> | string;
}
async function broadcast(b: TestBot, c: ConnectorServer): Promise<string> {
  const preview = (await invoke(b, c, BROADCAST_VERBS.preview, FORM)) as Record<string, unknown>;
  const id = (cardActions(preview).find((a) => a.verb === BROADCAST_VERBS.confirm)?.data as { id: string }).id;
  await invoke(b, c, BROADCAST_VERBS.confirm, { id });
  return id;
}
/** How many times the update itself reached a conversation. */
const updatesIn = (c: ConnectorServer, conversationId: string) => c.log.filter((l) => l.conversationId === conversationId && String(l.summary).startsWith('Update:')).length;
const lastReport = (c: ConnectorServer) => {
  const u = c.updates.filter((x) => x.conversationId === LEADER_CHAT).at(-1);
  return cardText((u?.body.attachments as Array<{ content: unknown }> | undefined)?.[0]?.content);
};
const finished = (c: ConnectorServer) => /Update verstuurd|Update gestopt/.test(lastReport(c));
async function deliveryFile(b: Pick<TestBot, 'dataDir'>, id: string) {
  return new Map(queueOnDisk(b.dataDir, id).map((r) => [r.conversationId, r]));
}

describe('delivery against a connector that throttles, fails and refuses', () => {
  it('429 with Retry-After, 412, 502, 503, 504 are retried; 403/404 fail and mark inactive; 400 fails at once; nobody twice', async () => {
    const patterns: Record<string, ScriptedReply[]> = {
      [chatOf(1)]: [{ status: 429, retryAfter: '1' }, { status: 429, retryAfter: '1' }],
      [chatOf(2)]: [503, 503],
      [chatOf(3)]: [502],
      [chatOf(4)]: [504],
      [chatOf(5)]: [412],
      [chatOf(6)]: [403],
      [chatOf(7)]: [404],
      [chatOf(8)]: [400, 400, 400, 400],
      [chatOf(9)]: [503, 503, 503], // exhausts BROADCAST_MAX_ATTEMPTS=3
    };
    connector = await startConnectorServer();
    bot = await startTestBot({ env, app: quickTransport() });
    await installPersonal(bot, 12, connector.url);
    await leaderAt(bot, connector);
    connector.reset();
    connector.options.script = (conversationId, attempt) => patterns[conversationId]?.[attempt - 1];
    const id = await broadcast(bot, connector);
    await bot.app.idle();
    expect(finished(connector)).toBe(true);

    const ok = [1, 2, 3, 4, 5, 10, 11, 12].map(chatOf).concat(LEADER_CHAT);
    for (const c of ok) expect(updatesIn(connector, c), c).toBe(1);
    for (const c of [6, 7, 8, 9].map(chatOf)) expect(updatesIn(connector, c), c).toBe(0);
    const recs = await deliveryFile(bot, id);
    expect([6, 7, 8, 9].map((i) => [recs.get(chatOf(i))?.reason, recs.get(chatOf(i))?.attempts, recs.get(chatOf(i))?.lastStatus])).toEqual([
      ['removed', 1, 403],
      ['removed', 1, 404],
      ['rejected', 1, 400],
      ['server-error', 3, 503],
    ]);
    expect(recs.get(chatOf(1))?.attempts).toBe(3);
    const convs = JSON.parse(await readFile(path.join(bot.dataDir, 'conversations.json'), 'utf-8')) as { data: { conversations: Record<string, { active: boolean }> } };
    expect(convs.data.conversations[chatOf(6)]?.active).toBe(false);
    expect(convs.data.conversations[chatOf(7)]?.active).toBe(false);
    expect(convs.data.conversations[chatOf(8)]?.active).toBe(true);
    const report = lastReport(connector);
    expect(report).toMatch(/Verstuurd 9 van 13/);
    expect(report).toMatch(/Mislukt 4/);
    expect(report).toMatch(/Nog te gaan 0/);

    // Details: failures by reason.
    const { submitValue } = await import('../../test-support/activities.ts');
    await bot.post(inChat(submitValue({ verb: BROADCAST_VERBS.details, id }, 'personal', LEADER) as Activity, LEADER_CHAT, connector.url));
    const details = cardText((connector.lastBody.get(LEADER_CHAT)?.attachments as Array<{ content: unknown }>)[0]?.content);
    expect(details).toMatch(/\*\*2×\*\* Meldwijzer is uit de chat of het kanaal verwijderd.*\(HTTP 403, 404\)/);
    expect(details).toMatch(/\*\*1×\*\* Teams weigerde het bericht.*\(HTTP 400\)/);
    expect(details).toMatch(/\*\*1×\*\* Teams had een storing.*\(HTTP 503\)/);
    expect(details).toMatch(/Opnieuw proberen kan bij 2 ontvangers/);

    // Resend to the failed only: 8 (400 again) and 9 (now fine); never 6/7 (bot removed) or anyone who has it.
    patterns[chatOf(9)] = [];
    const resent = (await invoke(bot, connector, BROADCAST_VERBS.resend, { id })) as Record<string, unknown>;
    expect(cardText(resent)).toMatch(/Update wordt verstuurd/);
    await bot.app.idle();
    expect(finished(connector)).toBe(true);
    expect(lastReport(connector)).toMatch(/Verstuurd 10 van 13/);
    expect(updatesIn(connector, chatOf(9))).toBe(1);
    expect(updatesIn(connector, chatOf(8))).toBe(0);
    for (const c of ok) expect(updatesIn(connector, c), c).toBe(1);
    expect(lastReport(connector)).toMatch(/Mislukt 3/);
    // Again: now chat 8 answers 404 (the bot was removed there); after that nobody is left to resend to.
    patterns[chatOf(8)] = [404];
    connector.reset();
    connector.options.script = (conversationId, attempt) => patterns[conversationId]?.[attempt - 1];
    await invoke(bot, connector, BROADCAST_VERBS.resend, { id });
    await bot.app.idle();
    expect(finished(connector)).toBe(true);
    expect(connector.log.filter((l) => String(l.summary).startsWith('Update:'))).toHaveLength(0);
    expect((await deliveryFile(bot, id)).get(chatOf(8))?.reason).toBe('removed');
    expect(await invoke(bot, connector, BROADCAST_VERBS.resend, { id })).toMatch(/niemand om opnieuw naar te sturen/);
  }, 60_000);

  it('cancel while sending: the rest is skipped, nobody gets it after the stop', async () => {
    connector = await startConnectorServer({ latencyMs: 5, delayMs: slowAfter(5) });
    bot = await startTestBot({ env: { ...env, TEAMS_RATE_PER_SECOND: '10' }, app: quickTransport() });
    await installPersonal(bot, 30, connector.url);
    await leaderAt(bot, connector);
    connector.reset();
    const id = await broadcast(bot, connector);
    await until(() => connector!.delivered.size >= 5, 10_000);
    const stopped = (await invoke(bot, connector, BROADCAST_VERBS.cancel, { id })) as Record<string, unknown>;
    expect(cardText(stopped)).toMatch(/Update gestopt/);
    // The run has ended once the app is idle: whatever it sent is counted, and nothing can follow.
    await bot.app.idle();
    expect(lastReport(connector)).toMatch(/Update gestopt/);
    expect(lastReport(connector)).toMatch(/Nog te gaan 0/);
    const atStop = connector.delivered.size;
    expect(atStop).toBeLessThan(31);
    const recs = await deliveryFile(bot, id);
    expect([...recs.values()].filter((r) => r.state === 'sent')).toHaveLength(atStop);
    expect([...recs.values()].filter((r) => r.state === 'skipped' && r.reason === 'cancelled')).toHaveLength(31 - atStop);
    expect([...connector.delivered.values()].every((n) => n === 1)).toBe(true);
  });

  it('restart mid-send (stop, start again on the same data): the rest is delivered, nobody twice', async () => {
    connector = await startConnectorServer({ latencyMs: 5, delayMs: slowAfter(12) });
    const transport = quickTransport();
    bot = await startTestBot({ env: { ...env, TEAMS_RATE_PER_SECOND: '10' }, app: transport });
    await installPersonal(bot, 40, connector.url);
    await leaderAt(bot, connector);
    connector.reset();
    const id = await broadcast(bot, connector);
    await until(() => connector!.delivered.size >= 12, 10_000);
    const dataDir = bot.dataDir;
    await bot.stop({ keepData: true });
    const atStop = connector.delivered.size;
    expect(atStop).toBeLessThan(41);
    const recs = await deliveryFile({ dataDir }, id);
    expect([...recs.values()].filter((r) => r.state === 'sent')).toHaveLength(atStop);

    delete connector.options.delayMs;
    bot = await startTestBot({ env: { ...env, TEAMS_RATE_PER_SECOND: '10' }, dataDir, app: transport });
    await bot.app.idle();
    expect(finished(connector)).toBe(true);
    expect(connector.delivered.size).toBe(41);
    expect([...connector.delivered.values()].every((n) => n === 1)).toBe(true);
    expect(lastReport(connector)).toMatch(/Verstuurd 41 van 41/);
  });

  it('crash mid-send (the data as a SIGKILL leaves it, sends in flight): the restart loses nobody, duplicates stay within the bound', async () => {
    connector = await startConnectorServer({ latencyMs: 2 });
    const firstClock = new FastClock(10);
    const first = await startTestBot({ env: { ...env, TEAMS_RATE_PER_SECOND: '20' }, app: quickTransport(firstClock) });
    bot = first;
    await installPersonal(first, 60, connector.url);
    await leaderAt(first, connector);
    connector.reset();
    // From the 26th update on, Teams takes each message but the answers never come back; the bot stalls with sends in flight.
    let updates = 0;
    connector.options.onCall = (call) => {
      if (isUpdate(call) && ++updates === 26) (connector as ConnectorServer).hold = true;
    };
    const id = await broadcast(first, connector);
    await until(() => connector!.heldCount >= 7, 10_000); // maxInFlight at 20/s
    // The "crash": the first process does nothing more (none of its timers fires: no send times out and is tried
    // again), and the data directory is as it is on disk at this moment.
    firstClock.pause();
    const crashDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-crash-'));
    await cp(first.dataDir, crashDir, { recursive: true });
    const onDisk = queueOnDisk(crashDir, id);
    const recordedSent = onDisk.filter((r) => r.state === 'sent').length;
    const deliveredAtCrash = connector.delivered.size;
    expect(deliveredAtCrash - recordedSent).toBeGreaterThan(0);
    expect(deliveredAtCrash - recordedSent).toBeLessThanOrEqual(11); // maxUnconfirmed at 20/s

    // A new process on the crashed data; Teams answers again.
    connector.hold = false;
    // Transport time goes on from where the first process left it (retry moments on disk are in that time).
    const second = await startTestBot({ env: { ...env, TEAMS_RATE_PER_SECOND: '20' }, dataDir: crashDir, app: quickTransport(new FastClock(10, firstClock.now())) });
    try {
      await second.app.idle();
      expect(lastReport(connector)).toMatch(/Verstuurd 61 van 61/);
      const counts = [...connector.delivered.values()];
      const duplicates = counts.reduce((a, n) => a + n - 1, 0);
      expect(connector.delivered.size).toBe(61); // nobody lost
      expect(duplicates).toBeLessThanOrEqual(11);
      expect(duplicates).toBe(deliveredAtCrash - recordedSent); // exactly the ones delivered but not yet recorded
      expect(queueOnDisk(crashDir, id).every((r) => r.state === 'sent')).toBe(true);
    } finally {
      await second.stop();
      connector.releaseHeld();
      firstClock.resume(); // so the first process can be stopped after the test
      await rm(crashDir, { recursive: true, force: true });
    }
  }, 60_000);
});
