import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from './config.ts';
import { createLogger, type Logger } from './platform/log.ts';
import type { AnswerService } from './answers/answerService.ts';
import { openConversationStore, type ConversationRecord } from './platform/store/conversationStore.ts';
import { acquireDataDirLock, type DataDirLock } from './platform/store/dataDirLock.ts';
import { embeddedBackend } from './platform/store/storeBackend.ts';
import type { PgDatabase } from './platform/store/pgDatabase.ts';
import { soleLeadership, type Leadership } from './platform/leadership.ts';
import type { QueuedDelivery, QueuedDeliveryHealth } from './platform/delivery/queuedDelivery.ts';
import { describeError } from './platform/describeError.ts';
import { StartupError } from './platform/startupError.ts';
import { startDailyCleanup } from './platform/dailyCleanup.ts';
import { activityProcessor, createAdapter } from './teams/adapter.ts';
import { MeldwijzerBot } from './teams/meldwijzerBot.ts';
import type { Router } from './teams/router.ts';
import { createServer, localModeServiceUrlAllowed } from './server.ts';
import type { Feature } from './teams/feature.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import type { SchedulerOptions } from './meetings/reminderScheduler.ts';
import { createProactiveSender } from './teams/proactiveSender.ts';
import { createDelivery, type Delivery } from './platform/delivery/delivery.ts';
import { DeliveryLimiter } from './platform/delivery/deliveryLimiter.ts';
import type { AppModule, Eraser, Platform } from './platform/module.ts';
import { createAnswersModule } from './answers/module.ts';
import { createGroupsModule } from './groups/module.ts';
import { createMeetingsModule } from './meetings/module.ts';
import { createBroadcastsModule } from './broadcasts/module.ts';
import { createInsightsModule } from './insights/module.ts';
import { createPrivacyModule } from './privacy/module.ts';
import { createExpertsModule } from './experts/module.ts';
import { createTeamsRoster } from './teams/teamRoster.ts';
import { detectPersonalData } from './answers/personalData.ts';
import { screenMessage } from './answers/safetyScreen.ts';

