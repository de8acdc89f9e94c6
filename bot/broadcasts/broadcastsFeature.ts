import { z } from 'zod';
import { BroadcastRefusal, type BroadcastPresenter, type BroadcastService, type LeaderActor } from './broadcastService.ts';
import { draftInputOf, type DraftInput } from './draft.ts';
import { formatMoment } from '../platform/dutchTime.ts';
import type { Logger } from '../platform/log.ts';
import { zoneNote as zoneNoteFor } from '../platform/dutchTime.ts';
import { leaderOnlyText } from '../platform/roles.ts';
import { approvalSummary, broadcastApprovalCard } from '../../cards/broadcastApprovalCard.ts';
import { broadcastComposeCard } from '../../cards/broadcastComposeCard.ts';
import { broadcastDetailsCard } from '../../cards/broadcastDetailsCard.ts';
import { broadcastMessageCard, broadcastSummary } from '../../cards/broadcastMessageCard.ts';
import { broadcastOverviewCard } from '../../cards/broadcastOverviewCard.ts';
import { broadcastPreviewCard } from '../../cards/broadcastPreviewCard.ts';
import { broadcastReportCard, reportSummary } from '../../cards/broadcastReportCard.ts';
import { BROADCAST_VERBS } from '../../cards/broadcastVerbs.ts';
import { noticeCard } from '../../cards/noticeCard.ts';
import { executeAction, submitAction, type Command, type ExecuteResult, type Feature, type Turn } from '../teams/feature.ts';

/** The cards the broadcast service sends on its own (the update itself, report updates, approval requests). */
export function createBroadcastPresenter(): BroadcastPresenter {
  return {
    message: (content, conversationType) => ({ card: broadcastMessageCard({ content, conversationType }), summary: broadcastSummary(content) }),
    report: (view) => ({ card: broadcastReportCard(view), summary: reportSummary(view) }),
    approvalRequest: (view) => ({ card: broadcastApprovalCard(view), summary: approvalSummary(view) }),
  };
}

export interface BroadcastsFeatureDeps {
  service: BroadcastService;
  log: Logger;
  timezone: string;
}

const idSchema = z.object({ id: z.string().min(1).max(64) });
const field = z.string().max(20_000).optional();
const formSchema = z.object({
  draftId: z.string().min(1).max(64).optional(),
  title: field,
  text: field,
  linkTitle: field,
  linkUrl: field,
  imageUrl: field,
  audience: field,
  groupIds: field,
  sendDate: field,
  sendTime: field,
});

