import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BroadcastRefusal, createBroadcastService, type BroadcastPresenter } from '../../bot/broadcasts/broadcastService.ts';
import { openBroadcastStore } from '../../bot/broadcasts/broadcastStore.ts';
import { openGroupStore } from '../../bot/groups/groupStore.ts';
import { StoreError } from '../../bot/platform/store/jsonStore.ts';
import { ManualClock } from '../../test-support/manualClock.ts';
import { testDelivery } from '../../test-support/delivery.ts';
import { fakeSender, queueOnDisk, seededConversations, silentLog, tempDir, until, type FakeSender } from './fakes.ts';

const LEAD = '22222222-2222-4222-8222-222222222222';
const LEAD2 = '33333333-3333-4333-8333-333333333333';
const presenter: BroadcastPresenter = {
  message: (content) => ({ card: { kind: 'message', title: content.title }, summary: `Update: ${content.title}` }),
  report: (v) => ({ card: { kind: 'report', status: v.status, counts: v.counts }, summary: 'report' }),
  approvalRequest: (v) => ({ card: { kind: 'approval', state: v.state }, summary: 'approval' }),
};

async function world(options: { approval?: boolean; sender?: FakeSender; dir?: string; clock?: ManualClock } = {}) {
  const dir = options.dir ?? (await tempDir());
  const { store: conversations, ids } = await seededConversations(dir, 20);
  for (const [aad, id] of [
    [LEAD, 'a:1lead'],
    [LEAD2, 'a:1lead2'],
  ] as const) {
    await conversations.upsert({ conversationId: id, conversationType: 'personal', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', botId: '28:bot', userAadObjectId: aad });
  }
  const groups = await openGroupStore(dir);
  const store = await openBroadcastStore(dir);
  const clock = options.clock ?? new ManualClock('2026-03-02T10:00:00Z');
  const sender = options.sender ?? fakeSender();
  const service = createBroadcastService({
    store,
    conversations,
    groups,
    delivery: testDelivery(sender, { ratePerSecond: 500 }),
    presenter,
    clock,
    log: silentLog().log,
    config: { approvalRequired: options.approval ?? false, projectLeaders: [LEAD, LEAD2], timezone: 'Europe/Amsterdam', conversationRatePerSecond: 50, maxAttempts: 3, auditDays: 730 },
    reportIntervalMs: 50,
  });
  await service.start();
  return { dir, conversations, ids, groups, store, clock, sender, service };
}
const lead = { aadObjectId: LEAD, name: 'Projectleider Test', isLeader: true };
const lead2 = { aadObjectId: LEAD2, name: 'Tweede', isLeader: true };
const form = { title: 'Titel', text: 'Tekst', audience: 'personal' };

async function sendOne(w: Awaited<ReturnType<typeof world>>) {
  const p = await w.service.preview(lead, form, undefined);
  if (!p.ok) throw new Error('invalid');
  await w.service.confirm(lead, p.broadcast.id, { conversationId: 'a:1lead', activityId: 'card-1' });
  await w.service.idle();
  return p.broadcast.id;
}

describe('BroadcastService', () => {
  it('checks the role itself: a caller that claims to be a leader but is not in PROJECT_LEADERS is refused', async () => {
    const w = await world();
    const forged = { aadObjectId: '11111111-1111-4111-8111-111111111111', isLeader: true };
    await expect(w.service.preview(forged, form, undefined)).rejects.toBeInstanceOf(BroadcastRefusal);
    const id = (await w.service.preview(lead, form, undefined)) as { ok: true; broadcast: { id: string } };
    await expect(w.service.confirm(forged, id.broadcast.id, { conversationId: 'x' })).rejects.toMatchObject({ code: 'not-leader' });
    await expect(w.service.confirm({ ...lead, isLeader: false }, id.broadcast.id, { conversationId: 'x' })).rejects.toMatchObject({ code: 'not-leader' });
    await expect(w.service.confirm(lead2, id.broadcast.id, { conversationId: 'x' })).rejects.toMatchObject({ code: 'not-yours' });
    expect(w.sender.attempts).toHaveLength(0);
  });

  it('sends to the audience once, keeps final counts and an audit trail, and updates the report card', async () => {
    const w = await world();
    const id = await sendOne(w);
    expect(w.sender.delivered.size).toBe(22);
    const b = w.service.get(id);
    expect(b?.status).toBe('done');
    expect(b?.counts).toEqual({ total: 22, sent: 22, failed: 0, pending: 0, skipped: 0 });
    expect(w.service.audit().map((a) => a.event)).toEqual(['started', 'finished']);
    expect(w.service.health()).toEqual({ sending: 0, scheduled: 0, awaitingApproval: 0, pendingRecipients: 0 });
  });

  it('five "Versturen" clicks at the same moment: every click gets the broadcast, each recipient gets it once, one start in the audit', async () => {
    const w = await world();
    const p = await w.service.preview(lead, form, undefined);
    if (!p.ok) throw new Error('invalid');
    const clicks = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => w.service.confirm(lead, p.broadcast.id, { conversationId: 'a:1lead', activityId: `card-${n}` })));
    expect(clicks.filter((c) => c.status === 'rejected').map((c) => String((c as PromiseRejectedResult).reason))).toEqual([]);
    for (const c of clicks) expect((c as PromiseFulfilledResult<{ id: string }>).value.id).toBe(p.broadcast.id);
    await w.service.idle();
    expect(w.sender.delivered.size).toBe(22);
    expect(w.sender.attempts).toHaveLength(22);
    expect(w.service.audit().map((a) => a.event)).toEqual(['started', 'finished']);
    expect(w.service.get(p.broadcast.id)?.counts).toEqual({ total: 22, sent: 22, failed: 0, pending: 0, skipped: 0 });
  });

  it('a broadcast left "sending" by a crash is resumed by start(); one cancelled mid-send is closed off', async () => {
    const w = await world();
    const p = await w.service.preview(lead, form, undefined);
    if (!p.ok) throw new Error('invalid');
    // As if the process died right after it started: status sending, queue resolved, nothing sent.
    await w.store.update((d) => {
      const b = d.broadcasts.find((x) => x.id === p.broadcast.id);
      if (b) b.status = 'sending';
    });
    const q = await w.store.deliveries(p.broadcast.id);
    await q.reset(w.ids.map((conversationId) => ({ conversationId, conversationType: 'personal' as const, state: 'pending' as const, attempts: 0 })), new Date().toISOString());
    // A second one was cancelled while sending, and the process stopped before the queue was closed.
    const p2 = await w.service.preview(lead, { ...form, title: 'Tweede' }, undefined);
    if (!p2.ok) throw new Error('invalid');
    await w.store.update((d) => {
      const b = d.broadcasts.find((x) => x.id === p2.broadcast.id);
      if (b) b.status = 'cancelled';
    });
    const q2 = await w.store.deliveries(p2.broadcast.id);
    await q2.reset(w.ids.slice(0, 3).map((conversationId) => ({ conversationId, conversationType: 'personal' as const, state: 'pending' as const, attempts: 0 })), new Date().toISOString());
    await w.store.flush();

    const sender = fakeSender();
    const again = await world({ dir: w.dir, sender });
    await again.service.idle();
    expect(sender.delivered.size).toBe(20);
    expect(again.service.get(p.broadcast.id)?.status).toBe('done');
    expect(queueOnDisk(w.dir, p2.broadcast.id).map((r) => r.reason)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(again.service.get(p2.broadcast.id)?.status).toBe('cancelled');
  });

  it('a draft saved before links were checked is checked again at Versturen: a javascript: link is refused, nothing changes or goes out', async () => {
    const w = await world();
    const p = await w.service.preview(lead, form, undefined);
    if (!p.ok) throw new Error('invalid');
    await w.store.update((d) => {
      const b = d.broadcasts.find((x) => x.id === p.broadcast.id);
      if (b) b.content.text = 'Klik [hier](javascript:alert(1))';
    });
    const before = structuredClone(w.service.get(p.broadcast.id));
    await expect(w.service.confirm(lead, p.broadcast.id, { conversationId: 'a:1lead', activityId: 'card-1' })).rejects.toMatchObject({
      code: 'unsafe-link',
      message: expect.stringMatching(/^In de tekst staat een link die geen webadres met https:\/\/ is\./),
    });
    await w.service.idle();
    expect(w.service.get(p.broadcast.id)).toEqual(before);
    expect(w.sender.attempts).toHaveLength(0);
    expect(w.service.audit()).toEqual([]);
  });

  it('a broadcast left "sending" whose delivery directory is gone stops the start by name, instead of sending it to everyone again', async () => {
    const w = await world();
    const id = await sendOne(w);
    const sent = w.sender.attempts.length;
    // As if the process died mid-send and then someone moved the delivery directory away.
    await w.store.update((d) => {
      const b = d.broadcasts.find((x) => x.id === id);
      if (b) b.status = 'sending';
    });
    await w.store.flush();
    const dir = path.join(w.dir, 'broadcast-deliveries', id);
    await rename(dir, path.join(w.dir, 'weg'));
    const sender = fakeSender();
    const refused = await world({ dir: w.dir, sender }).then(() => undefined, (err: unknown) => err);
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as Error).message).toContain(dir);
    expect((refused as Error).message).toMatch(/ontbreekt.*niet opnieuw naar iedereen.*npm run delivery:close -- /);
    expect(sender.attempts).toHaveLength(0);
    expect(existsSync(dir)).toBe(false); // nothing made in its place
    expect(w.sender.attempts).toHaveLength(sent);
  });

  it('purge: finished broadcasts and audit entries older than RETENTION_AUDIT_DAYS go, with their delivery queue; old drafts go after 30 days', async () => {
    const w = await world();
    const old = await sendOne(w);
    const draft = (await w.service.preview(lead, form, undefined)) as { ok: true; broadcast: { id: string } };
    await w.clock.advance(400 * 86_400_000);
    const recent = await sendOne(w);
    expect(await w.service.purge(w.clock.now())).toBe(1); // the draft (older than 30 days)
    expect(w.service.get(draft.broadcast.id)).toBeUndefined();
    await w.clock.advance(400 * 86_400_000);
    const removed = await w.service.purge(w.clock.now());
    expect(removed).toBe(1 + 2); // the old broadcast and its two audit entries
    expect(w.service.get(old)).toBeUndefined();
    expect(existsSync(path.join(w.dir, 'broadcast-deliveries', old))).toBe(false);
    expect(w.service.get(recent)).toBeDefined();
    expect(w.service.audit().every((a) => a.broadcastId === recent)).toBe(true);
  });

  it('erasePerson: the leader becomes "gewist" everywhere; a recipient\'s chat id leaves the delivery rows', async () => {
    const w = await world({ approval: true });
    const p = await w.service.preview(lead, form, undefined);
    if (!p.ok) throw new Error('invalid');
    await w.service.confirm(lead, p.broadcast.id, { conversationId: 'a:1lead' });
    await w.service.approve(lead2, p.broadcast.id);
    await w.service.idle();
    const n = await w.service.erasePerson(LEAD);
    expect(n).toBe(3); // composer, audit "submitted", the delivery row of the leader's own chat
    const b = w.service.get(p.broadcast.id);
    expect(b?.composer).toEqual({ aadObjectId: 'gewist' });
    expect(JSON.stringify(w.store.read())).not.toContain(LEAD);
    expect(JSON.stringify(w.store.read())).not.toContain('Projectleider Test');
    expect(queueOnDisk(w.dir, p.broadcast.id).some((r) => r.conversationId === 'a:1lead')).toBe(false);
    const n2 = await w.service.erasePerson(LEAD2);
    expect(n2).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(w.store.read())).not.toContain(LEAD2);
  });

  it('approval: nobody else reachable refuses; the composer cannot approve; a cancelled request cannot be approved', async () => {
    const w = await world({ approval: true });
    await w.conversations.markInactive('a:1lead2', 'removed');
    const p = await w.service.preview(lead, form, undefined);
    if (!p.ok) throw new Error('invalid');
    await expect(w.service.confirm(lead, p.broadcast.id, { conversationId: 'a:1lead' })).rejects.toMatchObject({ code: 'no-approver' });
    expect(w.service.get(p.broadcast.id)?.status).toBe('draft');
    await w.conversations.upsert({ conversationId: 'a:1lead2', conversationType: 'personal', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', botId: '28:bot', userAadObjectId: LEAD2 });
    await w.service.confirm(lead, p.broadcast.id, { conversationId: 'a:1lead' });
    expect(w.sender.delivered.get('a:1lead2')).toBe(1); // the approval request
    await expect(w.service.approve(lead, p.broadcast.id)).rejects.toMatchObject({ code: 'own-approval' });
    await w.service.cancel(lead, p.broadcast.id);
    await expect(w.service.approve(lead2, p.broadcast.id)).rejects.toMatchObject({ code: 'wrong-state' });
    await until(() => w.sender.delivered.size === 1);
    expect(w.service.audit().map((a) => a.event)).toEqual(['submitted', 'cancelled']);
  });
});
