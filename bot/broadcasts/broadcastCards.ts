import type { Logger } from '../platform/log.ts';
import { sleep, type Clock, type Random } from '../platform/clock.ts';
import type { Delivery } from '../platform/delivery/delivery.ts';
import { asDeliveryError } from '../platform/delivery/deliveryError.ts';
import { cardUpdateRetry, retryDecision } from '../platform/delivery/retryPolicy.ts';
import { createRerunner, type Rerunner } from '../platform/rerunner.ts';
import type { ConversationRecord, ConversationStore } from '../platform/store/conversationStore.ts';
import type { Broadcast, BroadcastStore, CardRef } from './broadcastStore.ts';
import type { ApprovalView, BroadcastPresenter, ReportView } from './broadcastViews.ts';

export interface BroadcastCardsDeps {
  readonly store: Pick<BroadcastStore, 'get'>;
  readonly conversations: Pick<ConversationStore, 'get'>;
  readonly delivery: Delivery<ConversationRecord>;
  readonly presenter: BroadcastPresenter;
  readonly log: Logger;
  readonly transport: Clock;
  readonly random: Random;
  report(id: string): ReportView;
  approvalView(id: string): ApprovalView;
  /** Remembers the report card's activity id once the first send of it returned one. */
  rememberStatusCard(id: string, ref: CardRef): Promise<unknown>;
  /** Shutting down: no more retries. */
  stopping(): boolean;
}

/**
 * The cards the leaders see, kept up to date in place: the composer's report card (counting up while sending) and
 * the approval cards sent to the other leaders.
 */
export interface BroadcastCards {
  /** Refreshes the composer's card; calls during an update collapse into one more update with the latest state. */
  refreshStatusCard(id: string, final?: boolean): Promise<void>;
  updateApprovalCards(b: Broadcast, exceptConversationId?: string): Promise<void>;
  /** Refreshes still under way. */
  readonly busy: number;
  idle(): Promise<void>;
}

export function createBroadcastCards(deps: BroadcastCardsDeps): BroadcastCards {
  const { store, conversations, delivery, presenter, log } = deps;
  const chains = new Map<string, { runner: Rerunner; final: boolean }>();

  const pushStatusCard = async (id: string, final: boolean): Promise<void> => {
    const b = store.get(id);
    const ref = b?.statusCard;
    if (!b || !ref) return;
    const conversation = conversations.get(ref.conversationId);
    if (!conversation || !conversation.active) return;
    const card = presenter.report(deps.report(id));
    // The final card (the totals) is worth a few tries; a count on the way is overtaken by the next one anyway.
    const retry = { ...cardUpdateRetry, maxAttempts: final ? cardUpdateRetry.maxAttempts : 1 };
    for (let attempt = 1; ; attempt++) {
      try {
        if (ref.activityId) {
          await delivery.update(conversation, ref.activityId, card, 'normal');
        } else {
          const sent = await delivery.send(conversation, card, 'normal');
          if (sent.activityId) await deps.rememberStatusCard(id, { conversationId: ref.conversationId, activityId: sent.activityId });
        }
        return;
      } catch (err) {
        const e = asDeliveryError(err);
        log.warn({ event: 'report-update-failed', broadcastId: id, status: e.status }, 'could not update the report card');
        const next = retryDecision(e, attempt, retry, deps.random);
        if (next.action !== 'retry' || deps.stopping()) return;
        await sleep(deps.transport, next.delayMs);
      }
    }
  };

  return {
    refreshStatusCard(id, final = false) {
      let chain = chains.get(id);
      if (chain) chain.final ||= final;
      else {
        const c: { runner: Rerunner; final: boolean } = { runner: createRerunner(() => pushStatusCard(id, c.final)), final };
        chains.set(id, c);
        chain = c;
      }
      const c = chain;
      const done = c.runner.run();
      void done.finally(() => {
        if (!c.runner.running && chains.get(id) === c) chains.delete(id);
      });
      return done;
    },

    async updateApprovalCards(b, exceptConversationId) {
      const card = presenter.approvalRequest(deps.approvalView(b.id));
      for (const r of b.approval?.requests ?? []) {
        if (!r.activityId || r.conversationId === exceptConversationId) continue;
        const conversation = conversations.get(r.conversationId);
        if (!conversation?.active) continue;
        try {
          await delivery.update(conversation, r.activityId, card, 'normal');
        } catch (err) {
          log.warn({ event: 'approval-card-update-failed', broadcastId: b.id, status: asDeliveryError(err).status }, 'could not update an approval card');
        }
      }
    },

    get busy() {
      return chains.size;
    },

    async idle() {
      await Promise.allSettled([...chains.values()].map((c) => c.runner.idle()));
    },
  };
}
