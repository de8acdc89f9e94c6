/**
 * Delivery benchmark (issue 12, "Done when"): the bot as it ships (no rate settings), an update to N people
 * (default 300, the leader included) through compose -> preview -> Versturen, against a stand-in Bot Connector on
 * 127.0.0.1 that lets at most 50 requests through in any one second (429 + Retry-After above it) and answers 2 %
 * with 503. While the update goes out, a professional asks a question (a reply in a turn) and a meeting reminder
 * falls due in a channel.
 *
 * Measures per run: the time from "Versturen" to the last recipient, against the floor N / 50 s measured in the
 * same run (ratio); lost and duplicate deliveries; the reply's round trip during the update against the same
 * question asked while nothing else was sending; the reminder's lateness (arrival at the connector minus its due
 * moment) during the update against one that fell due while idle; the connector's 429s, 503s and peak per second.
 *
 *   npx tsx bench/delivery.ts                 # 300 people, 3 runs
 *   npx tsx bench/delivery.ts --n 1000 --runs 3 --server-rate 50 --fail 0.02
 */
import { execSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { openGroupStore } from '../bot/groups/groupStore.ts';
import { reminderJobId, type Job, type Meeting } from '../bot/meetings/meetingSchema.ts';
import { openMeetingStore } from '../bot/meetings/meetingStore.ts';
import { toLocal } from '../bot/meetings/meetingTime.ts';
import { openConversationStore } from '../bot/platform/store/conversationStore.ts';
import { BROADCAST_VERBS } from '../cards/broadcastVerbs.ts';
import { findConfirmId, flag, freePort, health, killGroup, median, root, startBot, waitFor } from './benchKit.ts';
import { BOT_ID, executeInvoke, LEADER, PERSONAL_CONVERSATION, personalMessage, PROFESSIONAL, TENANT_ID } from '../test-support/activities.ts';
import { startConnectorServer, type ConnectorServer } from '../test-support/connectorServer.ts';

const N = Number(flag('n', '300'));
const RUNS = Number(flag('runs', '3'));
const serverRate = Number(flag('server-rate', '50'));
const failRate = Number(flag('fail', '0.02'));
const LEADER_CHAT = 'a:1personal-chat-with-leader';
const CHANNEL = '19:bench-werkgroep@thread.tacv2';
const QUESTION = 'Wat is de meldcode huiselijk geweld?';
const ZONE = 'Europe/Amsterdam';
/** After seeding: the idle reminder falls due then, the busy one then (the update is started 3 s before it). */
const IDLE_DUE_S = 20;
const BUSY_DUE_S = 32;

interface Result {
  recipients: number;
  seconds: number;
  floor: number;
  ratio: number;
  lost: number;
  duplicates: number;
  replyIdleMs: number;
  replyBusyMs: number;
  reminderIdleLateMs: number;
  reminderBusyLateMs: number;
  /** The connector refused the reminder's first attempt (a random 503 or a 429): its lateness includes a retry. */
  reminderBusyRefused: boolean;
  throttled: number;
  unavailable: number;
  peakPerSecond: number;
}



const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));

/**
 * What an installed app leaves behind, written straight into the data folder: N personal chats (the leader's and
 * the professional's among them), one channel linked to a group, and two meetings of that group with one reminder
 * each, due IDLE_DUE_S and BUSY_DUE_S seconds from now.
 */
