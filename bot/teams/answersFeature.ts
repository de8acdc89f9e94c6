import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { AnswerService } from '../answers/answerService.ts';
import { CATEGORIES, type CategoryId, type KnowledgeEntry } from '../answers/knowledgeSchema.ts';
import { answerQuestion, MAX_QUESTION_LENGTH } from '../answers/questionFlow.ts';
import type { AnswerLogStore } from '../store/answerLogStore.ts';
import { answerCard, answerSummary, FEEDBACK_VERB, SHOW_ENTRY_VERB } from '../../cards/answerCard.ts';
import { emergencyCard, emergencySummary } from '../../cards/emergencyCard.ts';
import { helpCard } from '../../cards/helpCard.ts';
import { noAnswerCard } from '../../cards/noAnswerCard.ts';
import { noticeCard } from '../../cards/noticeCard.ts';
import { privacyNoteCard, privacyNoteText } from '../../cards/privacyNoteCard.ts';
import { categoryCard, CATEGORY_VERB, TOPICS_VERB, topicsCard } from '../../cards/topicsCard.ts';
import { HELP_VERB } from '../../cards/verbs.ts';
import { welcomeCard } from '../../cards/welcomeCard.ts';
import { executeAction, submitAction, type Command, type Feature, type TurnInfo } from './feature.ts';
import type { Router } from './router.ts';
import { adaptiveCardMessage } from './send.ts';
import type { Logger } from '../log.ts';

export interface AnswersFeatureDeps {
  answers: AnswerService;
  answerLog: AnswerLogStore;
  log: Logger;
  /** The router, for the help card's command list; given late because the router is built from the features. */
  router: () => Router;
}

export function renderAnswer(answers: AnswerService, entry: KnowledgeEntry, feedback: 'ask' | 'thanks' | 'none', alternatives: KnowledgeEntry[] = []) {
  const related = entry.related.flatMap((id) => {
    const r = answers.byId(id);
    return r ? [{ id: r.id, title: r.title }] : [];
  });
  return answerCard({ entry, related, alternatives: alternatives.map((a) => ({ id: a.id, title: a.title })), feedback });
}

