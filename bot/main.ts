import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { KnowledgeError, loadKnowledge } from './answers/loadKnowledge.ts';
import { createAnswerService, type AnswerService } from './answers/answerService.ts';
import { loadDutchWords } from './answers/dutchWords.ts';
import { openConversationStore } from './store/conversationStore.ts';
import { openAnswerLogStore } from './store/answerLogStore.ts';
import type { StoreStatus } from './store/jsonStore.ts';
import { acquireDataDirLock, type DataDirLock } from './store/dataDirLock.ts';
import { describeError } from './platform/describeError.ts';
import { StartupError } from './platform/startupError.ts';
import { openGroupStore } from './groups/groupStore.ts';
import { startDailyCleanup } from './dailyCleanup.ts';
import { createPrivacyFeature } from './teams/privacyFeature.ts';
import { createInsightsFeature } from './teams/insightsFeature.ts';
import { activityProcessor, createAdapter } from './teams/adapter.ts';
import { createAnswersFeature } from './teams/answersFeature.ts';
import { MeldwijzerBot } from './teams/meldwijzerBot.ts';
import { createMessageExtension } from './teams/messageExtension.ts';
import type { Router } from './teams/router.ts';
import { createServer, localModeServiceUrlAllowed } from './server.ts';
import type { Route } from './platform/http.ts';
import type { Feature } from './teams/feature.ts';
import { systemClock, type Clock } from './clock.ts';
import { openMeetingStore } from './meetings/meetingStore.ts';
import { createMeetingService } from './meetings/meetingService.ts';
import { createGroupService } from './meetings/groupService.ts';
import { createReminderScheduler, type ReminderScheduler, type SchedulerOptions } from './meetings/reminderScheduler.ts';
import { reminderTargets } from './meetings/targets.ts';
import { calendarRoute } from './meetings/calendarRoute.ts';
import { createMeetingViews } from './teams/meetingViews.ts';
import { createMeetingsFeature } from './teams/meetingsFeature.ts';
import { createGroupsFeature } from './teams/groupsFeature.ts';
import { createProactiveSender } from './teams/proactiveSender.ts';
import { createDelivery } from './platform/delivery/delivery.ts';
import { DeliveryLimiter } from './platform/delivery/deliveryLimiter.ts';
import { openBroadcastStore } from './broadcasts/broadcastStore.ts';
import { createBroadcastService } from './broadcasts/broadcastService.ts';
import { createBroadcastPresenter, createBroadcastsFeature } from './teams/broadcastsFeature.ts';

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
  // on exit, or here when the start fails. A second start on the same directory is refused.
  const lock = await acquireDataDirLock(path.resolve(config.dataDir), log);
  try {
    return await composeApp(options, config, log, lock);
  } catch (err) {
    await lock.release();
    throw err;
  }
}

/** The knowledge base is the operator's to fix, like the configuration: its problems stop the start as a StartupError. */
function knowledgeStopsStart(err: unknown): never {
  throw err instanceof KnowledgeError ? new StartupError(err.message, { cause: err }) : err;
}

