import { describe, expect, it } from 'vitest';
import type { Broadcast } from '../../bot/broadcasts/broadcastStore.ts';
import { transition, type TransitionResult } from '../../bot/broadcasts/workflow.ts';

const COMPOSER = { aadObjectId: 'lead-1', name: 'Eerste' };
const OTHER = { aadObjectId: 'lead-2', name: 'Tweede' };
const AT = '2027-03-02T10:00:00.000Z';

const draft = (over: Partial<Broadcast> = {}): Broadcast => ({
  id: 'b1',
  status: 'draft',
  content: { title: 'Titel', text: 'Tekst' },
  audience: { kind: 'personal' },
  audienceLabel: 'iedereen',
  composer: COMPOSER,
  createdAt: AT,
  updatedAt: AT,
  runs: 0,
  ...over,
} as Broadcast);

function ok(r: TransitionResult) {
  if ('refusal' in r) throw new Error(`refused: ${r.refusal.message}`);
  return r;
}

describe('transition: the broadcast workflow as data', () => {
  it('draft -> awaiting-approval -> approved -> sending -> done, each step with its own audit entry', () => {
    const input = draft();
    const submitted = ok(transition(input, { type: 'submit', at: AT, requests: [{ aadObjectId: OTHER.aadObjectId, conversationId: 'a:2' }] }, COMPOSER));
    expect(input.status).toBe('draft'); // pure: the input is untouched
    expect(submitted.next.status).toBe('awaiting-approval');
    expect(submitted.audit).toMatchObject({ event: 'submitted', actor: COMPOSER.aadObjectId, broadcastId: 'b1' });
    const approved = ok(transition(submitted.next, { type: 'approve', at: AT }, OTHER));
    expect(approved.next.approval).toMatchObject({ decision: 'approved', decidedBy: OTHER });
    expect(approved.audit.event).toBe('approved');
    const started = ok(transition(approved.next, { type: 'start', at: AT, total: 3 }, OTHER));
    expect(started.next).toMatchObject({ status: 'sending', runs: 1, runStartedAt: AT });
    expect(started.audit.counts).toEqual({ total: 3, sent: 0, failed: 0, pending: 3, skipped: 0 });
    const counts = { total: 3, sent: 3, failed: 0, pending: 0, skipped: 0 };
    const done = ok(transition(started.next, { type: 'finish', at: '2027-03-02T10:00:05.000Z', counts, outcome: 'done' }, 'systeem'));
    expect(done.next).toMatchObject({ status: 'done', counts, finishedAt: '2027-03-02T10:00:05.000Z' });
    expect(done.audit).toMatchObject({ event: 'finished', actor: 'systeem', durationMs: 5000 });
  });

  it('refuses what the state does not allow, with a Dutch sentence, and changes nothing', () => {
    const waiting = draft({ status: 'awaiting-approval', approval: { requestedAt: AT, requests: [] } });
    expect(transition(waiting, { type: 'approve', at: AT }, COMPOSER)).toMatchObject({ refusal: { code: 'own-approval' } });
    const decided = ok(transition(waiting, { type: 'approve', at: AT }, OTHER)).next;
    // A second approver a moment later: refused, and told who decided (no second release).
    expect(transition(decided, { type: 'reject', at: AT }, { aadObjectId: 'lead-3' })).toEqual({ refusal: { code: 'wrong-state', message: 'Deze update is al goedgekeurd door Tweede.' } });
    expect(transition(draft({ status: 'done' }), { type: 'cancel', at: AT }, COMPOSER)).toEqual({ refusal: { code: 'wrong-state', message: 'Deze update is al helemaal verstuurd.' } });
    expect(transition(draft({ status: 'sending' }), { type: 'resend', at: AT, total: 1 }, COMPOSER)).toMatchObject({ refusal: { code: 'wrong-state' } });
    expect(transition(draft(), { type: 'submit', at: AT, requests: [] }, OTHER)).toMatchObject({ refusal: { code: 'not-yours' } });
  });

  it('cancel while sending leaves finishedAt to the run; the run\'s end keeps "cancelled" and records the totals', () => {
    const cancelled = ok(transition(draft({ status: 'sending', runStartedAt: AT, runs: 1 }), { type: 'cancel', at: AT }, OTHER));
    expect(cancelled.next).toMatchObject({ status: 'cancelled', cancelledBy: OTHER });
    expect(cancelled.next.finishedAt).toBeUndefined();
    const counts = { total: 3, sent: 1, failed: 0, pending: 0, skipped: 2 };
    const ended = ok(transition(cancelled.next, { type: 'finish', at: AT, counts, outcome: 'cancelled' }, 'systeem'));
    expect(ended.next).toMatchObject({ status: 'cancelled', counts, finishedAt: AT });
  });
});