async function seed(dataDir: string, serviceUrl: string): Promise<{ idleDue: number; busyDue: number; idleMeeting: string; busyMeeting: string }> {
  const now = new Date();
  const conversations: Record<string, unknown> = {};
  const add = (id: string, aad: string) => {
    conversations[id] = { conversationId: id, conversationType: 'personal', channelId: 'msteams', serviceUrl, tenantId: TENANT_ID, botId: BOT_ID, botName: 'Meldwijzer', userAadObjectId: aad, installedAt: now.toISOString(), lastSeenAt: now.toISOString(), active: true, updatesOptOut: false };
  };
  add(LEADER_CHAT, LEADER.aadObjectId);
  add(PERSONAL_CONVERSATION, PROFESSIONAL.aadObjectId);
  for (let i = 2; i < N; i++) add(`a:1${randomBytes(48).toString('base64url')}`, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  await mkdir(dataDir, { recursive: true });
  await writeFile(path.join(dataDir, 'conversations.json'), JSON.stringify({ version: 1, data: { conversations } }));

  const store = await openConversationStore(dataDir);
  await store.upsert({ conversationId: CHANNEL, conversationType: 'channel', channelId: 'msteams', serviceUrl, botId: BOT_ID, tenantId: TENANT_ID }, now);
  const groups = await openGroupStore(dataDir);
  const group = await groups.create({ name: 'Werkgroep meten' }, now);
  await groups.link(group.id, CHANNEL);
  const meetings = await openMeetingStore(dataDir);
  const idleDue = now.getTime() + IDLE_DUE_S * 1000;
  const busyDue = now.getTime() + BUSY_DUE_S * 1000;
  const ids: string[] = [];
  await meetings.transaction((d) => {
    for (const due of [idleDue, busyDue]) {
      const start = DateTime.fromMillis(due, { zone: ZONE }).plus({ hours: 1 }).startOf('minute').plus({ minutes: 1 });
      const m: Meeting = {
        id: randomUUID(),
        groupId: group.id,
        title: 'Werkgroepoverleg',
        start: toLocal(start),
        end: toLocal(start.plus({ hours: 1 })),
        zone: ZONE,
        location: 'Gemeentehuis',
        reminders: ['PT1H'],
        status: 'planned',
        sequence: 0,
        calendarToken: randomBytes(18).toString('base64url'),
        createdBy: LEADER.aadObjectId,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      d.meetings[m.id] = m;
      // The due moment is set to the second here (not an hour before the start) so it falls inside the measurement.
      const at = new Date(due).toISOString();
      const job: Job = { id: reminderJobId(m.id, 'PT1H'), meetingId: m.id, kind: 'reminder', moment: 'PT1H', dueAt: at, runAt: at, status: 'pending', attempts: 0 };
      d.jobs[job.id] = job;
      ids.push(m.id);
    }
  });
  await Promise.all([store.flush(), groups.flush(), meetings.flush()]);
  return { idleDue, busyDue, idleMeeting: ids[0] as string, busyMeeting: ids[1] as string };
}




async function post(url: string, activity: Record<string, unknown>): Promise<{ ms: number; body: unknown }> {
  const t = performance.now();
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  const ms = performance.now() - t;
  if (!res.ok) throw new Error(`benchmark: /api/messages answered ${res.status}`);
  return { ms, body: text ? (JSON.parse(text) as unknown) : undefined };
}

const ask = (url: string, connector: ConnectorServer) => post(url, { ...personalMessage(QUESTION), serviceUrl: connector.url });

function leaderInvoke(url: string, connector: ConnectorServer, verb: string, data: Record<string, unknown>) {
  return post(url, { ...executeInvoke(verb, data, 'personal', LEADER), serviceUrl: connector.url, replyToId: 'report-card-1', conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: LEADER_CHAT } });
}



async function runOnce(seedNo: number): Promise<Result> {
  const connector = await startConnectorServer({ ratePerSecond: serverRate, failRate, seed: seedNo });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'meldwijzer-delivery-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // As it ships: no TEAMS_RATE_PER_SECOND, no BROADCAST_/REMINDER_RATE_PER_SECOND.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    KNOWLEDGE_DIR: knowledgeDir,
    LOG_LEVEL: 'info',
    PROJECT_LEADERS: LEADER.aadObjectId,
  };
  const due = await seed(dataDir, connector.url);
  const child = startBot(env, path.join(dataDir, 'bot.log'));
  let finished = false;
  const firstReminder = () => connector.log.find((l) => l.conversationId === CHANNEL);
  try {
    await waitFor(() => health(url), 30_000, 100);
    if (Date.now() > due.idleDue - 2000) throw new Error('benchmark: the bot took too long to start for the seeded reminders');
    // Warm-up, then the idle reply: three questions while nothing else is sending (median).
    await ask(url, connector);
    const idle: number[] = [];
    for (let i = 0; i < 3; i++) idle.push((await ask(url, connector)).ms);
    // The idle reminder.
    const idleArrival = await waitFor(firstReminder, 20_000, 20);
    const preview = await leaderInvoke(url, connector, BROADCAST_VERBS.preview, { title: 'Meetupdate', text: 'Een update voor iedereen, om de levering te meten.', audience: 'personal' });
    const id = findConfirmId((preview.body as { value: unknown }).value);
    // Versturen 3 s before the second reminder falls due; a question 1.5 s into the update.
    await sleepUntil(due.busyDue - 3000);
    const logStart = connector.log.length;
    const statuses = new Map(connector.statuses);
    const t0 = Date.now();
    await leaderInvoke(url, connector, BROADCAST_VERBS.confirm, { id });
    await sleepUntil(t0 + 1500);
    const busyReply = (await ask(url, connector)).ms;
    const busyArrival = await waitFor(() => connector.log.find((l, i) => i >= logStart && l.conversationId === CHANNEL), 30_000, 20);
    const updates = () => connector.log.slice(logStart).filter((l) => String(l.summary).startsWith('Update:'));
    await waitFor(() => (new Set(updates().map((l) => l.conversationId)).size >= N ? true : undefined), 300_000, 5);
    const last = Math.max(...updates().map((l) => l.at));
    await waitFor(async () => ((await health(url))?.broadcasts as { sending?: number } | undefined)?.sending === 0 ? true : undefined, 60_000, 100);
    const seen = new Map<string, number>();
    for (const l of updates()) seen.set(l.conversationId, (seen.get(l.conversationId) ?? 0) + 1);
    const delta = (code: number) => (connector.statuses.get(code) ?? 0) - (statuses.get(code) ?? 0);
    finished = true;
    const seconds = (last - t0) / 1000;
    const floor = N / serverRate;
    return {
      recipients: N,
      seconds,
      floor,
      ratio: seconds / floor,
      lost: N - seen.size,
      duplicates: [...seen.values()].reduce((a, n) => a + n - 1, 0),
      replyIdleMs: Math.round(median(idle)),
      replyBusyMs: Math.round(busyReply),
      reminderIdleLateMs: idleArrival.at - due.idleDue,
      reminderBusyLateMs: busyArrival.at - due.busyDue,
      reminderBusyRefused: connector.refused.some((r) => r.conversationId === CHANNEL && r.at >= t0),
      throttled: delta(429),
      unavailable: delta(503),
      peakPerSecond: connector.peakPerSecond,
    };
  } finally {
    killGroup(child, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    killGroup(child, 'SIGKILL');
    await connector.close();
    // A run that did not finish keeps its data folder and the bot's log (bot.log) for a look.
    if (finished) await rm(dataDir, { recursive: true, force: true });
    else process.stderr.write(`benchmark: run did not finish; data and log kept in ${dataDir}\n`);
  }
}

// The committed knowledge base (the working tree's may be mid-edit by someone else), extracted once.
const knowledgeRoot = await mkdtemp(path.join(os.tmpdir(), 'meldwijzer-knowledge-'));
execSync(`git archive HEAD knowledge | tar -x -C ${JSON.stringify(knowledgeRoot)}`, { cwd: root });
const knowledgeDir = path.join(knowledgeRoot, 'knowledge');

const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
process.stdout.write(`Delivery benchmark: nproc ${os.cpus().length}, node ${process.version}, load ${load}; ${N} people, connector ${serverRate}/s with ${failRate * 100} % 503, bot as shipped\n`);
const results: Result[] = [];
for (let r = 0; r < RUNS; r++) {
  const res = await runOnce(2000 + r);
  results.push(res);
  process.stdout.write(`${JSON.stringify(res)}\n`);
}
type NumericKey = { [K in keyof Result]: Result[K] extends number ? K : never }[keyof Result];
const med = (k: NumericKey) => median(results.map((x) => x[k]));
const sum = (k: NumericKey) => results.reduce((a, x) => a + x[k], 0);
process.stdout.write(
  [
    '',
    '| figure | median of ' + RUNS + ' runs |',
    '| --- | --- |',
    `| update to ${N}: Versturen to the last recipient | ${med('seconds').toFixed(2)} s |`,
    `| floor N / ${serverRate} (same run) / ratio | ${med('floor').toFixed(2)} s / ${med('ratio').toFixed(2)} (runs: ${results.map((x) => x.ratio.toFixed(2)).join(', ')}) |`,
    `| reply round trip: idle / during the update / added | ${med('replyIdleMs')} ms / ${med('replyBusyMs')} ms / ${med('replyBusyMs') - med('replyIdleMs')} ms (worst run: ${Math.max(...results.map((x) => x.replyBusyMs - x.replyIdleMs))} ms) |`,
    `| reminder lateness: idle / during the update | ${med('reminderIdleLateMs')} ms / ${med('reminderBusyLateMs')} ms (worst run: ${Math.max(...results.map((x) => x.reminderBusyLateMs))} ms; first attempt refused by the connector in ${results.filter((x) => x.reminderBusyRefused).length} of ${RUNS} runs) |`,
    `| lost / duplicates (all runs) | ${sum('lost')} / ${sum('duplicates')} |`,
    `| 429s / 503s at the connector during the update (all runs) | ${sum('throttled')} / ${sum('unavailable')} |`,
    `| peak requests in any second at the connector | ${Math.max(...results.map((x) => x.peakPerSecond))} |`,
    '',
  ].join('\n'),
);
const ok = results.every((x) => x.lost === 0 && x.duplicates === 0 && x.ratio <= 1.35 && x.replyBusyMs - x.replyIdleMs <= 1000 && x.reminderBusyLateMs - x.reminderIdleLateMs <= 1000);
await rm(knowledgeRoot, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
