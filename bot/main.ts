import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { loadKnowledge } from './answers/loadKnowledge.ts';
import { createAnswerService } from './answers/answerService.ts';
import { openConversationStore } from './store/conversationStore.ts';
import { openAnswerLogStore } from './store/answerLogStore.ts';
import { StoreError } from './store/jsonStore.ts';
import { createAdapter } from './teams/adapter.ts';
import { createAnswersFeature } from './teams/answersFeature.ts';
import { MeldwijzerBot } from './teams/meldwijzerBot.ts';
import type { Router } from './teams/router.ts';
import { createServer, type ExtraRoute } from './server.ts';
import type { Feature } from './teams/feature.ts';
import { systemClock, type Clock } from './clock.ts';

export interface App {
  readonly url: string;
  readonly config: Config;
  /** Erases what every store holds about a person; returns counts per store. */
  erasePerson(aadObjectId: string): Promise<Record<string, number>>;
  /** Runs every retention purge once; returns counts per store. */
  purgeExpired(now: Date): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** The composition root: config -> store -> services -> Teams adapter -> HTTP server. */
export interface StartOptions {
  /** Environment to configure from; defaults to the process environment (read in config.ts). */
  env?: Record<string, string | undefined>;
  log?: Logger;
  /** Tests pass a ManualClock to drive schedulers. */
  clock?: Clock;
}

export async function startApp(options: StartOptions = {}): Promise<App> {
  const config = loadConfig(options.env);
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const startedAt = clock.now().getTime();

  const dataDir = path.resolve(config.dataDir);
  const knowledge = await loadKnowledge(path.resolve(config.knowledgeDir));
  const answers = createAnswerService(knowledge);
  const conversations = await openConversationStore(dataDir);
  const answerLog = await openAnswerLogStore(dataDir);

  const adapter = createAdapter(config, log);
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
  const shutdownSteps: Array<() => Promise<void>> = [];
  const routes: ExtraRoute[] = [];
  const health: Record<string, () => unknown> = {};
  // What `vergeet mij` erases and what the daily clean-up purges: each store that holds personal data adds itself.
  const personalDataErasers: Array<{ name: string; erase(aadObjectId: string): Promise<number> }> = [
    { name: 'feedback', erase: (id) => answerLog.erasePerson(id) },
    { name: 'updates-opt-out', erase: (id) => conversations.erasePerson(id) },
  ];
  const retentionJobs: Array<{ name: string; purge(now: Date): Promise<number> }> = [
    { name: 'answers', purge: (now) => answerLog.purge(now, { feedbackDays: config.retention.feedbackDays, unansweredDays: config.retention.unansweredDays }) },
  ];

  const bot = new MeldwijzerBot({
    features,
    onQuestion: answersFeature.onQuestion,
    onInstalled: answersFeature.onInstalled,
    conversations,
    projectLeaders: config.projectLeaders,
    allowedTenants: config.allowedTenants,
    defaultTimezone: config.timezone,
    log,
  });
  router = bot.router;

  const server = createServer({
    adapter,
    logic: (ctx) => bot.run(ctx),
    log,
    routes,
    health: () => ({
      mode: config.localMode ? 'local' : 'azure',
      knowledgeEntries: answers.entries.length,
      uptimeSeconds: Math.round((clock.now().getTime() - startedAt) / 1000),
      ...Object.fromEntries(Object.entries(health).map(([k, f]) => [k, f()])),
    }),
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host ?? '0.0.0.0', resolve));
  const address = server.address();
  const shownHost = !config.host || config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${address.port}`;
  if (config.localMode) {
    log.info({ event: 'local-mode', url: `${url}/api/messages` }, `Local mode: no MicrosoftAppId, so activities are accepted without authentication. Talk to the bot at ${url}/api/messages (Agents Playground or Bot Framework Emulator).`);
  } else {
    log.info({ event: 'started', url: `${url}/api/messages` }, 'Meldwijzer started with Bot Framework authentication');
  }

  return {
    url,
    config,
    async erasePerson(aadObjectId) {
      const counts: Record<string, number> = {};
      for (const e of personalDataErasers) counts[e.name] = await e.erase(aadObjectId);
      return counts;
    },
    async purgeExpired(now) {
      const counts: Record<string, number> = {};
      for (const j of retentionJobs) counts[j.name] = await j.purge(now);
      return counts;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const step of shutdownSteps) await step();
      await Promise.all([conversations.flush(), answerLog.flush()]);
    },
  };
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  startApp().then(
    (app) => {
      const stop = () => {
        app.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    },
    (err: unknown) => {
      if (err instanceof ConfigError || err instanceof StoreError || (err as Error).name === 'KnowledgeError') {
        process.stderr.write(`${(err as Error).message}\n`);
      } else {
        process.stderr.write(`Meldwijzer kon niet starten: ${(err as Error).stack ?? String(err)}\n`);
      }
      process.exit(1);
    },
  );
}
