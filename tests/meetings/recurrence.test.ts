import { describe, expect, it } from 'vitest';
import { instantOf } from '../../bot/meetings/meetingTime.ts';
import { expandOccurrences } from '../../bot/meetings/recurrence.ts';

describe('repetition', () => {
  it('every 4 months counts from the first date and clamps to the end of a month', () => {
    const o = expandOccurrences({ start: '2027-01-31T14:00', end: '2027-01-31T16:00' }, { kind: 'interval', every: 'P4M', count: 3 });
    expect(o).toEqual([
      { start: '2027-01-31T14:00', end: '2027-01-31T16:00' },
      { start: '2027-05-31T14:00', end: '2027-05-31T16:00' },
      { start: '2027-09-30T14:00', end: '2027-09-30T16:00' },
    ]);
  });

  it('keeps the wall-clock time across the clock change (weekly, 23 and 30 March 2027)', () => {
    const o = expandOccurrences({ start: '2027-03-23T14:00', end: '2027-03-23T16:00' }, { kind: 'interval', every: 'P1W', count: 2 });
    expect(o.map((x) => x.start)).toEqual(['2027-03-23T14:00', '2027-03-30T14:00']);
    const hours = (instantOf(o[1]!.start, 'Europe/Amsterdam').toMillis() - instantOf(o[0]!.start, 'Europe/Amsterdam').toMillis()) / 3_600_000;
    expect(hours).toBe(167);
  });

  it('a list of dates: sorted, without duplicates or the first date again, same times', () => {
    const o = expandOccurrences({ start: '2027-02-10T19:30', end: '2027-02-10T21:30' }, { kind: 'dates', dates: ['2027-09-08', '2027-05-12', '2027-05-12', '2027-02-10'] });
    expect(o.map((x) => x.start)).toEqual(['2027-02-10T19:30', '2027-05-12T19:30', '2027-09-08T19:30']);
  });

  it('keeps a meeting over two days over two days', () => {
    const o = expandOccurrences({ start: '2027-06-10T09:00', end: '2027-06-11T13:00' }, { kind: 'interval', every: 'P1M', count: 2 });
    expect(o[1]).toEqual({ start: '2027-07-10T09:00', end: '2027-07-11T13:00' });
  });

  it('never makes more than 12 occurrences', () => {
    expect(expandOccurrences({ start: '2027-01-05T10:00', end: '2027-01-05T11:00' }, { kind: 'interval', every: 'P1W', count: 50 })).toHaveLength(12);
  });
});
