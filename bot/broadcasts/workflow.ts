import type { Actor, AuditEntry, Broadcast, CardRef, DeliveryCounts } from './broadcastStore.ts';

/**
 * The broadcast workflow as data: every change of a broadcast's status is one event, and `transition` says, without
 * touching anything, what the broadcast becomes and which audit entry records it, or why it is refused. The service
 * applies the result in one store write (state and audit together), on the state as it is at that write, so two
 * clicks at once cannot both pass a check made earlier.
 *
 *   draft --submit--> awaiting-approval --approve--> (schedule | start)     --reject--> rejected
 *   draft --schedule--> scheduled --start--> sending --finish--> done
 *   draft --start--> sending                          (awaiting-approval | scheduled | sending) --cancel--> cancelled
 *   (done | cancelled) --resend--> sending            sending after a cancel --finish--> cancelled (the totals)
 */
export type WorkflowEvent = { readonly at: string } & (
  | { readonly type: 'submit'; readonly requests: NonNullable<Broadcast['approval']>['requests'] }
  | { readonly type: 'approve' }
  | { readonly type: 'reject' }
  | { readonly type: 'schedule' }
  | { readonly type: 'start'; readonly total: number }
  | { readonly type: 'cancel' }
  | { readonly type: 'finish'; readonly counts: DeliveryCounts; readonly outcome: 'done' | 'cancelled' }
  | { readonly type: 'resend'; readonly total: number; readonly card?: CardRef | undefined }
);

/** Who caused the event: a leader, or the bot itself (a scheduled start, the end of a run). */
export type WorkflowActor = Actor | 'systeem';

export type WorkflowRefusalCode = 'not-yours' | 'own-approval' | 'wrong-state';

export type TransitionResult =
  | { readonly next: Broadcast; readonly audit: Omit<AuditEntry, 'id'> }
  | { readonly refusal: { readonly code: WorkflowRefusalCode; readonly message: string } };

const refuse = (code: WorkflowRefusalCode, message: string): TransitionResult => ({ refusal: { code, message } });

/** Pure: the broadcast after `event`, and its audit entry; or why not. The input is not changed. */
export function transition(b: Broadcast, event: WorkflowEvent, actor: WorkflowActor): TransitionResult {
  const next: Broadcast = structuredClone(b);
  next.updatedAt = event.at;
  const who = actor === 'systeem' ? 'systeem' : actor.aadObjectId;
  const entry = (extra: Partial<Pick<AuditEntry, 'counts' | 'durationMs' | 'sendAt'>> = {}): Omit<AuditEntry, 'id' | 'event'> => ({
    at: event.at,
    broadcastId: b.id,
    actor: who,
    title: b.content.title.slice(0, 200),
    audience: b.audienceLabel,
    ...extra,
  });
  const approved = b.status === 'awaiting-approval' && b.approval?.decision === 'approved';

  switch (event.type) {
    case 'submit': {
      if (actor === 'systeem' || actor.aadObjectId !== b.composer.aadObjectId) return refuse('not-yours', 'Alleen wie de update schreef, kan hem versturen.');
      if (b.status !== 'draft') return refuse('wrong-state', 'Deze update is al aangeboden of verstuurd.');
      next.status = 'awaiting-approval';
      next.approval = { requestedAt: event.at, requests: [...event.requests] };
      return { next, audit: { event: 'submitted', ...entry(b.sendAt ? { sendAt: b.sendAt } : {}) } };
    }
    case 'approve':
    case 'reject': {
      if (actor !== 'systeem' && actor.aadObjectId === b.composer.aadObjectId) {
        return refuse(
          'own-approval',
          event.type === 'approve'
            ? 'U kunt uw eigen update niet goedkeuren. Een andere projectleider moet dat doen.'
            : 'U kunt uw eigen update niet beoordelen. Wilt u hem niet versturen? Kies dan Annuleren.',
        );
      }
      if (b.status !== 'awaiting-approval' || b.approval?.decision !== undefined) {
        const by = b.approval?.decidedBy?.name;
        return refuse(
          'wrong-state',
          b.approval?.decision === 'approved'
            ? `Deze update is al goedgekeurd${by ? ` door ${by}` : ''}.`
            : b.approval?.decision === 'rejected'
              ? `Deze update is al afgewezen${by ? ` door ${by}` : ''}.`
              : 'Deze update wacht niet meer op goedkeuring.',
        );
      }
      const decision = event.type === 'approve' ? 'approved' : 'rejected';
      if (decision === 'rejected') next.status = 'rejected';
      if (next.approval) {
        next.approval.decision = decision;
        if (actor !== 'systeem') next.approval.decidedBy = actor;
        next.approval.decidedAt = event.at;
      }
      return { next, audit: { event: decision, ...entry() } };
    }
    case 'schedule': {
      if (b.status !== 'draft' && !approved) return refuse('wrong-state', 'Deze update kan nu niet worden ingepland.');
      if (!b.sendAt) return refuse('wrong-state', 'Deze update heeft geen verzendmoment.');
      next.status = 'scheduled';
      return { next, audit: { event: 'scheduled', ...entry({ sendAt: b.sendAt }) } };
    }
    case 'start': {
      if (b.status !== 'draft' && b.status !== 'scheduled' && !approved) return refuse('wrong-state', 'Deze update kan nu niet worden verstuurd.');
      next.status = 'sending';
      next.runStartedAt = event.at;
      next.runs = Math.max(1, b.runs);
      delete next.finishedAt;
      return { next, audit: { event: 'started', ...entry({ counts: { total: event.total, sent: 0, failed: 0, pending: event.total, skipped: 0 } }) } };
    }
    case 'cancel': {
      if (b.status !== 'scheduled' && b.status !== 'sending' && b.status !== 'awaiting-approval') {
        return refuse('wrong-state', b.status === 'done' ? 'Deze update is al helemaal verstuurd.' : 'Deze update is al gestopt.');
      }
      next.status = 'cancelled';
      if (actor !== 'systeem') next.cancelledBy = actor;
      // While sending, the run still has to stop and count; it sets finishedAt when it has.
      if (b.status !== 'sending') next.finishedAt = event.at;
      return { next, audit: { event: 'cancelled', ...entry() } };
    }
    case 'finish': {
      if (b.status !== 'sending' && b.status !== 'cancelled') return refuse('wrong-state', 'Deze update wordt niet verstuurd.');
      next.counts = event.counts;
      next.finishedAt = event.at;
      if (b.status === 'sending') next.status = event.outcome;
      const durationMs = Math.max(0, Date.parse(event.at) - Date.parse(b.runStartedAt ?? event.at));
      return { next, audit: { event: 'finished', ...entry({ counts: event.counts, durationMs }) } };
    }
    case 'resend': {
      if (b.status !== 'done' && b.status !== 'cancelled') return refuse('wrong-state', 'Deze update wordt nog verstuurd. Wacht tot hij klaar is.');
      next.status = 'sending';
      next.runs = b.runs + 1;
      next.runStartedAt = event.at;
      delete next.finishedAt;
      delete next.cancelledBy;
      if (event.card && !next.statusCard) next.statusCard = event.card;
      return { next, audit: { event: 'resend', ...entry({ counts: { total: event.total, sent: 0, failed: 0, pending: event.total, skipped: 0 } }) } };
    }
  }
}
