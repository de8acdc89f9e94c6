import { memoryLogger } from '../../test-support/memoryLogger.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reminderTargets } from '../../bot/groups/reach.ts';
import { openGroupStore } from '../../bot/groups/groupStore.ts';
import type { ProactiveSender } from '../../bot/platform/delivery/proactiveSender.ts';
import { createMeetingService } from '../../bot/meetings/meetingService.ts';
import { openMeetingStore, type MeetingStore } from '../../bot/meetings/meetingStore.ts';
import { createReminderScheduler, type ReminderScheduler } from '../../bot/meetings/reminderScheduler.ts';
import { openConversationStore } from '../../bot/platform/store/conversationStore.ts';
import { ManualClock } from '../../test-support/manualClock.ts';
import { testDelivery } from '../../test-support/delivery.ts';
import { planValues } from './schedulerHarness.ts';

/**
 * A graceful stop (SIGTERM) in the middle of a reminder or notice run: the batch on the wire is finished and
 * recorded, and the next batch, already marked "sending" by the pipelined write, is handed back, not left to become
 * "uncertain" (never sent) at the next start. A stop loses nothing and doubles nothing (README, "What a kill can cost").
 */

const LEADER = 'leader-aad';
const running: ReminderScheduler[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.stop();
});

async function open(dir: string, clock: ManualClock, sender: ProactiveSender, options: { batchSize?: number; afterWrite?: (store: MeetingStore) => void } = {}) {
  const { log, logs } = memoryLogger('debug');
  const opened = await openMeetingStore(dir);
  // Every write of the scheduler goes through transaction(): a test may look at the file's state after each one.
  const store: MeetingStore = {
    ...opened,
    transaction: async (fn) => {
      const r = await opened.transaction(fn);
      options.afterWrite?.(opened);
      return r;
    },
  };
  const groups = await openGroupStore(dir);
  const conversations = await openConversationStore(dir);
  let scheduler: ReminderScheduler | undefined;
  const service = createMeetingService({ store, groupExists: (id) => groups.get(id) !== undefined, clock, log, zone: 'Europe/Amsterdam', projectLeaders: [LEADER], rsvpRetentionDays: 30, onScheduleChanged: () => scheduler?.poke() });
  scheduler = createReminderScheduler({
    store,
    clock,
    log,
    delivery: testDelivery(sender, { ratePerSecond: 5000, clock }),
    compose: {
      reminder: (m) => ({ card: { kind: 'reminder', meetingId: m.id }, summary: 'herinnering' }),
      notice: (m) => ({ card: { kind: 'notice', meetingId: m.id }, summary: 'bericht' }),
      current: (m) => ({ card: { kind: 'current', meetingId: m.id }, summary: 'kaart' }),
    },
    targets: reminderTargets(groups, conversations),
    conversation: (id) => conversations.get(id),
    markInactive: (id, reason) => conversations.markInactive(id, reason),
    options: { batchSize: options.batchSize ?? 2 },
  });
  running.push(scheduler);
  return { store, groups, conversations, service, scheduler, logs };
}

describe('a graceful stop during a reminder run', () => {
  it('finishes the batch on the wire, gives the next one back, and the next start sends the rest: each of 6 gets it once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-stop-'));
    const clock = new ManualClock('2027-03-01T09:00:00Z');
    const delivered: string[] = [];
    let hold: (() => void) | undefined;
    const held = new Promise<void>((resolve) => (hold = resolve));
    let calls = 0;
    const sender: ProactiveSender = {
      async send(conversation) {
        calls++;
        await held; // the first batch stays on the wire until the test lets it go
        delivered.push(conversation.conversationId);
        return { activityId: `act-${delivered.length}` };
      },
      async update() {},
    };
    const a = await open(dir, clock, sender);
    const group = await a.groups.create({ name: 'Taskforce HG/KM' });
    const base = { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', botId: '28:bot' };
    for (let i = 0; i < 6; i++) {
      await a.conversations.upsert({ ...base, conversationId: `a:${i}`, conversationType: 'personal', userAadObjectId: `member-${i}` });
      await a.groups.follow(group.id, `member-${i}`);
    }
    await a.scheduler.start();
    const r = await a.service.plan({ aadObjectId: LEADER }, { ...planValues(group.id), reminders: 'P7D' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    await clock.set('2027-03-21T09:00:00Z'); // the 7-day reminder falls due

    // Batch 1 is on the wire; the pipelined write has marked batch 2 "sending" meanwhile.
    await vi.waitFor(() => expect(calls).toBe(2), { timeout: 10_000 });
    await vi.waitFor(() => expect(Object.values(a.store.read().deliveries).flatMap((d) => Object.values(d)).filter((x) => x.status === 'sending')).toHaveLength(4), { timeout: 10_000 });
    const stopped = a.scheduler.stop();
    hold?.();
    await stopped;
    running.splice(running.indexOf(a.scheduler), 1);
    await Promise.all([a.groups.flush(), a.conversations.flush()]);
    expect(delivered).toHaveLength(2);
    const records = Object.values(a.store.read().deliveries).flatMap((d) => Object.values(d));
    expect(records.filter((x) => x.status === 'sending')).toEqual([]); // nothing left to become "uncertain"
    expect(records.filter((x) => x.status === 'sent')).toHaveLength(2);

    const b = await open(dir, clock, sender);
    await b.scheduler.start();
    for (let i = 0; i < 50 && delivered.length < 6; i++) {
      await clock.advance(0);
      await b.scheduler.idle();
    }
    expect(delivered.slice().sort()).toEqual(['a:0', 'a:1', 'a:2', 'a:3', 'a:4', 'a:5']);
    expect(b.scheduler.state()).toMatchObject({ uncertain: 0 });
    expect(b.logs.some((l) => l.event === 'delivery-uncertain')).toBe(false);
  });

  it('a kill can cost at most two batches: after every write of a run, at most 2 × batchSize sends are "sending" on disk', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-bound-'));
    const clock = new ManualClock('2027-03-01T09:00:00Z');
    const delivered: string[] = [];
    const sender: ProactiveSender = {
      async send(conversation) {
        await new Promise((r) => setTimeout(r, 2));
        delivered.push(conversation.conversationId);
        return { activityId: `act-${delivered.length}` };
      },
      async update() {},
    };
    let peak = 0;
    const a = await open(dir, clock, sender, {
      batchSize: 3,
      afterWrite: (store) => {
        const sending = Object.values(store.read().deliveries).flatMap((d) => Object.values(d)).filter((x) => x.status === 'sending').length;
        peak = Math.max(peak, sending);
      },
    });
    const group = await a.groups.create({ name: 'Taskforce HG/KM' });
    const base = { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', botId: '28:bot' };
    for (let i = 0; i < 20; i++) {
      await a.conversations.upsert({ ...base, conversationId: `a:${i}`, conversationType: 'personal', userAadObjectId: `member-${i}` });
      await a.groups.follow(group.id, `member-${i}`);
    }
    await a.scheduler.start();
    const r = await a.service.plan({ aadObjectId: LEADER }, { ...planValues(group.id), reminders: 'P7D' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    await clock.set('2027-03-21T09:00:00Z');
    await vi.waitFor(() => expect(delivered).toHaveLength(20), { timeout: 10_000 });
    await a.scheduler.idle();
    // A kill right after any write leaves exactly the "sending" records that write left: never more than 2 batches.
    expect(peak).toBe(2 * 3);
    expect(new Set(delivered).size).toBe(20);
  });
});
