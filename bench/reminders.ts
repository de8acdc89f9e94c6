/**
 * Reminder benchmark (issue 3): 1,000 meetings with 3 reminder moments each (7 days, 1 day and 1 hour before)
 * over 200 conversations, sent by the real app in local mode to a stand-in connector on 127.0.0.1.
 *
 * Measures, per run: how late each reminder arrives at the connector (median, p95, max), whether the number sent
 * equals the number due (and none twice), and CPU and memory while idle with the whole schedule loaded.
 *
 * Time: the app runs on a clock that goes 60x faster than real time (1 minute of meeting time per real second), and
 * jumps between the three reminder moments (it skips the ~6 days between them). Lateness is measured in real
 * milliseconds: from the real moment the clock reached a reminder's due time to its arrival at the connector.
 * Pacing of connector calls is in real time, as in production.
 *
 *   npx tsx bench/reminders.ts [--runs 3] [--rate 100]
 *
 * Each run is a fresh Node process (so memory figures are not inherited from an earlier run); the parent prints
 * every run and the median.
 *
 * --rate is the app's delivery budget in connector calls per second (the product default is 50, Teams' ~50/s per
 * app and tenant, shared by everything the bot sends). The default run uses 100 so that 3,000 sends fit in well
 * under two minutes.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { randomBytes, randomUUID } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import type { Clock } from '../bot/platform/clock.ts';
import { openGroupStore } from '../bot/groups/groupStore.ts';
import { createLogger } from '../bot/platform/log.ts';
import { startApp } from '../bot/main.ts';
import { reminderJobId, type Job, type Meeting } from '../bot/meetings/meetingSchema.ts';
import { openMeetingStore } from '../bot/meetings/meetingStore.ts';
import { reminderDueAt, toLocal } from '../bot/meetings/meetingTime.ts';
import type { ReminderMoment } from '../bot/meetings/moments.ts';
import { openConversationStore } from '../bot/platform/store/conversationStore.ts';

/** The leader who "planned" the benchmark's meetings (an Azure AD object id, as PROJECT_LEADERS requires). */
const BENCH_LEADER = '0b0b0b0b-0000-4000-8000-00000000be4c';

const MEETINGS = 1000;
const CONVERSATIONS = 200;
const MOMENTS: ReminderMoment[] = ['P7D', 'P1D', 'PT1H'];
/** Meetings start on this many distinct minutes (so reminders come in bursts, as meetings start on the hour). */
const SLOTS = 10;
const SPEED = 60;
const ZONE = 'Europe/Amsterdam';
/** Tuesday 18 May 2027, 10.00: no clock change within a week before. */
const BASE = DateTime.fromISO('2027-05-18T10:00', { zone: ZONE });
const IDLE_MS = 3000;

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const RUNS = arg('runs', 3);
const RATE = arg('rate', 100);

/** A clock that runs SPEED times faster than real time and can jump; its timers follow both. */
class FastClock implements Clock {
  #simBase: number;
  #realBase = performance.now();
  #timers = new Map<number, { at: number; fn: () => void; handle: NodeJS.Timeout }>();
  #id = 0;
  constructor(start: number) {
    this.#simBase = start;
  }
  nowMs(): number {
    return this.#simBase + (performance.now() - this.#realBase) * SPEED;
  }
  now(): Date {
    return new Date(Math.floor(this.nowMs()));
  }
  /** The real time (Date.now() scale) at which this clock shows simMs. */
  realAt(simMs: number): number {
    return Date.now() + (simMs - this.nowMs()) / SPEED;
  }
  setTimer(fn: () => void, ms: number): () => void {
    const id = ++this.#id;
    const at = this.nowMs() + Math.max(0, ms);
    this.#timers.set(id, { at, fn, handle: this.#arm(id, at, fn) });
    return () => {
      const t = this.#timers.get(id);
      if (t) clearTimeout(t.handle);
      this.#timers.delete(id);
    };
  }
  jumpTo(simMs: number): void {
    this.#simBase = simMs;
    this.#realBase = performance.now();
    for (const [id, t] of this.#timers) {
      clearTimeout(t.handle);
      t.handle = this.#arm(id, t.at, t.fn);
    }
  }
  #arm(id: number, at: number, fn: () => void): NodeJS.Timeout {
    const delay = Math.min(2_000_000_000, Math.max(0, (at - this.nowMs()) / SPEED));
    const handle = setTimeout(() => {
      if (this.nowMs() + 1 < at) {
        const t = this.#timers.get(id);
        if (t) t.handle = this.#arm(id, at, fn);
        return;
      }
      this.#timers.delete(id);
      fn();
    }, delay);
    handle.unref?.();
    return handle;
  }
}

interface Received {
  t: number;
  method: string;
  conversationId: string;
  meetingId: string | undefined;
}

