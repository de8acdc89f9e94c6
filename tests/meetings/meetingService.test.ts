import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NotAllowedError } from '../../bot/meetings/meetingService.ts';
import { createGroupService } from '../../bot/groups/groupService.ts';
import { createLogger } from '../../bot/platform/log.ts';
import { LEADER_AAD, MEMBER_AAD, openDomain, planValues, type Domain } from './schedulerHarness.ts';

const leader = { aadObjectId: LEADER_AAD };
const member = { aadObjectId: MEMBER_AAD };
const domains: Domain[] = [];
afterEach(async () => {
  for (const d of domains.splice(0)) await d.scheduler.stop();
});
async function domain() {
  const d = await openDomain();
  domains.push(d);
  return d;
}
const fileOf = async (d: Domain) => {
  await d.store.flush();
  return readFile(path.join(d.dir, 'meetings.json'), 'utf-8');
};

describe('meeting service: roles', () => {
  it('refuses every leader action by someone else, and changes nothing', async () => {
    const d = await domain();
    const planned = await d.service.plan(leader, planValues(d.group.id));
    if (!planned.ok) throw new Error('plan failed');
    const id = planned.meetings[0]!.id;
    const before = await fileOf(d);
    await expect(d.service.plan(member, planValues(d.group.id))).rejects.toThrow(NotAllowedError);
    await expect(d.service.edit(member, id, planValues(d.group.id, { date: '2027-04-01' }))).rejects.toThrow(NotAllowedError);
    await expect(d.service.cancel(member, id, 'one')).rejects.toThrow(NotAllowedError);
    await expect(d.service.plan({ aadObjectId: undefined }, planValues(d.group.id))).rejects.toThrow(NotAllowedError);
    expect(() => d.service.attendees(member, id)).toThrow(NotAllowedError);
    expect(await fileOf(d)).toBe(before);
  });

  it('refuses group management by someone else', async () => {
    const d = await domain();
    const groups = createGroupService({ groups: d.groups, conversations: d.conversations, projectLeaders: [LEADER_AAD], upcomingMeetings: () => 0, clock: d.clock, log: createLogger('silent') });
    await expect(groups.save(member, undefined, { name: 'Werkgroep trauma' })).rejects.toThrow(NotAllowedError);
    await expect(groups.link(member, d.group.id, '19:other@thread.v2')).rejects.toThrow(NotAllowedError);
    await expect(groups.remove(member, d.group.id)).rejects.toThrow(NotAllowedError);
    expect(d.groups.list()).toHaveLength(1);
    // Anyone may follow.
    await groups.follow('someone-else', d.group.id);
    expect(d.groups.get(d.group.id)?.followers).toContain('someone-else');
  });
});

describe('meeting service: planning', () => {
  it('skips reminder moments that have already passed when the meeting is planned', async () => {
    const d = await domain(); // now: 1 March 2027 09.00 UTC
    const r = await d.service.plan(leader, planValues(d.group.id, { date: '2027-03-05' }));
    if (!r.ok) throw new Error('plan failed');
    const plan = d.service.reminderPlan(r.meetings[0]!.id);
    expect(plan.map((p) => [p.moment, p.status])).toEqual([
      ['P7D', 'skipped'],
      ['P1D', 'pending'],
    ]);
  });

  it('returns field errors and saves nothing for a wrong form', async () => {
    const d = await domain();
    const before = await fileOf(d);
    const r = await d.service.plan(leader, planValues(d.group.id, { endTime: '08:00' }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.endTime).toMatch(/na de begintijd/);
    expect(await fileOf(d)).toBe(before);
  });

  it('finds groups by a part of their name, and says when that is ambiguous', async () => {
    const d = await domain();
    const groups = createGroupService({ groups: d.groups, conversations: d.conversations, projectLeaders: [LEADER_AAD], upcomingMeetings: () => 0, clock: d.clock, log: createLogger('silent') });
    await groups.save(leader, undefined, { name: 'Werkgroep verwijsindex' });
    await groups.save(leader, undefined, { name: 'Werkgroep ouderenmishandeling' });
    expect(groups.find('taskforce').kind).toBe('found');
    expect(groups.find('TASKFORCE hg/km').kind).toBe('found');
    expect(groups.find('werkgroep').kind).toBe('ambiguous');
    expect(groups.find('ouderen')).toMatchObject({ kind: 'found' });
    expect(groups.find('netwerk').kind).toBe('none');
    const dup = await groups.save(leader, undefined, { name: 'werkgroep Verwijsindex' });
    expect(!dup.ok && dup.errors.name).toMatch(/al een groep/);
  });
});

describe('RSVP', () => {
  it('stores one answer per person, lets them change it, and counts', async () => {
    const d = await domain();
    const r = await d.service.plan(leader, planValues(d.group.id));
    if (!r.ok) throw new Error('plan failed');
    const id = r.meetings[0]!.id;
    await d.service.rsvp(id, { id: 'p1', name: 'Anna de Vries' }, 'yes');
    await d.service.rsvp(id, { id: 'p2', name: 'Bram Jansen' }, 'maybe');
    await d.service.rsvp(id, { id: 'p1', name: 'Anna de Vries' }, 'no');
    expect(d.service.counts(id)).toEqual({ yes: 0, no: 1, maybe: 1 });
    expect(d.service.answerOf(id, 'p1')).toBe('no');
    expect(d.service.attendees(leader, id)).toEqual({ yes: [], no: ['Anna de Vries'], maybe: ['Bram Jansen'] });
  });

  it('refuses answers for a cancelled or finished meeting', async () => {
    const d = await domain();
    const r = await d.service.plan(leader, planValues(d.group.id));
    if (!r.ok) throw new Error('plan failed');
    const id = r.meetings[0]!.id;
    await d.clock.set('2027-03-28T11:00:00Z'); // 13.00 CEST, the meeting ended at 12.00
    expect(await d.service.rsvp(id, { id: 'p1', name: 'A' }, 'yes')).toEqual({ ok: false, refusal: 'past' });
  });

  it('erases a person on request and purges RSVPs (and the meeting) after the retention period', async () => {
    const d = await domain();
    const r = await d.service.plan(leader, planValues(d.group.id));
    if (!r.ok) throw new Error('plan failed');
    const id = r.meetings[0]!.id;
    await d.service.rsvp(id, { id: 'p1', name: 'Anna' }, 'yes');
    await d.service.rsvp(id, { id: 'p2', name: 'Bram' }, 'yes');
    expect(await d.service.erasePerson('p1')).toBe(1);
    expect(d.service.counts(id).yes).toBe(1);
    expect(await fileOf(d)).not.toContain('Anna');
    await d.clock.set('2027-04-27T09:00:00Z'); // 30 days after: kept
    expect(await d.service.purgeExpired()).toEqual({ meetings: 0, rsvps: 0 });
    await d.clock.set('2027-04-27T11:00:00Z'); // more than 30 days after the end (12.00 CEST on 28 March)
    expect(await d.service.purgeExpired()).toEqual({ meetings: 1, rsvps: 1 });
    const raw = await fileOf(d);
    expect(raw).not.toContain('Bram');
    expect(raw).not.toContain(id);
  });
});