async function composeApp(options: StartOptions, config: Config, log: Logger, lock: DataDirLock): Promise<App> {
  const clock = options.clock ?? systemClock;
  const startedAt = clock.now().getTime();

  const dataDir = path.resolve(config.dataDir);
  const answers: AnswerService = options.answers ?? (await Promise.all([loadKnowledge(path.resolve(config.knowledgeDir)).catch(knowledgeStopsStart), loadDutchWords()]).then(([knowledge, words]) => createAnswerService({ ...knowledge, words })));
  const conversations = await openConversationStore(dataDir);
  const answerLog = await openAnswerLogStore(dataDir);
  // Groups and who follows them: used by meetings and broadcasts; opened once, here.
  const groups = await openGroupStore(dataDir);
  // Every store, for /healthz and the final flush; stores added later add themselves.
  const stores: Array<{ status(): StoreStatus; flush(): Promise<void> }> = [conversations, answerLog, groups];

  const adapter = createAdapter(config, log, options.authTimeoutMs === undefined ? {} : { authTimeoutMs: options.authTimeoutMs });
  for (const d of config.deprecated) log.warn({ event: 'config-deprecated', name: d.name, replacedBy: d.replacedBy }, `${d.name} is deprecated, use ${d.replacedBy}: ${d.note}`);
  // Everything the bot sends to Teams shares one budget and one sender; no SDK retries, so every 429 and 5xx is
  // seen and classified once, and each kind of message retries by its own policy (reminders at most once).
  const delivery = createDelivery({
    sender: createProactiveSender(adapter, config.bot.appId, { connectorRetries: false }),
    limiter: new DeliveryLimiter({ ratePerSecond: options.deliveryRatePerSecond ?? config.delivery.ratePerSecond, clock: options.transportClock ?? systemClock }),
  });
  let router: Router | undefined;
  const answersFeature = createAnswersFeature({
    answers,
    answerLog,
    log,
    router: () => {
      if (!router) throw new Error('router not ready');
      return router;
    },
  });
  // Each feature adds itself here: its Feature for the router, what to stop on shutdown, extra HTTP routes
  // and what /healthz reports about it.
  const features: Feature[] = [answersFeature.feature];
  features.push(createPrivacyFeature({ erasePerson: (id) => eraseEverything(id), log }));
  // `inzichten` (leader): unanswered questions and 👍/👎 per answer, so the leader sees what is missing.
  features.push(createInsightsFeature({ answerLog, titleOf: (id) => answers.byId(id)?.title, retention: config.retention, timezone: config.timezone, now: () => clock.now(), log }));
  const shutdownSteps: Array<() => Promise<void>> = [];
  // Stops the "asked" counter's save timer and saves what it holds (the final flush below would too).
  shutdownSteps.push(() => answerLog.close());
  const routes: Route[] = [];
  const health: Record<string, () => unknown> = {};
  // What `vergeet mij` erases and what the daily clean-up purges: each store that holds personal data adds itself.
  const personalDataErasers: Array<{ name: string; erase(aadObjectId: string): Promise<number> }> = [
    { name: 'feedback', erase: (id) => answerLog.erasePerson(id) },
    { name: 'updates-opt-out', erase: (id) => conversations.erasePerson(id) },
    { name: 'group-follows', erase: (id) => groups.erasePerson(id) },
  ];
  const retentionJobs: Array<{ name: string; purge(now: Date): Promise<number> }> = [
    { name: 'answers', purge: (now) => answerLog.purge(now, { feedbackDays: config.retention.feedbackDays, unansweredDays: config.retention.unansweredDays }) },
  ];
  /** Runs every eraser (one failing does not stop the others), then forgets the personal chat itself. */
  const eraseEverything = async (id: string) => {
    const counts: Record<string, number> = {};
    const failed: string[] = [];
    for (const e of [...personalDataErasers, { name: 'personal-chat', erase: (x: string) => conversations.forgetPersonalChats(x) }]) {
      try {
        counts[e.name] = await e.erase(id);
      } catch (err) {
        failed.push(e.name);
        log.error({ event: 'erase-failed', store: e.name, err: describeError(err) }, 'erasing personal data failed');
      }
    }
    return { counts, failed };
  };
  if (options.listen !== false) {
    const cleanup = startDailyCleanup({ clock, jobs: retentionJobs, log, timezone: config.timezone });
    shutdownSteps.push(() => cleanup.stop());
    health.retention = () => cleanup.status();
  }
  // /healthz is public: file names and error codes only, no paths or messages.
  health.stores = () =>
    stores.map((s) => {
      const st = s.status();
      return { name: path.basename(st.file), ok: st.ok, pendingWrites: st.pendingWrites, lastWriteAt: st.lastWriteAt, lastError: st.lastError?.split(':')[0] };
    });

  // Meetings (issue 3): group commands, meetings with RSVP, the durable reminder scheduler and the .ics route.
  const meetingStore = await openMeetingStore(dataDir);
  stores.push(meetingStore);
  const reminderTargetsOf = reminderTargets(groups, conversations);
  let reminders: ReminderScheduler | undefined;
  const meetings = createMeetingService({
    store: meetingStore,
    groupExists: (id) => groups.get(id) !== undefined,
    clock,
    log,
    zone: config.timezone,
    projectLeaders: config.projectLeaders,
    rsvpRetentionDays: config.retention.rsvpDaysAfterMeeting,
    onScheduleChanged: () => reminders?.poke(),
  });
  const meetingViews = createMeetingViews({ service: meetings, store: meetingStore, groups, clock, publicBaseUrl: config.publicBaseUrl, targets: reminderTargetsOf });
  const reminderScheduler = createReminderScheduler({
    store: meetingStore,
    clock,
    log,
    delivery,
    compose: meetingViews.composer,
    targets: reminderTargetsOf,
    conversation: (id) => conversations.get(id),
    markInactive: (id, reason) => conversations.markInactive(id, reason),
    ...(options.reminderOptions ? { options: options.reminderOptions } : {}),
  });
  reminders = reminderScheduler;
  const groupService = createGroupService({ groups, conversations, projectLeaders: config.projectLeaders, upcomingMeetings: (id) => meetings.upcoming([id]).length, clock, log });
  features.push(
    createMeetingsFeature({ service: meetings, groups, views: meetingViews, log }),
    createGroupsFeature({ groups: groupService, upcomingMeetings: (id) => meetings.upcoming([id]).length, log }),
  );
  if (config.publicBaseUrl) routes.push(calendarRoute({ store: meetingStore, groupName: meetingViews.groupName, log }));
  personalDataErasers.push({ name: 'rsvps', erase: (id) => meetings.erasePerson(id) });
  retentionJobs.push({ name: 'meetings', purge: async (now) => (await meetingStore.purge(now, config.retention.rsvpDaysAfterMeeting)).rsvps });
  health.reminders = () => reminderScheduler.state();
  shutdownSteps.push(() => reminderScheduler.stop());

  // Broadcasts (issue 4): compose, approval, the durable delivery queue with rate limits and retries, the report.
  const broadcastStore = await openBroadcastStore(dataDir);
  stores.push(broadcastStore);
  const broadcasts = createBroadcastService({
    store: broadcastStore,
    conversations,
    groups,
    delivery,
    ...(options.transportClock ? { transportClock: options.transportClock } : {}),
    presenter: createBroadcastPresenter(),
    clock,
    log,
    config: {
      approvalRequired: config.broadcast.approvalRequired,
      projectLeaders: config.projectLeaders,
      timezone: config.timezone,
      conversationRatePerSecond: config.broadcast.conversationRatePerSecond,
      maxAttempts: config.broadcast.maxAttempts,
      auditDays: config.retention.auditDays,
    },
  });
  features.push(createBroadcastsFeature({ service: broadcasts, log, timezone: config.timezone }));
  personalDataErasers.push({ name: 'broadcasts', erase: (id) => broadcasts.erasePerson(id) });
  retentionJobs.push({ name: 'broadcasts', purge: (now) => broadcasts.purge(now) });
  health.broadcasts = () => broadcasts.health();
  shutdownSteps.push(() => broadcasts.stop());

  features.push(...(options.extraFeatures ?? []));
  const bot = new MeldwijzerBot({
    features,
    onQuestion: answersFeature.onQuestion,
    onInstalled: answersFeature.onInstalled,
    messageExtension: createMessageExtension({ answers, answerLog, log }),
    conversations,
    onConversationRemoved: (id) => groups.forgetConversation(id),
    projectLeaders: config.projectLeaders,
    allowedTenants: config.allowedTenants,
    defaultTimezone: config.timezone,
    replyLimiter: delivery.limiter,
    log,
  });
  router = bot.router;

  const server = createServer({
    processActivity: activityProcessor(adapter, bot),
    log,
    routes,
    ...(config.localMode ? { serviceUrlAllowed: localModeServiceUrlAllowed } : {}),
    health: () => ({
      status: stores.every((s) => s.status().ok) ? 'ok' : 'degraded',
      mode: config.localMode ? 'local' : 'azure',
      knowledgeEntries: answers.entries.length,
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
  if (listen) await reminderScheduler.start();
  if (listen) await broadcasts.start();

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
      await reminderScheduler.idle();
      await broadcasts.idle();
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
      }
      log.info({ event: 'stopped', unfinished, ms: Date.now() - started }, 'Meldwijzer stopped');
    },
  };
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
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
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
