import { z } from 'zod';
import type { AnswerService, ClarifyOption } from './answerService.ts';
import { CATEGORIES, type CategoryId, type KnowledgeEntry } from './knowledgeSchema.ts';
import { answerQuestion } from './questionFlow.ts';
import { normalize } from './analyzer.ts';
import { CLARIFY_VERB } from '../../cards/clarifyCard.ts';
import { repliesFor } from './answerReplies.ts';
import type { AnswerLogStore } from './answerLogStore.ts';
import { answerSummary, FEEDBACK_VERB, SHOW_ENTRY_VERB } from '../../cards/answerCard.ts';
import { renderAnswer } from './answerReplies.ts';
import { helpCard } from '../../cards/helpCard.ts';
import { noticeCard } from '../../cards/noticeCard.ts';
import { categoryCard, CATEGORY_VERB, TOPICS_VERB, topicsCard } from '../../cards/topicsCard.ts';
import { HELP_VERB } from '../../cards/verbs.ts';
import { welcomeCard } from '../../cards/welcomeCard.ts';
import { executeAction, submitAction, type Command, type Feature, type Turn, type TurnInfo } from '../teams/feature.ts';
import type { Router } from '../teams/router.ts';
import type { Logger } from '../platform/log.ts';

/** How long a question waits for the answer to "Over wie maakt u zich zorgen?". */
export const PENDING_QUESTION_MS = 10 * 60_000;
/** At most this many questions wait at once (oldest dropped first); they live in memory only, never on disk. */
const MAX_PENDING = 1_000;

interface PendingQuestion {
  readonly text: string;
  readonly options: readonly ClarifyOption[];
  readonly expiresAt: number;
}

export interface AnswersFeatureDeps {
  answers: AnswerService;
  answerLog: AnswerLogStore;
  log: Logger;
  /** Milliseconds since the epoch; the pending clarifying questions expire by it. */
  now?: () => number;
  /** The router, for the help card's command list; given late because the router is built from the features. */
  router: () => Router;
  /** Whether this person can ask an expert here now (bot/experts/): the no-answer card and 👎 offer it then. */
  canAskExpert?: (turn: TurnInfo) => boolean;
}

