import { randomUUID } from 'node:crypto';
import type { GroupStore } from '../groups/public.ts';
import type { Logger } from '../platform/log.ts';
import { describeError } from '../platform/describeError.ts';
import { StoreError } from '../platform/store/jsonStore.ts';
import { nowMs, systemClock, systemRandom, type Clock, type Random } from '../platform/clock.ts';
import type { Delivery } from '../platform/delivery/delivery.ts';
import { KeyedLimiter } from '../platform/delivery/keyedLimiter.ts';
import type { OutgoingCard } from '../platform/delivery/proactiveSender.ts';
import type { ConversationRecord, ConversationStore } from '../platform/store/conversationStore.ts';
import { deliverable, describeAudience, resolveAudience, type Audience } from './audience.ts';
import { asDeliveryError } from './backoff.ts';
import type { Actor, AuditEntry, Broadcast, BroadcastStore, CardRef, DeliveryCounts, RecipientRecord } from './broadcastStore.ts';
import { DeliveryRun, defaultDeliveryPolicy, type DeliveryPolicy } from './deliveryRun.ts';
import { markdownLinkTargets, validateDraft, type DraftInput, type FieldErrors } from './draft.ts';
import { isHttpsUrl } from '../platform/formFields.ts';
import { transition, type WorkflowActor, type WorkflowEvent } from './workflow.ts';
import { createBroadcastCards } from './broadcastCards.ts';
import { BroadcastRefusal, requireLeader as requireLeaderIn, type LeaderActor } from './broadcastRefusal.ts';
import { eraseFromBroadcasts, purgeBroadcasts } from './broadcastRetention.ts';
import { approvalViewOf as approvalViewFor, detailsViewOf, reportViewOf, type ApprovalView, type BroadcastPresenter, type DetailsView, type EstimateView, type ReportView } from './broadcastViews.ts';

/**
 * Broadcasts from compose to report: drafts, approval by a second leader, scheduling, the delivery runs, cancel and
 * resend to failed. This file orchestrates; the parts live beside it: the status workflow and its audit entries
 * (workflow.ts), the delivery loop (deliveryRun.ts), the leaders' cards kept up to date (broadcastCards.ts), what the
 * cards show (broadcastViews.ts), refusals (broadcastRefusal.ts), retention and erasure (broadcastRetention.ts).
 * Plain TypeScript: the Teams layer turns its results into cards, and gives it a presenter for the cards it
 * sends on its own (approval requests, report updates, the broadcast itself).
 */

export { BroadcastRefusal, type LeaderActor, type RefusalCode } from './broadcastRefusal.ts';
export type { ApprovalView, BroadcastPresenter, DetailsView, EstimateView, ReportView } from './broadcastViews.ts';

export interface BroadcastServiceOptions {
  /**
   * Whether this instance runs the delivery runs and the scheduled starts (the scaled mode's leader; always in the
   * embedded mode). Another instance records the change; the leader's `resync` starts the run.
   */
  runsBackground?: () => boolean;
  store: BroadcastStore;
  conversations: ConversationStore;
  groups: GroupStore | undefined;
  /** The app's one sender and budget (its sender without the SDK's own retries: every 429 and 5xx is counted here). */
  delivery: Delivery<ConversationRecord>;
  presenter: BroadcastPresenter;
  /** For timestamps and scheduled sends (tests move it by hand). */
  clock: Clock;
  log: Logger;
  config: {
    approvalRequired: boolean;
    projectLeaders: readonly string[];
    timezone: string;
    conversationRatePerSecond: number;
    maxAttempts: number;
    auditDays: number;
  };
  /** Transport time for the pace, backoff and the report's refresh (default: real time). */
  transportClock?: Clock;
  /** For jitter (default: Math.random). */
  random?: Random;
  policy?: Partial<DeliveryPolicy>;
  /** How often the composer's report card is refreshed while sending. */
  reportIntervalMs?: number;
}