export interface App {
  readonly url: string;
  readonly config: Config;
  /** The router built from the real features: the app manifest's command lists and the card tests read it. */
  readonly router: Router;
  readonly log: Logger;
  /** Erases what every store holds about a person; returns counts per store (throws an ErasureError if a store failed). */
  erasePerson(aadObjectId: string): Promise<Record<string, number>>;
  /** Runs every retention purge once; returns counts per store. */
  purgeExpired(now: Date): Promise<Record<string, number>>;
  /** Resolves when no reminder run, broadcast run or card update is under way: tests await it instead of sleeping. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** What App.erasePerson throws when a store failed: the counts of the stores that did erase, and the ones that failed. */
export class ErasureError extends Error {
  constructor(
    readonly counts: Readonly<Record<string, number>>,
    readonly failed: readonly string[],
  ) {
    super(`erasing failed in: ${failed.join(', ')}`);
    this.name = 'ErasureError';
  }
}

/** The composition root: config -> store -> services -> Teams adapter -> HTTP server. */
export interface StartOptions {
  /** Environment to configure from; defaults to the process environment (read in config.ts). */
  env?: Record<string, string | undefined>;
  log?: Logger;
  /** Tests pass a ManualClock to drive schedulers. */
  clock?: Clock;
  /** false: build everything but open no port (the packaging script only needs the commands). Default true. */
  listen?: boolean;
  /** Features added after the real ones; for tests (e.g. one that throws, to test the apology). */
  extraFeatures?: readonly Feature[];
  /** How long close() waits for turns in flight. Default 5 s. */
  shutdownGraceMs?: number;
  /** Reminder scheduler tuning (pacing, batch size); for the benchmark and tests. Defaults suit Teams' limits. */
  reminderOptions?: SchedulerOptions;
  /** Real time for pacing connector calls (a ManualClock as `clock` must not stall HTTP); tests may pass virtual time. */
  transportClock?: Clock;
  /** The app's budget in requests per second, overriding TEAMS_RATE_PER_SECOND (benchmarks against a stand-in only: may exceed Teams' 50). */
  deliveryRatePerSecond?: number;
  /** Longest wait for authentication (signing keys); default 10 s. */
  authTimeoutMs?: number;
  /** A ready answer service instead of one built from KNOWLEDGE_DIR: tests share one per process (building it takes about a second). */
  answers?: AnswerService;
}

export async function startApp(options: StartOptions = {}): Promise<App> {
  const config = loadConfig(options.env);
  const log = options.log ?? createLogger(config.logLevel);
  // One process per DATA_DIR (the stores write whole files): taken before any store opens, released by close(),
  // on exit, or here when the start fails. A second start on the same directory is refused. Scaled, the data is in
  // PostgreSQL and any number of instances may run: no lock.
  const lock: DataDirLock = config.scaled ? { file: '', release: () => Promise.resolve() } : await acquireDataDirLock(path.resolve(config.dataDir), log);
  try {
    return await composeApp(options, config, log, lock);
  } catch (err) {
    await lock.release();
    throw err;
  }
}

/** What only the scaled mode needs (PostgreSQL stores and leadership, the shared queue on Redis), loaded on demand. */
async function loadScaledParts() {
  const [pgDatabase, pgStore, pgLeadership, queuedDelivery, redisCheck] = await Promise.all([
    import('./platform/store/pgDatabase.ts'),
    import('./platform/store/pgStore.ts'),
    import('./platform/pgLeadership.ts'),
    import('./platform/delivery/queuedDelivery.ts'),
    import('./platform/delivery/checkRedisForQueues.ts'),
  ]);
  return {
    openPgDatabase: pgDatabase.openPgDatabase,
    postgresBackend: pgStore.postgresBackend,
    pgLeadership: pgLeadership.pgLeadership,
    createQueuedDelivery: queuedDelivery.createQueuedDelivery,
    checkRedisForQueues: redisCheck.checkRedisForQueues,
  };
}

async function composeApp(options: StartOptions, config: Config, log: Logger, lock: DataDirLock): Promise<App> {
  const clock = options.clock ?? systemClock;
  const startedAt = clock.now().getTime();
  const dataDir = path.resolve(config.dataDir);
  for (const d of config.deprecated) log.warn({ event: 'config-deprecated', name: d.name, replacedBy: d.replacedBy }, `${d.name} is deprecated, use ${d.replacedBy}: ${d.note}`);

  const adapter = createAdapter(config, log, options.authTimeoutMs === undefined ? {} : { authTimeoutMs: options.authTimeoutMs });
  // Scaled (DATABASE_URL and REDIS_URL): the stores in PostgreSQL, sending on BullMQ, background work on one instance.
  // The scaled mode's clients (pg, node-pg-migrate, BullMQ, ioredis) are loaded only when it is configured: a local
  // start does not spend half a second on them.
  const scaled = config.scaled ? { ...config.scaled, ...(await loadScaledParts()) } : undefined;
  let database: PgDatabase | undefined;
  let queued: QueuedDelivery<ConversationRecord> | undefined;
  const leadership = scaled ? scaled.pgLeadership({ url: scaled.databaseUrl, log }) : soleLeadership();
  const released: Array<() => Promise<void>> = [() => leadership.stop()];
  try {
    if (scaled) {
      await scaled.checkRedisForQueues(scaled.redisUrl);
      database = await scaled.openPgDatabase({ url: scaled.databaseUrl, log });
      const db = database;
      released.push(() => db.close());
    }
    const stores = scaled && database ? scaled.postgresBackend(database) : embeddedBackend(dataDir);
    const conversations = await openConversationStore(stores);
    // Everything the bot sends to Teams shares one budget and one sender; no SDK retries, so every 429 and 5xx is
    // seen and classified once, and each kind of message retries by its own policy (reminders at most once).
    // One timeout on every attempt (SEND_TIMEOUT_MS): a hung connector call is given up on as maybe delivered.
    // Scaled, the budget is kept in Redis for all instances together (queuedDelivery.ts).
    const sender = createProactiveSender(adapter, config.bot.appId, { timeoutMs: config.delivery.sendTimeoutMs });
    const ratePerSecond = options.deliveryRatePerSecond ?? config.delivery.ratePerSecond;
    let delivery: Delivery<ConversationRecord>;
    if (scaled) {
      queued = await scaled.createQueuedDelivery({ connection: scaled.redisUrl, sender, ratePerSecond, timeoutMs: config.delivery.sendTimeoutMs, log });
      const q = queued;
      released.unshift(() => q.close());
      delivery = queued.delivery;
    } else {
      delivery = createDelivery({
        sender,
        limiter: new DeliveryLimiter({ ratePerSecond, clock: options.transportClock ?? systemClock }),
        timeoutMs: config.delivery.sendTimeoutMs,
        clock: options.transportClock ?? systemClock,
      });
    }
    const platform: Platform = { config, log, clock, transportClock: options.transportClock, dataDir, stores, conversations, delivery, runsBackground: () => leadership.isLeader() };
    return await composeModules(options, platform, { adapter, lock, leadership, database, queued, released, startedAt });
  } catch (err) {
    for (const release of released) await release().catch(() => undefined);
    throw err;
  }
}

interface Infrastructure {
  adapter: ReturnType<typeof createAdapter>;
  lock: DataDirLock;
  leadership: Leadership;
  database: PgDatabase | undefined;
  queued: QueuedDelivery<ConversationRecord> | undefined;
  /** Closed last, in this order (the queue, the leader lock, the database). */
  released: Array<() => Promise<void>>;
  startedAt: number;
}

async function composeModules(options: StartOptions, platform: Platform, infra: Infrastructure): Promise<App> {
  const { config, log, clock, conversations, delivery } = platform;
  const { adapter, lock, leadership, database, queued, released, startedAt } = infra;

  // The feature modules, built in the order they depend on each other, listed in the order of the help card.
  let router: Router | undefined;
  let expertsAvailable = (): boolean => false;
  const answers = await createAnswersModule(platform, {
    answers: options.answers,
    router: () => {
      if (!router) throw new Error('router not ready');
      return router;
    },
    // In the personal chat only: a question in a channel is visible to all.
    canAskExpert: (turn) => turn.conversationType === 'personal' && expertsAvailable(),
  });
  const groups = await createGroupsModule(platform);
  const meetings = await createMeetingsModule(platform, { groups, reminderOptions: options.reminderOptions });
  const broadcasts = await createBroadcastsModule(platform, { groups });
  const experts = await createExpertsModule(platform, {
    groups: groups.groups,
    members: createTeamsRoster(adapter, config.bot.appId, config.delivery.sendTimeoutMs),
    personalData: detectPersonalData,
    danger: screenMessage,
    redact: (text) => detectPersonalData(text).redacted,
  });
  expertsAvailable = () => experts.available();
  groups.addFormOption(experts.groupFormOption);
  const insights = createInsightsModule(platform, {
    answerLog: answers.answerLog,
    titleOf: (id) => answers.answers.byId(id)?.title,
    experts: (now) => (experts.available() ? experts.stats(now) : undefined),
  });
  const privacy = createPrivacyModule(platform, (id) => eraseEverything(id));
  const modules: readonly AppModule[] = [answers, privacy, insights, meetings, groups, broadcasts, experts];

  const features: Feature[] = [...modules.flatMap((m) => m.features ?? []), ...(options.extraFeatures ?? [])];
  const stores = [conversations, ...modules.flatMap((m) => m.stores ?? [])];
  const retentionJobs = modules.flatMap((m) => m.retention ?? []);
  // The personal chat is forgotten last: the erasers before it may still need to find it.
  const erasers: Eraser[] = [...modules.flatMap((m) => m.erasers ?? []), { name: 'personal-chat', erase: (id) => conversations.forgetPersonalChats(id) }];
  const health: Record<string, () => unknown> = Object.assign({}, ...modules.map((m) => m.health ?? {}));
  const hooks = Object.assign({}, ...modules.map((m) => m.teams ?? {})) as NonNullable<AppModule['teams']>;
  const shutdownSteps = modules.flatMap((m) => (m.stop ? [m.stop] : []));

  /** Runs every eraser (one failing does not stop the others). */
  async function eraseEverything(id: string) {
    const counts: Record<string, number> = {};
    const failed: string[] = [];
    for (const e of erasers) {
      try {
        counts[e.name] = await e.erase(id);
      } catch (err) {
        failed.push(e.name);
        log.error({ event: 'erase-failed', store: e.name, err: describeError(err) }, 'erasing personal data failed');
      }
    }
    return { counts, failed };
  }
  if (options.listen !== false) {
    // Every instance keeps the daily timer; the purge runs on the one that runs the background work.
    const jobs = retentionJobs.map((j) => ({ name: j.name, purge: (now: Date) => (leadership.isLeader() ? j.purge(now) : Promise.resolve(0)) }));
    const cleanup = startDailyCleanup({ clock, jobs, log, timezone: config.timezone });
    shutdownSteps.push(() => cleanup.stop());
    health.retention = () => cleanup.status();
  }
  if (database) {
    const db = database;
    health.database = () => {
      const h = db.health();
      return { ok: h.ok, listening: h.listening, lastError: h.lastError?.split(':')[0] };
    };
    health.background = () => ({ leader: leadership.isLeader() });
  }
  if (queued) {
    // The queue's figures come from Redis (a round trip): read every few seconds, shown as last read.
    const q = queued;
    let last: QueuedDeliveryHealth | undefined;
    const read = () =>
      void q.health().then(
        (h) => (last = h),
        () => undefined,
      );
    read();
    const t = setInterval(read, 5000);
    t.unref();
    shutdownSteps.push(() => Promise.resolve(clearInterval(t)));
    health.queue = () => (last ? { ok: last.ok, redis: last.redis, worker: last.worker, jobs: last.jobs } : { ok: false });
  }
  // /healthz is public: file names and error codes only, no paths or messages.
  health.stores = () =>
    stores.map((s) => {
      const st = s.status();
      return { name: path.basename(st.file), ok: st.ok, pendingWrites: st.pendingWrites, lastWriteAt: st.lastWriteAt, lastError: st.lastError?.split(':')[0] };
    });

  const bot = new MeldwijzerBot({
    features,
    onQuestion: required(hooks.onQuestion, 'onQuestion'),
    onInstalled: required(hooks.onInstalled, 'onInstalled'),
    ...(hooks.messageExtension ? { messageExtension: hooks.messageExtension } : {}),
    conversations,
    ...(platform.stores.kind === 'postgres' ? { catchUp: () => platform.stores.catchUp() } : {}),
    ...(hooks.onConversationRemoved ? { onConversationRemoved: hooks.onConversationRemoved } : {}),
    ...(hooks.onTeamMembersChanged ? { onTeamMembersChanged: hooks.onTeamMembersChanged } : {}),
    projectLeaders: config.projectLeaders,
    allowedTenants: config.allowedTenants,
    defaultTimezone: config.timezone,
    replyLimiter: delivery.limiter,
    replyTimeoutMs: config.delivery.replyTimeoutMs,
    log,
  });
  router = bot.router;

  const server = createServer({
    processActivity: activityProcessor(adapter, bot),
    log,
    routes: modules.flatMap((m) => m.routes ?? []),
    ...(config.localMode ? { serviceUrlAllowed: localModeServiceUrlAllowed } : {}),
    health: () => ({
      status: stores.every((s) => s.status().ok) ? 'ok' : 'degraded',
      mode: config.localMode ? 'local' : 'azure',
      uptimeSeconds: Math.round((clock.now().getTime() - startedAt) / 1000),
      ...Object.fromEntries(Object.entries(health).map(([k, f]) => [k, f()])),
    }),
  });
  const listen = options.listen !== false;
  if (listen) await new Promise<void>((resolve) => server.listen(config.port, config.host ?? '0.0.0.0', resolve));
  const port = listen ? server.address().port : config.port;
  const shownHost = !config.host || config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;
  if (!listen) {
    log.debug({ event: 'composed' }, 'Meldwijzer composed without opening a port');
  } else if (config.localMode) {
    log.info({ event: 'local-mode', url: `${url}/api/messages` }, `Local mode: no MicrosoftAppId, so activities are accepted without authentication. Talk to the bot at ${url}/api/messages (Agents Playground or Bot Framework Emulator).`);
  } else {
    log.info({ event: 'started', url: `${url}/api/messages` }, 'Meldwijzer started with Bot Framework authentication');
  }
  if (listen) await startBackground(modules, platform, leadership, log);

  return {
    url,
    config,
    router: bot.router,
    log,
    async erasePerson(aadObjectId) {
      const { counts, failed } = await eraseEverything(aadObjectId);
      if (failed.length > 0) throw new ErasureError(counts, failed);
      return counts;
    },
    async idle() {
      for (const m of modules) await m.idle?.();
    },
    async purgeExpired(now) {
      const counts: Record<string, number> = {};
      for (const j of retentionJobs) counts[j.name] = await j.purge(now);
      return counts;
    },
    async close() {
      // Stop taking turns, let the ones in flight finish, stop schedulers, then wait for every queued write.
      const started = Date.now();
      const { unfinished } = await server.shutdown(options.shutdownGraceMs ?? 5000);
      for (const step of shutdownSteps) {
        try {
          await step();
        } catch (err) {
          log.error({ event: 'shutdown-step-failed', err: describeError(err) }, 'a shutdown step failed');
        }
      }
      try {
        await Promise.all(stores.map((s) => s.flush()));
      } finally {
        await lock.release();
        for (const release of released) await release().catch((err: unknown) => log.error({ event: 'shutdown-step-failed', err: describeError(err) }, 'closing a connection failed'));
      }
      log.info({ event: 'stopped', unfinished, ms: Date.now() - started }, 'Meldwijzer stopped');
    },
  };
}

/**
 * The modules' timers and runs. Embedded: started once. Scaled: started on the instance that becomes the leader and
 * stopped if it loses that; the leader also picks up work that another instance recorded (a confirmed update, a
 * planned meeting) when it hears that a store changed.
 */
async function startBackground(modules: readonly AppModule[], platform: Platform, leadership: Leadership, log: Logger): Promise<void> {
  if (platform.stores.kind === 'embedded') {
    for (const m of modules) await m.start?.();
    return;
  }
  let chain = Promise.resolve();
  const step = (work: () => Promise<void>) => {
    chain = chain.then(work).catch((err: unknown) => log.error({ event: 'background-step-failed', err: describeError(err) }, 'starting or stopping background work failed'));
  };
  leadership.onChange((leader) =>
    step(async () => {
      for (const m of modules) await (leader ? m.start?.() : m.stop?.());
    }),
  );
  if (leadership.isLeader()) step(async () => {
    for (const m of modules) await m.start?.();
  });
  let pending: NodeJS.Timeout | undefined;
  platform.stores.onRemoteChange(() => {
    if (pending || !leadership.isLeader()) return;
    // Several stores change together (an update's status and its recipients): one resync after them.
    pending = setTimeout(() => {
      pending = undefined;
      if (!leadership.isLeader()) return;
      step(async () => {
        for (const m of modules) await m.resync?.();
      });
    }, 50);
  });
}

/** A hook the Teams turn cannot do without (a module provides it). */
function required<T>(hook: T | undefined, name: string): T {
  if (hook === undefined) throw new Error(`no module provides ${name}`);
  return hook;
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  // The signal handlers go in before the start, so a SIGTERM while the stores open still ends in a clean stop
  // (flushed stores, lock released) once the start has finished, instead of Node's default instant exit.
  let started: App | undefined;
  let stopRequested: string | undefined;
  let stopping = false;
  const stop = (signal: string) => {
    stopRequested ??= signal;
    if (!started || stopping) return;
    stopping = true;
    const app = started;
    app.log.info({ event: 'stopping', signal }, 'shutting down');
    // A hard limit, whatever hangs: the platform's kill would come anyway, this one is logged.
    setTimeout(() => {
      app.log.error({ event: 'shutdown-timeout' }, 'shutdown took too long; exiting');
      process.exit(1);
    }, 10_000).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // \`on\`, not \`once\`: under \`npm start\` a signal to the process group (Ctrl-C, \`kill -- -<pgid>\`) arrives twice, once
  // from the kernel and once forwarded by npm; with \`once\` the second would end the process at once, unflushed.
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  startApp().then(
    (app) => {
      // An error that escapes a turn is handled by onTurnError; one that escapes everything else is logged
      // here rather than taking every conversation down with it.
      process.on('unhandledRejection', (err) => {
        app.log.error({ event: 'unhandled-rejection', err: describeError(err) }, 'unhandled promise rejection');
      });
      started = app;
      if (stopRequested) stop(stopRequested);
    },
    (err: unknown) => {
      if (err instanceof StartupError) {
        process.stderr.write(`${(err as Error).message}\n`);
      } else {
        process.stderr.write(`Meldwijzer kon niet starten: ${(err as Error).stack ?? String(err)}\n`);
      }
      process.exit(1);
    },
  );
}