/** `update`, `update overzicht`, `geen updates`, `wel updates` and the broadcast cards' buttons. */
export function createBroadcastsFeature(deps: BroadcastsFeatureDeps): Feature {
  const { service, log, timezone } = deps;
  const zoneNote = zoneNoteFor(timezone);

  const actorOf = (turn: Turn): LeaderActor => ({ aadObjectId: turn.aadObjectId, name: turn.userName, isLeader: turn.isLeader });

  const composeCard = (values: DraftInput, errors: Record<string, string> = {}, draftId?: string) => {
    const options = service.composeOptions();
    return broadcastComposeCard({ draftId, values, errors, groups: options.groups, approvalRequired: options.approvalRequired, zoneNote });
  };
  const previewCard = (id: string, problem?: string) => {
    const b = service.get(id);
    if (!b) return noticeCard('Deze update bestaat niet (meer).', { tone: 'warning' });
    const est = service.estimate(b.audience);
    return broadcastPreviewCard({
      id,
      content: b.content,
      audienceLabel: b.audienceLabel,
      count: est.count,
      optedOut: est.optedOut,
      inactive: est.inactive,
      sendAtText: b.sendAt ? formatMoment(b.sendAt, timezone) : undefined,
      approvalRequired: service.composeOptions().approvalRequired,
      problem,
    });
  };
  const reportCard = (id: string) => broadcastReportCard(service.report(id));

  /** A refusal leaves everything as it was and tells the leader why. */
  const guarded = async (verb: string, fn: () => Promise<ExecuteResult>): Promise<ExecuteResult> => {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof BroadcastRefusal) {
        log.info({ event: 'broadcast-refused', verb, code: err.code }, 'broadcast action refused');
        return { message: err.message };
      }
      throw err;
    }
  };

  const sendCompose = async (turn: Turn, title: string) => {
    await turn.reply(composeCard(title ? { title } : {}), 'Nieuwe update');
  };
  const sendOverview = async (turn: Turn) => {
    const items = service.recent(10).map((b) => {
      const counts = b.status === 'sending' ? service.report(b.id).counts : b.counts;
      return {
        id: b.id,
        title: b.content.title,
        status: b.status,
        when: formatMoment(b.runStartedAt ?? b.sendAt ?? b.createdAt, timezone),
        sent: counts?.sent,
        total: counts?.total,
      };
    });
    await turn.reply(broadcastOverviewCard({ items }), 'Laatste updates');
  };
  const personalOnly = async (turn: Turn, what: string): Promise<boolean> => {
    if (turn.conversationType === 'personal') return true;
    await turn.reply(`${what} kan alleen in uw persoonlijke chat met Meldwijzer.`);
    return false;
  };

  const commands: Command[] = [
    {
      verbs: ['update', 'nieuwe update'],
      description: 'Schrijf een update voor iedereen, de kanalen of een groep',
      scopes: ['personal'],
      leaderOnly: true,
      takesArgs: true,
      run: async (turn, args) => {
        if (await personalOnly(turn, 'Een update schrijven')) await sendCompose(turn, args.slice(0, 100));
      },
    },
    {
      verbs: ['update overzicht', 'updates overzicht'],
      description: 'Zie de laatste updates en hoe het versturen ging',
      scopes: ['personal'],
      leaderOnly: true,
      run: async (turn) => {
        if (await personalOnly(turn, 'Het overzicht van updates')) await sendOverview(turn);
      },
    },
    {
      verbs: ['geen updates'],
      description: 'Krijg geen updates van de projectleider meer in deze chat',
      scopes: ['personal'],
      takesArgs: true, // extra words ("... alstublieft") change nothing
      run: async (turn) => {
        if (!(await personalOnly(turn, '"geen updates"'))) return;
        await service.setUpdatesOptOut(turn.conversationId, true);
        log.info({ event: 'updates-opt-out', optOut: true }, 'updates opt-out changed');
        await turn.reply(
          noticeCard('U krijgt hier geen updates van de projectleider meer. Herinneringen voor bijeenkomsten die u volgt, krijgt u wel. Toch weer updates? Typ **wel updates**.', { title: 'Geen updates meer', tone: 'good' }),
          'U krijgt geen updates meer.',
        );
      },
    },
    {
      verbs: ['wel updates'],
      description: 'Krijg weer updates van de projectleider',
      scopes: ['personal'],
      takesArgs: true, // extra words ("... alstublieft") change nothing
      run: async (turn) => {
        if (!(await personalOnly(turn, '"wel updates"'))) return;
        await service.setUpdatesOptOut(turn.conversationId, false);
        log.info({ event: 'updates-opt-out', optOut: false }, 'updates opt-out changed');
        await turn.reply(noticeCard('U krijgt hier weer updates van de projectleider. Wilt u ze toch niet? Typ **geen updates**.', { title: 'Weer updates', tone: 'good' }), 'U krijgt weer updates.');
      },
    },
  ];

  return {
    name: 'broadcasts',
    commands,
    submits: [
      submitAction({ verb: BROADCAST_VERBS.compose, schema: z.object({}), leaderOnly: true, run: (turn) => sendCompose(turn, '') }),
      submitAction({ verb: BROADCAST_VERBS.overview, schema: z.object({}), leaderOnly: true, run: (turn) => sendOverview(turn) }),
      submitAction({
        verb: BROADCAST_VERBS.details,
        schema: idSchema,
        leaderOnly: true,
        run: async (turn, data) => {
          try {
            const details = await service.details(actorOf(turn), data.id);
            await turn.reply(broadcastDetailsCard(details), `Details: ${details.counts.sent} verstuurd, ${details.counts.failed} mislukt`);
          } catch (err) {
            if (!(err instanceof BroadcastRefusal)) throw err;
            await turn.reply(noticeCard(err.message, { tone: 'warning' }), err.message);
          }
        },
      }),
    ],
    executes: [
      executeAction({
        verb: BROADCAST_VERBS.preview,
        schema: formSchema,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(BROADCAST_VERBS.preview, async () => {
            const { draftId, ...input } = data;
            const result = await service.preview(actorOf(turn), input, draftId);
            if (!result.ok) return { card: composeCard(input, result.errors as Record<string, string>, draftId) };
            return { card: previewCard(result.broadcast.id) };
          }),
      }),
      executeAction({
        verb: BROADCAST_VERBS.edit,
        schema: idSchema,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(BROADCAST_VERBS.edit, async () => {
            const b = service.draft(actorOf(turn), data.id);
            return { card: composeCard(draftInputOf(b, timezone), {}, b.id) };
          }),
      }),
      executeAction({
        verb: BROADCAST_VERBS.discard,
        schema: z.object({ id: z.string().min(1).max(64).optional() }),
        leaderOnly: true,
        run: (turn, data) =>
          guarded(BROADCAST_VERBS.discard, async () => {
            if (data.id) await service.discard(actorOf(turn), data.id);
            return { card: noticeCard('Er is niets verstuurd. Typ **update** om een nieuwe update te schrijven.', { title: 'Update weggegooid' }) };
          }),
      }),
      executeAction({
        verb: BROADCAST_VERBS.confirm,
        schema: idSchema,
        leaderOnly: true,
        run: async (turn, data) => {
          try {
            const replyTo = turn.replyToId;
            await service.confirm(actorOf(turn), data.id, replyTo ? { conversationId: turn.conversationId, activityId: replyTo } : { conversationId: turn.conversationId });
            return { card: reportCard(data.id) };
          } catch (err) {
            // Nobody to approve, nobody in the audience or a link to fix: keep the preview (with Aanpassen), the reason on top.
            if (err instanceof BroadcastRefusal && (err.code === 'no-approver' || err.code === 'empty-audience' || err.code === 'unsafe-link')) return { card: previewCard(data.id, err.message) };
            return guarded(BROADCAST_VERBS.confirm, () => Promise.reject(err));
          }
        },
      }),
      executeAction({
        verb: BROADCAST_VERBS.approve,
        schema: idSchema,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(BROADCAST_VERBS.approve, async () => {
            await service.approve(actorOf(turn), data.id);
            return { card: broadcastApprovalCard(service.approvalView(data.id)) };
          }),
      }),
      executeAction({
        verb: BROADCAST_VERBS.reject,
        schema: idSchema,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(BROADCAST_VERBS.reject, async () => {
            await service.reject(actorOf(turn), data.id);
            return { card: broadcastApprovalCard(service.approvalView(data.id)) };
          }),
      }),
      executeAction({
        verb: BROADCAST_VERBS.cancel,
        schema: idSchema,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(BROADCAST_VERBS.cancel, async () => {
            const b = await service.cancel(actorOf(turn), data.id);
            if (!service.get(b.id)) return { card: noticeCard('Er is niets verstuurd.', { title: 'Update weggegooid' }) };
            return { card: reportCard(data.id) };
          }),
      }),
      executeAction({
        verb: BROADCAST_VERBS.resend,
        schema: idSchema,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(BROADCAST_VERBS.resend, async () => {
            const replyTo = turn.replyToId;
            await service.resendFailed(actorOf(turn), data.id, replyTo ? { conversationId: turn.conversationId, activityId: replyTo } : undefined);
            return { card: reportCard(data.id) };
          }),
      }),
      executeAction({
        verb: BROADCAST_VERBS.refresh,
        schema: idSchema,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(BROADCAST_VERBS.refresh, async () => {
            if (!turn.isLeader) throw new BroadcastRefusal('not-leader', leaderOnlyText);
            if (!service.get(data.id)) throw new BroadcastRefusal('not-found', 'Deze update bestaat niet (meer).');
            return { card: reportCard(data.id) };
          }),
      }),
    ],
  };
}