async function startConnector(): Promise<{ port: number; received: Received[]; stop(): void }> {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'standInConnector.ts');
  const child = fork(file, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const received: Received[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (m: { ready?: number } & Partial<Received>) => {
      if (m.ready !== undefined) resolve(m.ready);
      else received.push(m as Received);
    });
  });
  return { port, received, stop: () => child.disconnect() };
}

async function seed(dataDir: string, serviceUrl: string, now: Date): Promise<Map<string, Meeting>> {
  const conversations = await openConversationStore(dataDir);
  const groups = await openGroupStore(dataDir);
  const meetings = await openMeetingStore(dataDir);
  const groupIds: string[] = [];
  for (let i = 0; i < CONVERSATIONS; i++) {
    // 120 channels, 40 group chats, 40 personal chats of followers.
    const type = i < 120 ? 'channel' : i < 160 ? 'groupChat' : 'personal';
    const conversationId = type === 'channel' ? `19:bench-channel-${i}@thread.tacv2` : type === 'groupChat' ? `19:bench-chat-${i}@thread.v2` : `a:1bench-personal-${i}`;
    await conversations.upsert(
      { conversationId, conversationType: type, channelId: 'msteams', serviceUrl, botId: '28:bench-bot', tenantId: 'bench-tenant', ...(type === 'personal' ? { userAadObjectId: `aad-${i}` } : {}) },
      now,
    );
    const g = await groups.create({ name: `Benchgroep ${i}` }, now);
    if (type === 'personal') await groups.follow(g.id, `aad-${i}`);
    else await groups.link(g.id, conversationId);
    groupIds.push(g.id);
  }
  const byId = new Map<string, Meeting>();
  await meetings.transaction((d) => {
    for (let j = 0; j < MEETINGS; j++) {
      const start = BASE.plus({ minutes: Math.floor((j * SLOTS) / MEETINGS) });
      const m: Meeting = {
        id: randomUUID(),
        groupId: groupIds[j % CONVERSATIONS] as string,
        title: `Benchvergadering ${j}`,
        start: toLocal(start),
        end: toLocal(start.plus({ hours: 1 })),
        zone: ZONE,
        location: 'Gemeentehuis',
        reminders: MOMENTS,
        status: 'planned',
        sequence: 0,
        calendarToken: randomBytes(18).toString('base64url'),
        createdBy: BENCH_LEADER,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      d.meetings[m.id] = m;
      byId.set(m.id, m);
      for (const moment of MOMENTS) {
        const due = reminderDueAt(m.start, moment, ZONE).toISOString();
        const job: Job = { id: reminderJobId(m.id, moment), meetingId: m.id, kind: 'reminder', moment, dueAt: due, runAt: due, status: 'pending', attempts: 0 };
        d.jobs[job.id] = job;
      }
    }
  });
  await Promise.all([conversations.flush(), groups.flush(), meetings.flush()]);
  return byId;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] ?? NaN;

interface RunResult {
  due: number;
  sent: number;
  duplicates: number;
  p50: number;
  p95: number;
  max: number;
  /** Lateness of the first reminder of each burst (same due time): wake-up, write and HTTP, without pacing. */
  firstP50: number;
  firstMax: number;
  loadAvg: number;
  idleCpuPct: number;
  rssMb: number;
  heapMb: number;
  fileKb: number;
  startMs: number;
  seconds: number;
}

async function runOnce(): Promise<RunResult> {
  const began = Date.now();
  const connector = await startConnector();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-bench-'));
  try {
    const firstDue = BASE.minus({ days: 7 }).toMillis();
    const clock = new FastClock(firstDue - 3 * 3_600_000); // 3 hours (3 real minutes) before anything is due
    const meetings = await seed(dataDir, `http://127.0.0.1:${connector.port}/`, clock.now());
    const fileKb = (await stat(path.join(dataDir, 'meetings.json'))).size / 1024;
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    const t0 = performance.now();
    const app = await startApp({
      env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'info', PROJECT_LEADERS: BENCH_LEADER },
      log: createLogger('info', sink),
      clock,
      // The app's whole delivery budget (here only reminders use it); above Teams' 50 only against this stand-in.
      deliveryRatePerSecond: RATE,
    });
    const startMs = performance.now() - t0;
    const health = (await (await fetch(`${app.url}/healthz`)).json()) as { reminders: { pendingJobs: number } };
    if (health.reminders.pendingJobs !== MEETINGS * MOMENTS.length) throw new Error(`schedule not loaded: ${health.reminders.pendingJobs}`);

    // Idle with the schedule loaded. First let the start settle: the daily clean-up's catch-up run comes one
    // minute of clock time (one real second) after the start.
    await new Promise((r) => setTimeout(r, 2000));
    (globalThis as { gc?: () => void }).gc?.();
    const cpu0 = process.cpuUsage();
    const idle0 = performance.now();
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const cpu = process.cpuUsage(cpu0);
    const idleCpuPct = ((cpu.user + cpu.system) / 1000 / (performance.now() - idle0)) * 100;
    const mem = process.memoryUsage();

    // Three phases: the 7-day, 1-day and 1-hour moments; the clock jumps to 30 s (meeting time) before each.
    const lateness: number[] = [];
    const firstOfBurst = new Map<string, number>();
    const seen = new Set<string>();
    let duplicates = 0;
    let sent = 0;
    for (const [phase, moment] of MOMENTS.entries()) {
      const dueTimes = new Map<string, number>();
      for (const m of meetings.values()) dueTimes.set(m.id, reminderDueAt(m.start, moment, ZONE).getTime());
      const earliest = Math.min(...dueTimes.values());
      const from = connector.received.length;
      const phaseLate: number[] = [];
      clock.jumpTo(earliest - 30_000);
      const deadline = Date.now() + 120_000;
      while (connector.received.length - from < MEETINGS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300)); // anything extra (a duplicate) would arrive now
      for (const r of connector.received.slice(from)) {
        if (r.method !== 'POST' || !r.meetingId) continue;
        sent++;
        const key = `${phase}|${r.meetingId}|${r.conversationId}`;
        if (seen.has(key)) duplicates++;
        seen.add(key);
        const due = dueTimes.get(r.meetingId);
        if (due !== undefined) {
          const late = r.t - clock.realAt(due);
          lateness.push(late);
          phaseLate.push(late);
          const burst = `${phase}|${due}`;
          firstOfBurst.set(burst, Math.min(firstOfBurst.get(burst) ?? Infinity, late));
        }
      }
      if (process.env.BENCH_DEBUG) {
        phaseLate.sort((a, b) => a - b);
        console.log(`  phase ${moment}: n=${phaseLate.length} p50 ${quantile(phaseLate, 0.5).toFixed(0)} max ${phaseLate.at(-1)?.toFixed(0)}`);
      }
    }
    await app.close();
    lateness.sort((a, b) => a - b);
    const firsts = [...firstOfBurst.values()].sort((a, b) => a - b);
    return {
      firstP50: quantile(firsts, 0.5),
      firstMax: firsts[firsts.length - 1] ?? NaN,
      loadAvg: loadavg()[0] ?? NaN,
      due: MEETINGS * MOMENTS.length,
      sent,
      duplicates,
      p50: quantile(lateness, 0.5),
      p95: quantile(lateness, 0.95),
      max: lateness[lateness.length - 1] ?? NaN,
      idleCpuPct,
      rssMb: mem.rss / 2 ** 20,
      heapMb: mem.heapUsed / 2 ** 20,
      fileKb,
      startMs,
      seconds: (Date.now() - began) / 1000,
    };
  } finally {
    connector.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

const line = (r: RunResult) =>
  `sent ${r.sent}/${r.due} (duplicates ${r.duplicates}), lateness p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, max ${r.max.toFixed(0)} ms, ` +
  `first of each burst p50 ${r.firstP50.toFixed(0)} ms, max ${r.firstMax.toFixed(0)} ms; idle CPU ${r.idleCpuPct.toFixed(2)} %, RSS ${r.rssMb.toFixed(0)} MB, ` +
  `heap ${r.heapMb.toFixed(0)} MB; meetings.json ${r.fileKb.toFixed(0)} KB; start ${r.startMs.toFixed(0)} ms; load ${r.loadAvg.toFixed(1)}; ${r.seconds.toFixed(0)} s`;

if (args.includes('--one')) {
  // A child: one run, the result to the parent.
  const r = await runOnce();
  process.send?.(r);
} else {
  const results: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    const child = fork(fileURLToPath(import.meta.url), ['--one', '--rate', String(RATE)], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const r = await new Promise<RunResult>((resolve, reject) => {
      child.once('message', (m) => resolve(m as RunResult));
      child.once('exit', (code) => reject(new Error(`run ${i + 1} ended with code ${code}`)));
    });
    results.push(r);
    console.log(`run ${i + 1}: ${line(r)}`);
  }
  const pick = (f: (r: RunResult) => number) => median(results.map(f));
  const m: RunResult = {
    due: pick((r) => r.due),
    sent: pick((r) => r.sent),
    duplicates: pick((r) => r.duplicates),
    p50: pick((r) => r.p50),
    p95: pick((r) => r.p95),
    max: pick((r) => r.max),
    firstP50: pick((r) => r.firstP50),
    firstMax: pick((r) => r.firstMax),
    loadAvg: pick((r) => r.loadAvg),
    idleCpuPct: pick((r) => r.idleCpuPct),
    rssMb: pick((r) => r.rssMb),
    heapMb: pick((r) => r.heapMb),
    fileKb: pick((r) => r.fileKb),
    startMs: pick((r) => r.startMs),
    seconds: pick((r) => r.seconds),
  };
  console.log(`\nmedian of ${RUNS} runs (pacing ${RATE}/s): ${line(m)}`);
  if (results.some((r) => r.sent !== r.due || r.duplicates > 0)) {
    console.error('FAIL: sent differs from due, or a reminder was sent twice');
    process.exitCode = 1;
  }
}
