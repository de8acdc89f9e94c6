import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../bot/platform/delivery/deliveryError.ts';
import { classifyFailure } from '../../bot/meetings/reminderScheduler.ts';
import { reminderJobId } from '../../bot/meetings/meetingSchema.ts';
import { advanceTo, CHANNEL_ID, LEADER_AAD, openDomain, PERSONAL_ID, planValues, type Domain } from './schedulerHarness.ts';

const leader = { aadObjectId: LEADER_AAD };
const domains: Domain[] = [];
afterEach(async () => {
  for (const d of domains.splice(0)) await d.scheduler.stop();
});
async function domain(start?: string) {
  const d = await openDomain(start ? { start } : {});
  domains.push(d);
  return d;
}
async function plan(d: Domain, extra: Record<string, string> = {}) {
  const r = await d.service.plan(leader, planValues(d.group.id, extra));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.meetings[0]!;
}
const reminders = (d: Domain) => d.sent.filter((s) => s.kind === 'send' && s.card.kind === 'reminder');

describe('the reminder scheduler', () => {
  it('sends each reminder at its moment, to the linked channel and the follower, exactly once', async () => {
    const d = await domain();
    const m = await plan(d); // 28 March 2027 10.00 (the first day of summer time)
    // 7 days before: 21 March 10.00 CET = 09.00 UTC.
    await advanceTo(d, '2027-03-21T08:59:59Z');
    expect(reminders(d)).toHaveLength(0);
    await advanceTo(d, '2027-03-21T09:00:00Z');
    expect(reminders(d).map((s) => [s.conversationId, s.at]).sort()).toEqual([
      [PERSONAL_ID, '2027-03-21T09:00:00.000Z'],
      [CHANNEL_ID, '2027-03-21T09:00:00.000Z'],
    ].sort());
    await advanceTo(d, '2027-03-25T00:00:00Z');
    expect(reminders(d)).toHaveLength(2);
    // 1 day before: 27 March 10.00 CET = 09.00 UTC (23 hours before a 10.00 CEST start).
    await advanceTo(d, '2027-03-27T09:00:00Z');
    expect(reminders(d)).toHaveLength(4);
    expect(reminders(d).slice(2).every((s) => s.at === '2027-03-27T09:00:00.000Z' && s.card.meetingId === m.id)).toBe(true);
    await advanceTo(d, '2027-04-30T00:00:00Z');
    expect(reminders(d)).toHaveLength(4);
    expect(d.scheduler.state()).toMatchObject({ sent: 4, pendingJobs: 0, nextRunAt: null });
  });

  it('keeps everything in the store: a restart neither loses nor doubles a reminder', async () => {
    let d = await domain();
    await plan(d);
    await advanceTo(d, '2027-03-21T09:00:00Z');
    expect(reminders(d)).toHaveLength(2);
    d = await d.restart();
    domains.push(d);
    await d.settle();
    expect(reminders(d)).toHaveLength(2);
    await advanceTo(d, '2027-03-27T09:00:00Z');
    expect(reminders(d)).toHaveLength(4);
    d = await d.restart();
    domains.push(d);
    await advanceTo(d, '2027-03-28T12:00:00Z');
    expect(reminders(d)).toHaveLength(4);
  });

  it('after a crash between sending and recording, does not send that one again (at most once)', async () => {
    const d = await domain();
    const m = await plan(d);
    // What a crash during the call leaves behind: the record says "sending", nothing says "sent".
    await d.scheduler.stop();
    const jobId = reminderJobId(m.id, 'P7D');
    await d.store.transaction((data) => {
      data.deliveries[jobId] = { [CHANNEL_ID]: { status: 'sending', attempts: 1, updatedAt: '2027-03-21T09:00:00.000Z' } };
    });
    await d.clock.set('2027-03-21T09:00:05Z');
    const after = await d.restart();
    domains.push(after);
    await after.settle();
    expect(reminders(after).map((s) => s.conversationId)).toEqual([PERSONAL_ID]);
    expect(after.store.read().deliveries[jobId]?.[CHANNEL_ID]?.status).toBe('uncertain');
    expect(after.logs.some((l) => l.event === 'delivery-uncertain')).toBe(true);
    expect(after.scheduler.state().uncertain).toBe(1);
  });

  it('sends a reminder missed while the bot was down once, if the meeting has not started', async () => {
    const d = await domain();
    await plan(d);
    await d.scheduler.stop();
    await d.clock.set('2027-03-22T15:00:00Z'); // the 7-day moment (21 March) passed while down
    const after = await d.restart();
    domains.push(after);
    await after.settle();
    expect(reminders(after)).toHaveLength(2);
    expect(reminders(after).every((s) => s.at === '2027-03-22T15:00:00.000Z')).toBe(true);
    expect(after.logs.some((l) => l.event === 'reminder-late')).toBe(true);
    await advanceTo(after, '2027-03-27T09:00:00Z');
    expect(reminders(after)).toHaveLength(4);
  });

  it('drops and logs reminders of a meeting that started while the bot was down', async () => {
    const d = await domain();
    const m = await plan(d);
    await d.scheduler.stop();
    await d.clock.set('2027-03-28T08:30:00Z'); // 10.30 CEST: started
    const after = await d.restart();
    domains.push(after);
    await after.settle();
    expect(reminders(after)).toHaveLength(0);
    const dropped = after.logs.filter((l) => l.event === 'reminder-dropped');
    expect(dropped.map((l) => [l.moment, l.reason]).sort()).toEqual([['P1D', 'meeting-started'], ['P7D', 'meeting-started']]);
    expect(after.store.read().jobs[reminderJobId(m.id, 'P1D')]?.status).toBe('dropped');
    expect(after.store.read().jobs[reminderJobId(m.id, 'P7D')]?.status).toBe('dropped');
  });

  it('when several moments were missed, sends only the latest one', async () => {
    const d = await domain();
    const m = await plan(d);
    await d.scheduler.stop();
    await d.clock.set('2027-03-27T12:00:00Z');
    const after = await d.restart();
    domains.push(after);
    await after.settle();
    expect(reminders(after)).toHaveLength(2);
    expect(after.store.read().jobs[reminderJobId(m.id, 'P1D')]?.status).toBe('done');
    expect(after.store.read().jobs[reminderJobId(m.id, 'P7D')]?.status).toBe('dropped');
  });

  it('retries a refusal that proves non-delivery (429 with Retry-After), and then sends once', async () => {
    const d = await domain();
    await plan(d);
    d.behaviour.fn = (c, attempt) => (c.conversationId === PERSONAL_ID && attempt === 1 ? new DeliveryError('throttled', 429, 30_000) : undefined);
    await advanceTo(d, '2027-03-21T09:00:00Z');
    expect(reminders(d).map((s) => s.conversationId)).toEqual([CHANNEL_ID]);
    await advanceTo(d, '2027-03-21T09:00:29Z');
    expect(reminders(d)).toHaveLength(1);
    await advanceTo(d, '2027-03-21T09:00:31Z');
    expect(reminders(d).map((s) => s.conversationId)).toEqual([CHANNEL_ID, PERSONAL_ID]);
    await advanceTo(d, '2027-03-21T12:00:00Z');
    expect(reminders(d)).toHaveLength(2);
    expect(d.scheduler.state()).toMatchObject({ retried: 1, sent: 2 });
  });

  it('does not retry a failure that may have delivered it (500, timeout): no duplicate', async () => {
    const d = await domain();
    const m = await plan(d);
    d.behaviour.fn = (c) => (c.conversationId === CHANNEL_ID ? new DeliveryError('bad gateway', 502, undefined) : undefined);
    await advanceTo(d, '2027-03-21T09:00:00Z');
    await advanceTo(d, '2027-03-21T10:00:00Z');
    expect(d.store.read().deliveries[reminderJobId(m.id, 'P7D')]?.[CHANNEL_ID]?.status).toBe('uncertain');
    expect(d.scheduler.state()).toMatchObject({ uncertain: 1, sent: 1 });
  });

  it('marks a conversation that removed the bot (403/404) inactive and no longer tries it', async () => {
    const d = await domain();
    await plan(d);
    let tries = 0;
    d.behaviour.fn = (c) => {
      if (c.conversationId !== CHANNEL_ID) return undefined;
      tries++;
      return new DeliveryError('forbidden', 403, undefined);
    };
    await advanceTo(d, '2027-03-21T09:00:00Z');
    expect(d.conversations.get(CHANNEL_ID)?.active).toBe(false);
    await advanceTo(d, '2027-03-27T09:00:00Z');
    expect(tries).toBe(1);
    expect(reminders(d).map((s) => s.conversationId)).toEqual([PERSONAL_ID, PERSONAL_ID]);
  });

  it('moving a meeting reschedules the pending reminders, keeps the sent one, sends a notice and updates sent cards', async () => {
    const d = await domain();
    const m = await plan(d);
    await advanceTo(d, '2027-03-21T09:00:00Z');
    const r = await d.service.edit(leader, m.id, planValues(d.group.id, { date: '2027-04-06', startTime: '14:00', endTime: '16:00' }));
    expect(r.ok && r.moved).toBe(true);
    await d.settle();
    const notices = d.sent.filter((s) => s.card.kind === 'notice');
    expect(notices.map((s) => s.conversationId).sort()).toEqual([CHANNEL_ID, PERSONAL_ID].sort());
    expect(notices[0]?.card.type).toBe('moved');
    const updates = d.sent.filter((s) => s.kind === 'update');
    expect(updates.map((u) => u.activityId).sort()).toEqual(reminders(d).map((s) => s.activityId).sort());
    expect(d.store.read().jobs[reminderJobId(m.id, 'P1D')]?.dueAt).toBe('2027-04-05T12:00:00.000Z');
    // The 7-day moment already went out for this meeting: it is not sent again for the new date.
    await advanceTo(d, '2027-03-30T12:00:00Z');
    expect(reminders(d)).toHaveLength(2);
    await advanceTo(d, '2027-04-05T12:00:00Z'); // 1 day before 6 April 14.00 CEST
    expect(reminders(d)).toHaveLength(4);
  });

  it('cancelling sends one notice per conversation and stops the pending reminders', async () => {
    const d = await domain();
    const m = await plan(d, { repeat: 'P1M', repeatCount: '3' });
    const r = await d.service.cancel(leader, m.id, 'series');
    expect(r.ok && r.cancelled).toHaveLength(3);
    await d.settle();
    const notices = d.sent.filter((s) => s.card.kind === 'notice');
    expect(notices).toHaveLength(2);
    expect(notices.every((n) => n.card.type === 'cancelled')).toBe(true);
    await advanceTo(d, '2027-08-01T00:00:00Z');
    expect(reminders(d)).toHaveLength(0);
  });

  it('classifies connector failures', () => {
    expect(classifyFailure(new DeliveryError('x', 429, 1000))).toBe('retry');
    expect(classifyFailure(new DeliveryError('x', 503, undefined))).toBe('retry');
    expect(classifyFailure(new DeliveryError('connect ECONNREFUSED 127.0.0.1:9', undefined, undefined, 'ECONNREFUSED'))).toBe('retry');
    expect(classifyFailure(new DeliveryError('socket hang up', undefined, undefined))).toBe('uncertain');
    expect(classifyFailure(new DeliveryError('x', 500, undefined))).toBe('uncertain');
    expect(classifyFailure(new DeliveryError('x', 504, undefined))).toBe('uncertain');
    expect(classifyFailure(new DeliveryError('x', 404, undefined))).toBe('gone');
    expect(classifyFailure(new DeliveryError('x', 400, undefined))).toBe('failed');
    expect(classifyFailure(new Error('bug'))).toBe('uncertain');
  });

  it('stores nothing but ids, the leader-entered fields and RSVP names', async () => {
    const d = await domain();
    await plan(d);
    await advanceTo(d, '2027-03-21T09:00:00Z');
    await d.store.flush();
    const raw = await readFile(path.join(d.dir, 'meetings.json'), 'utf-8');
    expect(raw).not.toMatch(/herinnering|card/i);
  });
});
