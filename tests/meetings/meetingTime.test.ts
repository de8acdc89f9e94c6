import { describe, expect, it } from 'vitest';
import { formatWhen, reminderDueAt, untilText } from '../../bot/meetings/meetingTime.ts';
import { parseLocal } from '../../bot/platform/formFields.ts';

const ZONE = 'Europe/Amsterdam';
const iso = (d: Date) => d.toISOString();

describe('local times in Europe/Amsterdam', () => {
  it('refuses a time in the hour skipped when summer time starts (28 March 2027, 02.00-03.00)', () => {
    expect(parseLocal('2027-03-28T02:30', ZONE)).toEqual({ ok: false, reason: 'nonexistent' });
    const ok = parseLocal('2027-03-28T03:00', ZONE);
    expect(ok.ok && ok.dt.toUTC().toISO()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('takes the later (winter-time) instant for the hour that happens twice (31 October 2027)', () => {
    const r = parseLocal('2027-10-31T02:30', ZONE);
    expect(r.ok && r.dt.toUTC().toISO()).toBe('2027-10-31T01:30:00.000Z');
  });

  it('refuses malformed and impossible values', () => {
    expect(parseLocal('2027-02-30T10:00', ZONE).ok).toBe(false);
    expect(parseLocal('2027-03-28 10:00', ZONE).ok).toBe(false);
    expect(parseLocal('2027-03-28T25:00', ZONE).ok).toBe(false);
  });
});

describe('reminder moments across the clock changes', () => {
  it('meeting on 28 March 2027 (first day of summer time): day moments keep the wall-clock time', () => {
    // 10.00 CEST = 08.00 UTC.
    expect(iso(reminderDueAt('2027-03-28T10:00', 'P1D', ZONE))).toBe('2027-03-27T09:00:00.000Z'); // 10.00 CET, 23 h before
    expect(iso(reminderDueAt('2027-03-28T10:00', 'P7D', ZONE))).toBe('2027-03-21T09:00:00.000Z');
    expect(iso(reminderDueAt('2027-03-28T10:00', 'PT1H', ZONE))).toBe('2027-03-28T07:00:00.000Z'); // 09.00 CEST
  });

  it('hour moments are exact durations, also when the night is an hour shorter', () => {
    // 04.00 CEST on 28 March = 02.00 UTC; 4 hours earlier is 22.00 UTC = 23.00 CET the evening before (5 wall-clock hours).
    expect(iso(reminderDueAt('2027-03-28T04:00', 'PT4H', ZONE))).toBe('2027-03-27T22:00:00.000Z');
  });

  it('meeting on 31 October 2027 (first day of winter time): a day before is 25 hours before', () => {
    // 10.00 CET = 09.00 UTC; the day before at 10.00 CEST = 08.00 UTC.
    expect(iso(reminderDueAt('2027-10-31T10:00', 'P1D', ZONE))).toBe('2027-10-30T08:00:00.000Z');
    expect(iso(reminderDueAt('2027-10-31T10:00', 'P7D', ZONE))).toBe('2027-10-24T08:00:00.000Z');
    expect(iso(reminderDueAt('2027-10-31T10:00', 'PT2H', ZONE))).toBe('2027-10-31T07:00:00.000Z');
  });

  it('a week-before reminder that crosses the spring change is 167 hours before, at the same time of day', () => {
    const due = reminderDueAt('2027-03-30T14:00', 'P7D', ZONE); // Tuesday 30 March 14.00 CEST = 12.00 UTC
    expect(iso(due)).toBe('2027-03-23T13:00:00.000Z'); // Tuesday 23 March 14.00 CET
    expect((Date.parse('2027-03-30T12:00:00Z') - due.getTime()) / 3_600_000).toBe(167);
  });

  it('a week-before reminder that crosses the autumn change is 169 hours before', () => {
    const due = reminderDueAt('2027-11-02T14:00', 'P7D', ZONE); // 14.00 CET = 13.00 UTC
    expect(iso(due)).toBe('2027-10-26T12:00:00.000Z'); // 14.00 CEST
    expect((Date.parse('2027-11-02T13:00:00Z') - due.getTime()) / 3_600_000).toBe(169);
  });

  it('a day moment that would land in the skipped hour moves to the first valid time after it', () => {
    // 29 March 02.30: a day before is 28 March 02.30, which does not exist; it becomes 03.30 CEST.
    expect(iso(reminderDueAt('2027-03-29T02:30', 'P1D', ZONE))).toBe('2027-03-28T01:30:00.000Z');
  });
});

describe('Dutch day and time', () => {
  const in2026 = new Date('2026-01-10T12:00:00Z');
  it('reads "dinsdag 3 maart, 14.00–16.00 uur"', () => {
    expect(formatWhen('2026-03-03T14:00', '2026-03-03T16:00', ZONE, in2026)).toBe('dinsdag 3 maart, 14.00–16.00 uur');
  });
  it('adds the year when it is not this year', () => {
    expect(formatWhen('2027-03-28T10:00', '2027-03-28T12:30', ZONE, in2026)).toBe('zondag 28 maart 2027, 10.00–12.30 uur');
  });
  it('spells out both days for a meeting over more days', () => {
    expect(formatWhen('2026-06-11T09:00', '2026-06-12T13:00', ZONE, in2026)).toBe('donderdag 11 juni 09.00 uur – vrijdag 12 juni 13.00 uur');
  });
  it('says how far away a meeting is in calendar days', () => {
    const now = new Date('2027-03-21T09:00:00Z');
    expect(untilText('2027-03-28T10:00', ZONE, now)).toBe('over 1 week');
    expect(untilText('2027-03-22T08:00', ZONE, now)).toBe('morgen');
    expect(untilText('2027-03-21T18:00', ZONE, now)).toBe('vandaag');
    expect(untilText('2027-03-25T18:00', ZONE, now)).toBe('over 4 dagen');
  });
});