export interface BroadcastService {
  composeOptions(): { groups: Array<{ id: string; name: string }>; approvalRequired: boolean; timezone: string };
  preview(actor: LeaderActor, input: DraftInput, draftId: string | undefined): Promise<{ ok: true; broadcast: Broadcast; estimate: EstimateView } | { ok: false; errors: FieldErrors }>;
  draft(actor: LeaderActor, id: string): Broadcast;
  estimate(audience: Audience): EstimateView;
  discard(actor: LeaderActor, id: string): Promise<void>;
  confirm(actor: LeaderActor, id: string, card: CardRef): Promise<Broadcast>;
  approve(actor: LeaderActor, id: string): Promise<Broadcast>;
  reject(actor: LeaderActor, id: string): Promise<Broadcast>;
  cancel(actor: LeaderActor, id: string): Promise<Broadcast>;
  resendFailed(actor: LeaderActor, id: string, card: CardRef | undefined): Promise<Broadcast>;
  get(id: string): Broadcast | undefined;
  report(id: string): ReportView;
  approvalView(id: string): ApprovalView;
  details(actor: LeaderActor, id: string): Promise<DetailsView>;
  recent(limit?: number): Broadcast[];
  audit(): readonly AuditEntry[];
  setUpdatesOptOut(conversationId: string, optOut: boolean): Promise<boolean>;
  /** Resumes sends that were under way and re-arms scheduled ones. */
  start(): Promise<void>;
  /** After another instance changed the broadcasts: start what it confirmed, stop what it cancelled. */
  resync(): Promise<void>;
  /** Shutdown: stops timers and runs; what is pending stays pending for the next start. */
  stop(): Promise<void>;
  /** Resolves when no scheduled send is starting, no run is active and no card update is under way (tests). */
  idle(): Promise<void>;
  purge(now: Date): Promise<number>;
  erasePerson(aadObjectId: string): Promise<number>;
  health(): { sending: number; scheduled: number; awaitingApproval: number; pendingRecipients: number };
  readonly policy: DeliveryPolicy;
}

