import type { OutgoingCard } from '../platform/delivery/proactiveSender.ts';
import type { ConversationRecord } from '../platform/store/conversationStore.ts';
import type { FailureReason } from './backoff.ts';
import type { Broadcast, BroadcastStatus, DeliveryCounts, RecipientRecord, SkipReason } from './broadcastStore.ts';
import { formatDuration, type BroadcastContent } from './draft.ts';
import { formatMoment } from '../platform/dutchTime.ts';

/** What the cards show about a broadcast: plain data built from its stored state (the cards turn it into Dutch). */
export interface ReportView {
  readonly id: string;
  readonly title: string;
  readonly status: BroadcastStatus;
  readonly audienceLabel: string;
  /** Undefined until sending starts. */
  readonly counts: DeliveryCounts | undefined;
  /** Before sending: how many it would go to now. */
  readonly estimate: number | undefined;
  readonly sendAtText: string | undefined;
  readonly startedAtText: string | undefined;
  /** When the run is over: how long it took. */
  readonly durationText: string | undefined;
  readonly composerName: string | undefined;
  readonly approval: { readonly required: boolean; readonly decision: 'approved' | 'rejected' | undefined; readonly byName: string | undefined };
  readonly cancelledByName: string | undefined;
  readonly canCancel: boolean;
  readonly canResend: boolean;
  readonly canEdit: boolean;
}

export interface ApprovalView {
  readonly id: string;
  readonly content: BroadcastContent;
  readonly audienceLabel: string;
  readonly estimate: number;
  readonly sendAtText: string | undefined;
  readonly composerName: string | undefined;
  readonly state: 'open' | 'approved' | 'rejected' | 'withdrawn';
  readonly decidedByName: string | undefined;
}

export interface DetailsView {
  readonly id: string;
  readonly title: string;
  readonly counts: DeliveryCounts;
  readonly failures: ReadonlyArray<{ readonly reason: FailureReason; readonly count: number; readonly statuses: readonly number[] }>;
  readonly skipped: ReadonlyArray<{ readonly reason: SkipReason; readonly count: number }>;
  /** Channels and group chats that failed, by name (personal chats are not named). */
  readonly failedPlaces: readonly string[];
  readonly resendable: number;
}

export interface EstimateView {
  readonly count: number;
  readonly optedOut: number;
  readonly inactive: number;
}

/** The cards the service sends on its own; the feature's handlers provide them (bot/broadcasts/broadcastsFeature.ts). */
export interface BroadcastPresenter {
  message(content: BroadcastContent, conversationType: ConversationRecord['conversationType']): OutgoingCard;
  report(view: ReportView): OutgoingCard;
  approvalRequest(view: ApprovalView): OutgoingCard;
}

/**
 * @param live.counts the run's counts while it runs, else the stored totals
 * @param live.running a run is still active (after a cancel it may still be counting)
 * @param live.estimate how many the audience reaches now (asked only before sending)
 */
export function reportViewOf(b: Broadcast, live: { counts: DeliveryCounts | undefined; running: boolean; estimate: () => number }, timezone: string): ReportView {
  const counts = b.status === 'sending' || b.status === 'done' || b.status === 'cancelled' ? live.counts : undefined;
  const over = b.status === 'done' || (b.status === 'cancelled' && !live.running);
  const durationMs = over && b.runStartedAt && b.finishedAt ? Date.parse(b.finishedAt) - Date.parse(b.runStartedAt) : undefined;
  return {
    id: b.id,
    title: b.content.title,
    status: b.status,
    audienceLabel: b.audienceLabel,
    counts,
    estimate: counts ? undefined : live.estimate(),
    sendAtText: b.sendAt ? formatMoment(b.sendAt, timezone) : undefined,
    startedAtText: b.runStartedAt ? formatMoment(b.runStartedAt, timezone) : undefined,
    durationText: durationMs !== undefined ? formatDuration(durationMs) : undefined,
    composerName: b.composer.name,
    approval: { required: b.approval !== undefined, decision: b.approval?.decision, byName: b.approval?.decidedBy?.name },
    cancelledByName: b.cancelledBy?.name,
    canCancel: b.status === 'scheduled' || b.status === 'sending' || b.status === 'awaiting-approval',
    canResend: over && (counts?.failed ?? 0) > 0,
    canEdit: b.status === 'rejected' || b.status === 'draft',
  };
}

export function approvalViewOf(b: Broadcast, estimate: number, timezone: string): ApprovalView {
  const state: ApprovalView['state'] =
    b.approval?.decision === 'approved' ? 'approved' : b.approval?.decision === 'rejected' ? 'rejected' : b.status === 'awaiting-approval' ? 'open' : 'withdrawn';
  return {
    id: b.id,
    content: b.content,
    audienceLabel: b.audienceLabel,
    estimate,
    sendAtText: b.sendAt ? formatMoment(b.sendAt, timezone) : undefined,
    composerName: b.composer.name,
    state,
    decidedByName: b.approval?.decidedBy?.name,
  };
}

/** Failures by reason (with the HTTP statuses seen), skips by reason, and the channels and group chats that failed. */
export function detailsViewOf(
  b: Broadcast,
  counts: DeliveryCounts,
  recipients: readonly RecipientRecord[],
  deps: { placeName(conversationId: string): string | undefined; resendable(r: RecipientRecord): boolean },
): DetailsView {
  const failures = new Map<FailureReason, { count: number; statuses: Set<number> }>();
  const skipped = new Map<SkipReason, number>();
  const failedPlaces: string[] = [];
  let resendableCount = 0;
  for (const r of recipients) {
    if (r.state === 'failed') {
      const reason = (r.reason ?? 'rejected') as FailureReason;
      const f = failures.get(reason) ?? { count: 0, statuses: new Set<number>() };
      f.count++;
      if (r.lastStatus !== undefined) f.statuses.add(r.lastStatus);
      failures.set(reason, f);
      if (r.conversationType !== 'personal' && failedPlaces.length < 20) failedPlaces.push(deps.placeName(r.conversationId) ?? 'kanaal of groepschat zonder naam');
      if (deps.resendable(r)) resendableCount++;
    } else if (r.state === 'skipped') {
      const reason = (r.reason ?? 'inactive') as SkipReason;
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
    }
  }
  return {
    id: b.id,
    title: b.content.title,
    counts,
    failures: [...failures].map(([reason, f]) => ({ reason, count: f.count, statuses: [...f.statuses].sort() })),
    skipped: [...skipped].map(([reason, count]) => ({ reason, count })),
    failedPlaces,
    resendable: resendableCount,
  };
}
