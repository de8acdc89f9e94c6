import path from 'node:path';
import type { AppModule, Platform } from '../platform/module.ts';
import { StartupError } from '../platform/startupError.ts';
import { openAnswerLogStore, type AnswerLogStore } from './answerLogStore.ts';
import type { Router } from '../teams/router.ts';
import { createAnswerService, type AnswerService } from './answerService.ts';
import { createAnswersFeature, type AnswersFeatureDeps } from './answersFeature.ts';
import { loadDutchWords } from './dutchWords.ts';
import { KnowledgeError, loadKnowledge } from './loadKnowledge.ts';
import { createMessageExtension } from './messageExtension.ts';

export interface AnswersModule extends AppModule {
  /** The knowledge base and its search: the insights card reads titles from it. */
  readonly answers: AnswerService;
  /** Feedback, unanswered questions and how often each answer was shown. */
  readonly answerLog: AnswerLogStore;
}

export interface AnswersModuleOptions {
  /** A ready answer service instead of one built from KNOWLEDGE_DIR (tests share one per process). */
  answers?: AnswerService | undefined;
  /** The router, for the help card's command list; given late because the router is built from every feature. */
  router(): Router;
  /** Whether this person can ask an expert here now; given late (the experts module is built after this one). */
  canAskExpert?: AnswersFeatureDeps['canAskExpert'];
}

/** The knowledge base is the operator's to fix, like the configuration: its problems stop the start as a StartupError. */
function knowledgeStopsStart(err: unknown): never {
  throw err instanceof KnowledgeError ? new StartupError(err.message, { cause: err }) : err;
}

async function loadAnswerService(knowledgeDir: string): Promise<AnswerService> {
  const [knowledge, words] = await Promise.all([loadKnowledge(path.resolve(knowledgeDir)).catch(knowledgeStopsStart), loadDutchWords()]);
  return createAnswerService({ ...knowledge, words });
}

/**
 * Questions and answers: the question path (safety screen first), help and topics, feedback, the welcome card
 * and the search message extension.
 */
export async function createAnswersModule(platform: Platform, options: AnswersModuleOptions): Promise<AnswersModule> {
  const { config, log } = platform;
  const answers = options.answers ?? (await loadAnswerService(config.knowledgeDir));
  const answerLog = await openAnswerLogStore(platform.stores);
  const feature = createAnswersFeature({ answers, answerLog, log, router: options.router, ...(options.canAskExpert ? { canAskExpert: options.canAskExpert } : {}) });
  return {
    name: 'answers',
    answers,
    answerLog,
    features: [feature.feature],
    stores: [answerLog],
    erasers: [{ name: 'feedback', erase: (id) => answerLog.erasePerson(id) }],
    retention: [{ name: 'answers', purge: (now) => answerLog.purge(now, { feedbackDays: config.retention.feedbackDays, unansweredDays: config.retention.unansweredDays }) }],
    health: { knowledgeEntries: () => answers.entries.length },
    teams: { onQuestion: feature.onQuestion, onInstalled: feature.onInstalled, messageExtension: createMessageExtension({ answers, answerLog, log }) },
    // Stops the "asked" counter's save timer and saves what it holds (the final flush would too).
    stop: () => answerLog.close(),
  };
}