export function createBroadcastService(options: BroadcastServiceOptions): BroadcastService {
  const { store, conversations, groups, delivery, presenter, clock, log, config } = options;
  const runsBackground = options.runsBackground ?? (() => true);
  const transport = options.transportClock ?? systemClock;
  const random = options.random ?? systemRandom;
  const policy: DeliveryPolicy = { ...defaultDeliveryPolicy({ ratePerSecond: delivery.limiter.ratePerSecond, maxAttempts: config.maxAttempts }), ...options.policy };
  // The broadcasts' own pace per conversation (a setting), on top of Teams' limits that the delivery platform keeps.
  const conversationPace = new KeyedLimiter(config.conversationRatePerSecond, Math.max(1, Math.floor(config.conversationRatePerSecond)), () => nowMs(transport));
  const reportIntervalMs = options.reportIntervalMs ?? 2000;
  const runs = new Map<string, { run: DeliveryRun | undefined; cancel: boolean; done: Promise<void> }>();
  const timers = new Map<string, () => void>();
  /** Scheduled sends whose moment came and that are resolving their recipients (idle() waits for them too). */
  const scheduledStarts = new Set<Promise<void>>();
  /** Confirmations under way, per broadcast. */
  const confirming = new Map<string, Promise<Broadcast>>();
  let stopping = false;

  const nowIso = () => clock.now().toISOString();
  /** Card updates that run on after the click has been answered: a failure is logged, never unhandled. */
  const background = (what: string, p: Promise<unknown>) => {
    p.catch((err: unknown) => log.warn({ event: 'broadcast-background-failed', what, err: describeError(err) }, 'a card update after an action failed'));
  };
  const tz = config.timezone;

  const requireLeader = (actor: LeaderActor): Actor => requireLeaderIn(actor, config.projectLeaders);
  const mustGet = (id: string): Broadcast => {
    const b = store.get(id);
    if (!b) throw new BroadcastRefusal('not-found', 'Deze update bestaat niet (meer).');
    return b;
  };
  const patch = (id: string, fn: (b: Broadcast) => void): Promise<Broadcast> =>
    store.update((d) => {
      const b = d.broadcasts.find((x) => x.id === id);
      if (!b) throw new BroadcastRefusal('not-found', 'Deze update bestaat niet (meer).');
      fn(b);
      b.updatedAt = nowIso();
      return structuredClone(b);
    });
  /**
   * A workflow event, applied in one store write: the broadcast's new state and its audit entry go to disk together
   * (a crash cannot keep one without the other), and the checks run on the state as it is at that write.
   */
  const apply = (id: string, event: WorkflowEvent, actor: WorkflowActor): Promise<Broadcast> =>
    store.update((d) => {
      const idx = d.broadcasts.findIndex((x) => x.id === id);
      const b = d.broadcasts[idx];
      if (!b) throw new BroadcastRefusal('not-found', 'Deze update bestaat niet (meer).');
      const r = transition(b, event, actor);
      if ('refusal' in r) throw new BroadcastRefusal(r.refusal.code, r.refusal.message);
      d.broadcasts[idx] = r.next;
      d.audit.push({ id: randomUUID(), ...r.audit });
      return structuredClone(r.next);
    });

  const estimate = (audience: Audience): EstimateView => {
    const r = resolveAudience(audience, { conversations, groups });
    return { count: r.recipients.length, optedOut: r.optedOut, inactive: r.inactive };
  };

  const approvers = (composer: string): ConversationRecord[] =>
    config.projectLeaders
      .filter((aad) => aad !== composer)
      .flatMap((aad) => {
        const chat = conversations.personalChatOf(aad);
        return chat && chat.active ? [chat] : [];
      });

  // ---- the composer's card and the approval cards, updated in place -------------------------------------------

  const cards = createBroadcastCards({
    store,
    conversations,
    delivery,
    presenter,
    log,
    transport,
    random,
    report: (id) => report(id),
    approvalView: (id) => approvalView(id),
    rememberStatusCard: (id, ref) => patch(id, (x) => (x.statusCard = ref)),
    stopping: () => stopping,
  });
  const { refreshStatusCard, updateApprovalCards } = cards;

  // ---- sending --------------------------------------------------------------------------------------------------

  const release = async (b: Broadcast, actor: WorkflowActor): Promise<Broadcast> => {
    const sendAt = b.sendAt ? Date.parse(b.sendAt) : undefined;
    if (sendAt !== undefined && sendAt > clock.now().getTime()) {
      const scheduled = await apply(b.id, { type: 'schedule', at: nowIso() }, actor);
      arm(scheduled);
      return scheduled;
    }
    return startSending(b.id, actor);
  };

  const arm = (b: Broadcast) => {
    timers.get(b.id)?.();
    if (!runsBackground()) return;
    const ms = Math.max(0, Date.parse(b.sendAt ?? '') - clock.now().getTime());
    timers.set(
      b.id,
      clock.setTimer(() => {
        timers.delete(b.id);
        if (stopping || store.get(b.id)?.status !== 'scheduled') return;
        const starting = startSending(b.id, 'systeem').then(
          () => undefined,
          (err: unknown) => log.error({ event: 'broadcast-start-failed', broadcastId: b.id, err: describeError(err) }, 'scheduled broadcast could not start'),
        );
        scheduledStarts.add(starting);
        void starting.finally(() => scheduledStarts.delete(starting));
      }, ms),
    );
  };

  const startSending = async (id: string, actor: WorkflowActor): Promise<Broadcast> => {
    // The recipients first (their own files; kept if the start stops here), then status and audit in one write.
    const total = await ensureResolved(mustGet(id));
    const b = await apply(id, { type: 'start', at: nowIso(), total }, actor);
    runBroadcast(b.id);
    return b;
  };

  /**
   * The audience becomes a list of recipients once, when sending starts (not again after a restart). One resolution
   * per broadcast at a time: two would write the same delivery files at once.
   */
  const resolving = new Map<string, Promise<number>>();
  const ensureResolved = (b: Broadcast): Promise<number> => {
    let p = resolving.get(b.id);
    if (!p) {
      p = resolveOnce(b).finally(() => resolving.delete(b.id));
      resolving.set(b.id, p);
    }
    return p;
  };
  const resolveOnce = async (b: Broadcast): Promise<number> => {
    const queue = await store.deliveries(b.id);
    if (queue.resolvedAt()) return queue.read().length;
    const resolved = resolveAudience(b.audience, { conversations, groups });
    const recipients: RecipientRecord[] = resolved.recipients.map((r) => ({ conversationId: r.conversationId, conversationType: r.conversationType, state: 'pending', attempts: 0 }));
    await queue.reset(recipients, nowIso());
    return recipients.length;
  };

  const runBroadcast = (id: string, cancelAtOnce = false): void => {
    if (runs.has(id) || stopping || !runsBackground()) return;
    const entry: { run: DeliveryRun | undefined; cancel: boolean; done: Promise<void> } = { run: undefined, cancel: cancelAtOnce, done: Promise.resolve() };
    runs.set(id, entry);
    entry.done = (async () => {
      const b = store.get(id);
      if (!b) return;
      const queue = await store.deliveries(id);
      const messages = new Map<string, OutgoingCard>();
      const run = new DeliveryRun({
        broadcastId: id,
        queue,
        delivery,
        conversationPace,
        conversations,
        message: (type) => {
          let m = messages.get(type);
          if (!m) {
            m = presenter.message(b.content, type);
            messages.set(type, m);
          }
          return m;
        },
        policy,
        clock: transport,
        random,
        log,
      });
      entry.run = run;
      if (entry.cancel) run.cancel();
      if (stopping) void run.stop();
      let ticking = true;
      let lastShown = '';
      const tick = () => {
        if (!ticking) return;
        const shown = JSON.stringify(run.counts());
        if (shown !== lastShown) {
          lastShown = shown;
          background('report-card', refreshStatusCard(id));
        }
        cancelTick = transport.setTimer(tick, reportIntervalMs);
      };
      let cancelTick = transport.setTimer(tick, reportIntervalMs);
      const started = nowMs(transport);
      let outcome;
      try {
        outcome = await run.run();
      } finally {
        ticking = false;
        cancelTick();
      }
      const counts = run.counts();
      log.info({ event: 'broadcast-run-ended', broadcastId: id, outcome, ...counts, ms: nowMs(transport) - started, peakUnconfirmed: run.peakUnconfirmed }, 'broadcast run ended');
      if (outcome === 'stopped') return;
      await apply(id, { type: 'finish', at: nowIso(), counts, outcome: outcome === 'cancelled' ? 'cancelled' : 'done' }, 'systeem');
      await refreshStatusCard(id, true);
    })()
      .catch((err: unknown) => {
        log.error({ event: 'broadcast-run-failed', broadcastId: id, err: describeError(err) }, 'broadcast run failed');
      })
      .finally(() => {
        runs.delete(id);
      });
  };

  // ---- views ----------------------------------------------------------------------------------------------------

  const liveCounts = (b: Broadcast): DeliveryCounts | undefined => runs.get(b.id)?.run?.counts() ?? b.counts;

  const report = (id: string): ReportView => {
    const b = mustGet(id);
    return reportViewOf(b, { counts: liveCounts(b), running: runs.has(b.id), estimate: () => estimate(b.audience).count }, tz);
  };
  const approvalView = (id: string): ApprovalView => approvalViewOf(mustGet(id));
  const approvalViewOf = (b: Broadcast): ApprovalView => approvalViewFor(b, estimate(b.audience).count, tz);

  const resendable = (r: RecipientRecord) => r.state === 'failed' && deliverable(conversations.get(r.conversationId)) === 'ok';

  // ---- the service ----------------------------------------------------------------------------------------------

  /**
   * A second leader approves (the broadcast is released: sent now or scheduled) or rejects a draft that waits
   * for approval. Never the composer; never twice (the second one is told who decided).
   */
  async function decide(actor: LeaderActor, id: string, decision: 'approved' | 'rejected'): Promise<Broadcast> {
    const who = requireLeader(actor);
    const decided = await apply(id, { type: decision === 'approved' ? 'approve' : 'reject', at: nowIso() }, who);
    const next = decision === 'approved' ? await release(decided, who) : decided;
    background('approval-cards', updateApprovalCards(next, conversations.personalChatOf(who.aadObjectId)?.conversationId));
    background('report-card', refreshStatusCard(id));
    return next;
  }

  /** Versturen: released at once or at its time, or sent to the other leaders for approval. */
  async function confirmOnce(who: Actor, b: Broadcast, card: CardRef): Promise<Broadcast> {
    const id = b.id;
    // A click after the first one finished (or a retried invoke) changes nothing.
    if (b.status !== 'draft') {
      if (b.status === 'rejected') throw new BroadcastRefusal('wrong-state', 'Deze update is afgewezen. Pas hem aan en bied hem opnieuw aan.');
      return b;
    }
    // A draft saved before links in the text were checked (issue 15, finding 11) is checked again before it goes out.
    if (markdownLinkTargets(b.content.text).some((t) => !isHttpsUrl(t))) {
      throw new BroadcastRefusal('unsafe-link', 'In de tekst staat een link die geen webadres met https:// is. Kies Aanpassen, pas de link aan of haal hem weg, en verstuur dan opnieuw.');
    }
    const est = estimate(b.audience);
    if (est.count === 0) throw new BroadcastRefusal('empty-audience', 'Er is niemand in deze doelgroep die de update kan ontvangen. Kies een andere doelgroep.');
    if (!config.approvalRequired) {
      const confirmed = await patch(id, (x) => (x.statusCard = card));
      return release(confirmed, who);
    }
    const chats = approvers(who.aadObjectId);
    if (chats.length === 0) {
      throw new BroadcastRefusal(
        'no-approver',
        'Een tweede projectleider moet deze update goedkeuren, maar er is geen andere projectleider die Meldwijzer in een persoonlijke chat heeft. Vraag een collega-projectleider om Meldwijzer te openen, of vraag de beheerder om goedkeuring uit te zetten.',
      );
    }
    // The request card shows the broadcast as it will be once submitted; the status changes (with its audit entry)
    // only after the requests went out, so a draft never waits for an approval nobody was asked for.
    const candidate = transition(b, { type: 'submit', at: nowIso(), requests: [] }, who);
    if ('refusal' in candidate) throw new BroadcastRefusal(candidate.refusal.code, candidate.refusal.message);
    await patch(id, (x) => (x.statusCard = card));
    const requestCard = presenter.approvalRequest(approvalViewOf(candidate.next));
    const requests: NonNullable<Broadcast['approval']>['requests'] = [];
    for (const chat of chats) {
      try {
        const sent = await delivery.send(chat, requestCard, 'normal');
        requests.push({ aadObjectId: chat.userAadObjectId ?? '', conversationId: chat.conversationId, ...(sent.activityId ? { activityId: sent.activityId } : {}) });
      } catch (err) {
        log.warn({ event: 'approval-request-failed', broadcastId: id, status: asDeliveryError(err).status }, 'could not send an approval request');
      }
    }
    if (requests.length === 0) {
      throw new BroadcastRefusal('no-approver', 'Het concept kon niet naar een andere projectleider worden gestuurd. Probeer het straks opnieuw.');
    }
    return apply(id, { type: 'submit', at: nowIso(), requests }, who);
  }

  const service: BroadcastService = {
    policy,
    composeOptions: () => ({
      groups: (groups?.list() ?? []).map((g) => ({ id: g.id, name: g.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      approvalRequired: config.approvalRequired,
      timezone: tz,
    }),
    estimate,

    async preview(actor, input, draftId) {
      const who = requireLeader(actor);
      const knownGroupIds = new Set((groups?.list() ?? []).map((g) => g.id));
      const v = validateDraft(input, { now: clock.now(), timezone: tz, knownGroupIds });
      if (!v.ok) return { ok: false, errors: v.errors };
      const { content, audience, sendAt } = v.draft;
      const audienceLabel = describeAudience(audience, groups);
      const existing = draftId ? store.get(draftId) : undefined;
      if (existing && (existing.status === 'draft' || existing.status === 'rejected') && existing.composer.aadObjectId === who.aadObjectId) {
        const b = await patch(existing.id, (x) => {
          x.status = 'draft';
          x.content = content;
          x.audience = audience;
          x.audienceLabel = audienceLabel;
          if (sendAt) x.sendAt = sendAt.toISOString();
          else delete x.sendAt;
          delete x.approval;
        });
        return { ok: true, broadcast: b, estimate: estimate(audience) };
      }
      const now = nowIso();
      const b: Broadcast = { id: randomUUID(), status: 'draft', content, audience, audienceLabel, composer: who, createdAt: now, updatedAt: now, runs: 0 };
      if (sendAt) b.sendAt = sendAt.toISOString();
      await store.update((d) => {
        d.broadcasts.push(b);
      });
      return { ok: true, broadcast: b, estimate: estimate(audience) };
    },

    draft(actor, id) {
      const who = requireLeader(actor);
      const b = mustGet(id);
      if (b.status !== 'draft' && b.status !== 'rejected') throw new BroadcastRefusal('wrong-state', 'Deze update is al verstuurd of ingepland en kan niet meer worden aangepast.');
      if (b.composer.aadObjectId !== who.aadObjectId) throw new BroadcastRefusal('not-yours', 'Alleen wie de update schreef, kan hem aanpassen.');
      return b;
    },

    async discard(actor, id) {
      const b = service.draft(actor, id);
      await store.update((d) => {
        d.broadcasts = d.broadcasts.filter((x) => x.id !== b.id);
      });
    },

    async confirm(actor, id, card) {
      const who = requireLeader(actor);
      const b = mustGet(id);
      if (b.composer.aadObjectId !== who.aadObjectId) throw new BroadcastRefusal('not-yours', 'Alleen wie de update schreef, kan hem versturen.');
      // Clicks that arrive while the first is still on its way (a double click, a retried invoke) share its outcome
      // instead of starting the same broadcast again (issue 15, finding 7).
      const pending = confirming.get(id);
      if (pending) return pending;
      const confirmed = confirmOnce(who, b, card);
      confirming.set(id, confirmed);
      try {
        return await confirmed;
      } finally {
        confirming.delete(id);
      }
    },

    approve: (actor, id) => decide(actor, id, 'approved'),
    reject: (actor, id) => decide(actor, id, 'rejected'),

    async cancel(actor, id) {
      const who = requireLeader(actor);
      const b = mustGet(id);
      if (b.status === 'draft' || b.status === 'rejected') {
        await service.discard(actor, id);
        return { ...b, status: 'cancelled' as const };
      }
      const cancelled = await apply(id, { type: 'cancel', at: nowIso() }, who);
      timers.get(id)?.();
      timers.delete(id);
      const wasSending = b.status === 'sending';
      if (wasSending) {
        const active = runs.get(id);
        if (active) {
          active.cancel = true;
          active.run?.cancel();
        } else runBroadcast(id, true);
      } else {
        if (b.status === 'awaiting-approval') background('approval-cards', updateApprovalCards(cancelled));
        background('report-card', refreshStatusCard(id));
      }
      return cancelled;
    },

    async resendFailed(actor, id, card) {
      const who = requireLeader(actor);
      const b = mustGet(id);
      if (runs.has(id) || (b.status !== 'done' && b.status !== 'cancelled')) {
        throw new BroadcastRefusal('wrong-state', 'Deze update wordt nog verstuurd. Wacht tot hij klaar is.');
      }
      const queue = await store.deliveries(id);
      const n = queue.read().filter(resendable).length;
      if (n === 0) throw new BroadcastRefusal('nothing-to-resend', 'Er is niemand om opnieuw naar te sturen: bij de mislukte ontvangers is Meldwijzer verwijderd, of ze willen geen updates meer.');
      await queue.change((recipients) => {
        for (const r of recipients) {
          if (resendable(r)) {
            r.state = 'pending';
            r.attempts = 0;
            delete r.reason;
            delete r.nextAttemptAt;
          }
        }
      });
      const resent = await apply(id, { type: 'resend', at: nowIso(), total: n, card }, who);
      runBroadcast(id);
      return resent;
    },

    get: (id) => store.get(id),
    report,
    approvalView,

    async details(actor, id) {
      requireLeader(actor);
      const b = mustGet(id);
      const queue = await store.deliveries(id);
      const counts = liveCounts(b) ?? { total: 0, sent: 0, failed: 0, pending: 0, skipped: 0 };
      return detailsViewOf(b, counts, queue.read(), { placeName: (c) => conversations.get(c)?.title, resendable });
    },

    recent: (limit = 10) =>
      [...store.read().broadcasts]
        .filter((b) => b.status !== 'draft')
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, limit),
    audit: () => store.read().audit,

    async setUpdatesOptOut(conversationId, optOut) {
      const c = conversations.get(conversationId);
      if (!c || c.conversationType !== 'personal') return false;
      return conversations.setUpdatesOptOut(conversationId, optOut);
    },

    async start() {
      stopping = false;
      const files = new Set(await store.deliveryFileIds());
      for (const b of store.read().broadcasts) {
        if (b.status === 'scheduled') arm(b);
        else if (b.status === 'sending') {
          // Sending starts only after its recipients are on disk: a sending broadcast without them had its delivery
          // directory moved or lost. Resolving the audience again would send it twice to everyone who had it.
          if (!files.has(b.id)) {
            const refused = new StoreError(store.deliveriesDir(b.id), 'ontbreekt, maar deze update wordt nog verstuurd. Meldwijzer stuurt hem niet opnieuw naar iedereen: zet de map terug (uit een reservekopie van DATA_DIR)');
            refused.message += ` Geen reservekopie? Sluit de update dan af zonder nog iets te versturen: npm run delivery:close -- ${b.id}`;
            throw refused;
          }
          await ensureResolved(b);
          runBroadcast(b.id);
        } else if (b.status === 'cancelled' && files.has(b.id)) {
          // Cancelled while sending, then the process stopped before the run could close the queue.
          const queue = await store.deliveries(b.id);
          if (queue.read().some((r) => r.state === 'pending' || r.state === 'sending')) runBroadcast(b.id, true);
        }
      }
    },

    async resync() {
      if (stopping || !runsBackground()) return;
      for (const b of store.read().broadcasts) {
        const active = runs.get(b.id);
        if (b.status === 'cancelled' && active && !active.cancel) {
          active.cancel = true;
          active.run?.cancel();
        }
        if (b.status !== 'scheduled' && timers.has(b.id)) {
          timers.get(b.id)?.();
          timers.delete(b.id);
        }
      }
      await service.start();
    },

    async stop() {
      stopping = true;
      for (const cancel of timers.values()) cancel();
      timers.clear();
      await Promise.all([...runs.values()].map(async (r) => {
        await r.run?.stop();
        await r.done;
      }));
      await cards.idle();
      await store.flush();
    },

    async idle() {
      while (runs.size > 0 || cards.busy > 0 || scheduledStarts.size > 0) {
        await Promise.allSettled([...scheduledStarts, ...[...runs.values()].map((r) => r.done), cards.idle()]);
      }
    },

    purge: (now) => purgeBroadcasts(store, now, { auditDays: config.auditDays, running: (id) => runs.has(id) }),

    erasePerson: (aadObjectId) =>
      eraseFromBroadcasts(store, aadObjectId, {
        personalChatId: conversations.personalChatOf(aadObjectId)?.conversationId,
        redactActive: (id, chat) => runs.get(id)?.run?.redact(chat),
      }),

    health() {
      const all = store.read().broadcasts;
      let pendingRecipients = 0;
      for (const r of runs.values()) pendingRecipients += r.run?.counts().pending ?? 0;
      return {
        sending: all.filter((b) => b.status === 'sending').length,
        scheduled: all.filter((b) => b.status === 'scheduled').length,
        awaitingApproval: all.filter((b) => b.status === 'awaiting-approval').length,
        pendingRecipients,
      };
    },
  };
  return service;
}