export function createAnswersFeature(deps: AnswersFeatureDeps): {
  feature: Feature;
  onQuestion(turn: Turn, text: string): Promise<void>;
  onInstalled(turn: Turn): Promise<void>;
} {
  const { answers, answerLog, log } = deps;
  const now = deps.now ?? Date.now;
  // A question that waits for "Over wie maakt u zich zorgen?", per person and conversation. Memory only: the
  // question text is never written anywhere, and it is gone after PENDING_QUESTION_MS or a restart.
  const pending = new Map<string, PendingQuestion>();
  const pendingKey = (turn: TurnInfo): string => `${turn.conversationId}\u0000${turn.userId}`;
  const takePending = (turn: TurnInfo): PendingQuestion | undefined => {
    const key = pendingKey(turn);
    const p = pending.get(key);
    pending.delete(key);
    return p !== undefined && p.expiresAt > now() ? p : undefined;
  };
  const keepPending = (turn: TurnInfo, p: PendingQuestion): void => {
    pending.delete(pendingKey(turn));
    pending.set(pendingKey(turn), p);
    for (const [key, old] of pending) {
      if (pending.size <= MAX_PENDING && old.expiresAt > now()) break;
      pending.delete(key);
    }
  };

  const sendHelp = async (turn: Turn) => {
    // Every command, also those hidden from Teams' command menu (10 a scope); the card keeps what fits this person and place.
    const commands = deps.router().commands.map((c) => ({ verb: c.verbs[0] ?? '', description: c.description, leaderOnly: c.leaderOnly === true, scopes: c.scopes }));
    await turn.reply(helpCard({ commands, isLeader: turn.isLeader, conversationType: turn.conversationType }), 'Wat kan Meldwijzer?');
  };
  const sendTopics = async (turn: Turn) => {
    const counts = new Map<CategoryId, number>();
    for (const e of answers.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    await turn.reply(topicsCard(counts), 'Onderwerpen');
  };
  const sendEntry = async (turn: Turn, entry: KnowledgeEntry) => {
    log.info({ event: 'answer-shown', entryId: entry.id, via: 'button' }, 'answer shown');
    answerLog.recordAsked(entry.id);
    await turn.reply(renderAnswer(answers, entry, 'ask'), answerSummary(entry));
  };

  const commands: Command[] = [
    { verbs: ['help', 'hulp', '?'], description: 'Laat zien wat Meldwijzer kan', scopes: ['personal', 'groupChat', 'team'], run: (turn) => sendHelp(turn) },
    { verbs: ['onderwerpen', 'onderwerp', 'topics'], description: 'Blader door alle onderwerpen', scopes: ['personal', 'groupChat', 'team'], run: (turn) => sendTopics(turn) },
  ];

  const feature: Feature = {
    name: 'answers',
    commands,
    submits: [
      submitAction({
        verb: SHOW_ENTRY_VERB,
        schema: z.object({ id: z.string().min(1).max(100) }),
        run: async (turn, data) => {
          const entry = answers.byId(data.id);
          if (!entry) {
            await turn.reply(noticeCard('Dit onderwerp bestaat niet meer. Typ **onderwerpen** om verder te bladeren.', { tone: 'warning' }), 'Onderwerp niet gevonden');
            return;
          }
          await sendEntry(turn, entry);
        },
      }),
      submitAction({
        verb: CLARIFY_VERB,
        schema: z.object({ subject: z.string().min(1).max(40).nullable() }),
        run: async (turn, data) => {
          const waiting = takePending(turn);
          if (waiting === undefined) {
            await turn.reply(noticeCard('Ik weet uw vraag niet meer. Wilt u hem opnieuw typen?', { tone: 'warning' }), 'Vraag opnieuw typen');
            return;
          }
          const subject = waiting.options.some((o) => o.id === data.subject) ? data.subject : null;
          await answer(turn, waiting.text, subject);
        },
      }),
      submitAction({ verb: TOPICS_VERB, schema: z.object({}), run: (turn) => sendTopics(turn) }),
      submitAction({ verb: HELP_VERB, schema: z.object({}), run: (turn) => sendHelp(turn) }),
      submitAction({
        verb: CATEGORY_VERB,
        schema: z.object({ category: z.enum(Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]]) }),
        run: async (turn, data) => {
          const list = answers.byCategory(data.category).map((e) => ({ id: e.id, title: e.title }));
          await turn.reply(categoryCard(data.category, list), CATEGORIES[data.category]);
        },
      }),
    ],
    executes: [
      executeAction({
        verb: FEEDBACK_VERB,
        schema: z.object({ id: z.string().min(1).max(100), helpful: z.boolean() }),
        run: async (turn, data) => {
          const entry = answers.byId(data.id);
          if (!entry) return { message: 'Dit onderwerp bestaat niet meer.' };
          await answerLog.recordFeedback({ entryId: entry.id, helpful: data.helpful, userId: turn.userId });
          log.info({ event: 'feedback', entryId: entry.id, helpful: data.helpful }, 'feedback recorded');
          const askExpert = !data.helpful && deps.canAskExpert?.(turn) === true ? { question: `Over "${entry.title}": ` } : undefined;
          return { card: renderAnswer(answers, entry, 'thanks', [], undefined, askExpert) };
        },
      }),
    ],
  };

  /** A typed reply to "Over wie maakt u zich zorgen?": one of the options' words ("kind", "een oudere", "iemand anders"). */
  function typedChoice(waiting: PendingQuestion, text: string): ClarifyOption | undefined {
    const typed = normalize(text).replace(/[^a-z' ]/g, ' ').replace(/\b(een|de|het|mijn|om|over)\b/g, ' ').replace(/\s+/g, ' ').trim();
    if (typed === '' || typed.split(' ').length > 3) return undefined;
    return waiting.options.find((o) => {
      const label = normalize(o.label).replace(/\b(een|de|het)\b/g, ' ').replace(/[()-]/g, ' ').replace(/\s+/g, ' ').trim();
      return label === typed || label.split(' ').includes(typed) || (o.id !== null && normalize(o.id) === typed);
    });
  }

  async function onQuestion(turn: Turn, text: string): Promise<void> {
    const waiting = takePending(turn);
    const choice = waiting === undefined ? undefined : typedChoice(waiting, text);
    if (waiting !== undefined && choice !== undefined) return answer(turn, waiting.text, choice.id);
    return answer(turn, text, undefined);
  }

  async function answer(turn: Turn, text: string, subject: string | null | undefined): Promise<void> {
    const outcome = await answerQuestion({ answers, answerLog }, text, {
      conversationType: turn.conversationType,
      ...(subject === undefined ? {} : { subject }),
    });
    const { screen } = outcome;
    const danger = screen.acuteDanger || screen.suicide || screen.victim;
    const r = outcome.result;
    if (r.kind === 'answer') answerLog.recordAsked(r.entry.id);
    if (r.kind === 'clarify' && !danger) keepPending(turn, { text, options: r.options, expiresAt: now() + PENDING_QUESTION_MS });
    // The question is prefilled in the expert form only when it has no personal data (the form would refuse it).
    const replies = repliesFor(answers, outcome, deps.canAskExpert?.(turn) === true ? { askExpert: { question: outcome.personalData.length === 0 ? text : '' } } : {});
    log.info(
      {
        event: 'question',
        outcome: r.kind,
        entryId: r.kind === 'answer' ? r.entry.id : undefined,
        confidence: r.kind === 'answer' ? Math.round(r.confidence * 100) / 100 : undefined,
        danger,
        personalData: outcome.personalData.length > 0,
      },
      'question answered',
    );
    await turn.replyAll(replies);
  }

  async function onInstalled(turn: Turn): Promise<void> {
    await turn.reply(welcomeCard({ conversationType: turn.conversationType }), 'Welkom bij Meldwijzer');
  }

  return { feature, onQuestion, onInstalled };
}