export function createAnswersFeature(deps: AnswersFeatureDeps): {
  feature: Feature;
  onQuestion(ctx: TurnContext, turn: TurnInfo, text: string): Promise<void>;
  onInstalled(ctx: TurnContext, turn: TurnInfo): Promise<void>;
} {
  const { answers, answerLog, log } = deps;

  const sendHelp = async (ctx: TurnContext, turn: TurnInfo) => {
    const commands = deps
      .router()
      .commands.filter((c) => !c.hidden)
      .map((c) => ({ verb: c.verbs[0] ?? '', description: c.description, leaderOnly: c.leaderOnly === true }));
    await ctx.sendActivity(adaptiveCardMessage(helpCard({ commands, isLeader: turn.isLeader, conversationType: turn.conversationType }), 'Wat kan Meldwijzer?'));
  };
  const sendTopics = async (ctx: TurnContext) => {
    const counts = new Map<CategoryId, number>();
    for (const e of answers.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    await ctx.sendActivity(adaptiveCardMessage(topicsCard(counts), 'Onderwerpen'));
  };
  const sendEntry = async (ctx: TurnContext, entry: KnowledgeEntry) => {
    log.info({ event: 'answer-shown', entryId: entry.id, via: 'button' }, 'answer shown');
    answerLog.recordAsked(entry.id);
    await ctx.sendActivity(adaptiveCardMessage(renderAnswer(answers, entry, 'ask'), answerSummary(entry)));
  };

  const commands: Command[] = [
    { verbs: ['help', 'hulp', '?'], description: 'Laat zien wat Meldwijzer kan', scopes: ['personal', 'groupChat', 'team'], run: (ctx, turn) => sendHelp(ctx, turn) },
    { verbs: ['onderwerpen', 'onderwerp', 'topics'], description: 'Blader door alle onderwerpen', scopes: ['personal', 'groupChat', 'team'], run: (ctx) => sendTopics(ctx) },
  ];

  const feature: Feature = {
    name: 'answers',
    commands,
    submits: [
      submitAction({
        verb: SHOW_ENTRY_VERB,
        schema: z.object({ id: z.string().min(1).max(100) }),
        run: async (ctx, _turn, data) => {
          const entry = answers.byId(data.id);
          if (!entry) {
            await ctx.sendActivity(adaptiveCardMessage(noticeCard('Dit onderwerp bestaat niet meer. Typ **onderwerpen** om verder te bladeren.', { tone: 'warning' }), 'Onderwerp niet gevonden'));
            return;
          }
          await sendEntry(ctx, entry);
        },
      }),
      submitAction({ verb: TOPICS_VERB, schema: z.object({}), run: (ctx) => sendTopics(ctx) }),
      submitAction({ verb: HELP_VERB, schema: z.object({}), run: (ctx, turn) => sendHelp(ctx, turn) }),
      submitAction({
        verb: CATEGORY_VERB,
        schema: z.object({ category: z.enum(Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]]) }),
        run: async (ctx, _turn, data) => {
          const list = answers.byCategory(data.category).map((e) => ({ id: e.id, title: e.title }));
          await ctx.sendActivity(adaptiveCardMessage(categoryCard(data.category, list), CATEGORIES[data.category]));
        },
      }),
    ],
    executes: [
      executeAction({
        verb: FEEDBACK_VERB,
        schema: z.object({ id: z.string().min(1).max(100), helpful: z.boolean() }),
        run: async (_ctx, turn, data) => {
          const entry = answers.byId(data.id);
          if (!entry) return { message: 'Dit onderwerp bestaat niet meer.' };
          await answerLog.recordFeedback({ entryId: entry.id, helpful: data.helpful, userId: turn.userId });
          log.info({ event: 'feedback', entryId: entry.id, helpful: data.helpful }, 'feedback recorded');
          return { card: renderAnswer(answers, entry, 'thanks') };
        },
      }),
    ],
  };

  async function onQuestion(ctx: TurnContext, turn: TurnInfo, text: string): Promise<void> {
    const outcome = await answerQuestion({ answers, answerLog }, text, { conversationType: turn.conversationType });
    const replies: Array<Partial<Activity>> = [];
    const { screen } = outcome;
    if (screen.acuteDanger || screen.suicide || screen.victim) {
      replies.push(adaptiveCardMessage(emergencyCard(screen), emergencySummary(screen)));
    }
    if (outcome.personalData.length > 0) {
      replies.push(adaptiveCardMessage(privacyNoteCard(outcome.personalData), privacyNoteText(outcome.personalData)));
    }
    if (outcome.truncated) {
      replies.push({ type: 'message', text: `Uw bericht is lang. Ik heb alleen de eerste ${MAX_QUESTION_LENGTH} tekens gelezen.` });
    }
    const r = outcome.result;
    if (r.kind === 'answer') {
      answerLog.recordAsked(r.entry.id);
      replies.push(adaptiveCardMessage(renderAnswer(answers, r.entry, 'ask', r.alternatives), answerSummary(r.entry)));
    } else {
      replies.push(adaptiveCardMessage(noAnswerCard({ closest: r.closest.map((e) => ({ id: e.id, title: e.title })) }), 'Daar heb ik geen goed antwoord op.'));
    }
    log.info(
      {
        event: 'question',
        outcome: r.kind,
        entryId: r.kind === 'answer' ? r.entry.id : undefined,
        confidence: r.kind === 'answer' ? Math.round(r.confidence * 100) / 100 : undefined,
        danger: screen.acuteDanger || screen.suicide || screen.victim,
        personalData: outcome.personalData.length > 0,
      },
      'question answered',
    );
    await ctx.sendActivities(replies);
  }

  async function onInstalled(ctx: TurnContext, turn: TurnInfo): Promise<void> {
    await ctx.sendActivity(adaptiveCardMessage(welcomeCard({ conversationType: turn.conversationType }), 'Welkom bij Meldwijzer'));
  }

  return { feature, onQuestion, onInstalled };
}
