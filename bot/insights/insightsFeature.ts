import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Logger } from '../platform/log.ts';
import type { AnswerLogStore } from '../answers/public.ts';
import { INSIGHTS_VERBS, insightsCard, type InsightsEntryRow, type InsightsView } from '../../cards/insightsCard.ts';
import { executeAction, submitAction, type Feature, type Turn } from '../teams/feature.ts';

/** The newest unanswered questions on the card. */
export const INSIGHTS_QUESTIONS = 20;
/** Rows in each answer list (most 👎, most 👍, most shown). */
export const INSIGHTS_ROWS = 5;

const DAY = 86_400_000;

export interface InsightsSource {
  answerLog: Pick<AnswerLogStore, 'unanswered' | 'feedbackSummary' | 'mostAsked' | 'askedCount'>;
  /** The entry's title in the knowledge base; undefined when the entry no longer exists (it is left out). */
  titleOf(entryId: string): string | undefined;
  retention: { unansweredDays: number; feedbackDays: number };
  timezone: string;
  /** Questions to experts (bot/experts/), when asking an expert is set up. */
  experts?: (now: Date) => InsightsView['experts'];
}

/** "12 maart 2026, 14.05 uur" in the bot's time zone. */
function when(iso: string, timezone: string): string {
  return DateTime.fromISO(iso, { zone: timezone }).setLocale('nl').toFormat("d LLLL yyyy, HH.mm 'uur'");
}

/** The insights card's data, from the stores only: no Teams, so a test can call it directly. */
export function insightsView(source: InsightsSource, now: Date): InsightsView {
  const { answerLog, retention, timezone } = source;
  const cutoff = now.getTime() - retention.unansweredDays * DAY;
  // The daily clean-up purges what is older; until it runs, the card already counts the retention period only.
  const kept = answerLog
    .unanswered()
    .filter((q) => Date.parse(q.at) >= cutoff)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

  const rows: InsightsEntryRow[] = [];
  for (const [id, s] of answerLog.feedbackSummary()) {
    const title = source.titleOf(id);
    if (title !== undefined) rows.push({ title, up: s.up, down: s.down, shown: answerLog.askedCount(id) });
  }
  const byTitle = (a: InsightsEntryRow, b: InsightsEntryRow) => a.title.localeCompare(b.title, 'nl');
  const mostDown = rows.filter((r) => r.down > 0).sort((a, b) => b.down - a.down || a.up - b.up || byTitle(a, b));
  const mostUp = rows.filter((r) => r.up > 0).sort((a, b) => b.up - a.up || a.down - b.down || byTitle(a, b));

  const votes = answerLog.feedbackSummary();
  const mostShown: InsightsEntryRow[] = [];
  // Ask for more than needed: entries removed from the knowledge base are skipped.
  for (const id of answerLog.mostAsked(INSIGHTS_ROWS * 10)) {
    const title = source.titleOf(id);
    if (title === undefined) continue;
    const v = votes.get(id) ?? { up: 0, down: 0 };
    mostShown.push({ title, up: v.up, down: v.down, shown: answerLog.askedCount(id) });
    if (mostShown.length === INSIGHTS_ROWS) break;
  }

  return {
    unanswered: kept.slice(0, INSIGHTS_QUESTIONS).map((q) => ({ when: when(q.at, timezone), text: q.redactedText })),
    unansweredTotal: kept.length,
    unansweredDays: retention.unansweredDays,
    feedbackDays: retention.feedbackDays,
    mostDown: mostDown.slice(0, INSIGHTS_ROWS),
    mostUp: mostUp.slice(0, INSIGHTS_ROWS),
    mostShown,
    experts: source.experts?.(now),
  };
}

export interface InsightsFeatureDeps extends InsightsSource {
  now(): Date;
  log: Logger;
}

const personalOnlyText = 'De inzichten kunt u alleen zien in uw persoonlijke chat met Meldwijzer. Typ daar **inzichten**.';

/**
 * `inzichten` (project leader, personal chat): the questions the bot could not answer and the 👍/👎 per answer,
 * so the leader can add what is missing. Leader-only everywhere: the router refuses anyone else politely.
 */
export function createInsightsFeature(deps: InsightsFeatureDeps): Feature {
  const card = () => insightsCard(insightsView(deps, deps.now()));
  const send = async (turn: Turn) => {
    if (turn.conversationType !== 'personal') {
      await turn.reply(personalOnlyText);
      return;
    }
    const c = card();
    deps.log.info({ event: 'insights-shown' }, 'insights shown to a project leader');
    await turn.reply(c, String(c.fallbackText ?? 'Inzichten'));
  };
  return {
    name: 'insights',
    commands: [
      {
        verbs: ['inzichten', 'inzicht'],
        description: 'Zie vragen zonder antwoord en hoe nuttig de antwoorden waren',
        scopes: ['personal'],
        leaderOnly: true,
        // Teams lists at most 10 commands per scope and the personal list is full; the leader's help card has a button.
        hidden: true,
        run: (turn) => send(turn),
      },
    ],
    submits: [submitAction({ verb: INSIGHTS_VERBS.show, schema: z.object({}), leaderOnly: true, run: (turn) => send(turn) })],
    executes: [
      executeAction({
        verb: INSIGHTS_VERBS.refresh,
        schema: z.object({}),
        leaderOnly: true,
        run: async (turn) => (turn.conversationType === 'personal' ? { card: card() } : { message: personalOnlyText }),
      }),
    ],
  };
}
