import { describe, expect, it } from 'vitest';
import { durationText, expertStats } from '../../bot/experts/ticketStats.ts';
import type { Ticket } from '../../bot/experts/ticketStore.ts';

const ticket = (n: number, createdAt: string, answeredAt?: string): Ticket => ({
  id: `t${n}`,
  number: n,
  question: 'vraag',
  askerId: 'a',
  askerConversationId: 'c',
  channelConversationId: 'ch',
  createdAt,
  status: answeredAt ? 'answered' : 'new',
  ...(answeredAt ? { answeredAt } : {}),
});

describe('expert ticket statistics', () => {
  it('says a duration in words', () => {
    expect(durationText(60_000)).toBe('1 minuut');
    expect(durationText(45 * 60_000)).toBe('45 minuten');
    expect(durationText(3 * 3_600_000)).toBe('3 uur');
    expect(durationText(28 * 3_600_000)).toBe('1 dag en 4 uur');
    expect(durationText(48 * 3_600_000)).toBe('2 dagen');
  });

  it('counts asked and answered per week (Mon–Sun, Amsterdam), newest first, with the median time to an answer', () => {
    const now = new Date('2026-12-04T12:00:00Z'); // Friday of week 49
    const tickets = [
      ticket(1, '2026-11-23T09:00:00Z', '2026-11-23T12:00:00Z'), // week 48: 3 h
      ticket(2, '2026-11-27T09:00:00Z', '2026-11-30T09:00:00Z'), // asked week 48, answered week 49: 3 days
      ticket(3, '2026-11-30T09:00:00Z', '2026-12-01T10:00:00Z'), // week 49: 25 h
      ticket(4, '2026-12-03T09:00:00Z'),
      // Sunday 23.30 in Amsterdam is still week 48 (22.30 UTC).
      ticket(5, '2026-11-29T22:30:00Z'),
    ];
    const s = expertStats(tickets, now, 'Europe/Amsterdam');
    expect(s.weeks).toEqual([
      { week: 'week 49 (30 nov)', asked: 2, answered: 2 },
      { week: 'week 48 (23 nov)', asked: 3, answered: 1 },
      { week: 'week 47 (16 nov)', asked: 0, answered: 0 },
      { week: 'week 46 (9 nov)', asked: 0, answered: 0 },
    ]);
    expect(s.answeredCount).toBe(3);
    expect(s.medianToAnswer).toBe('1 dag en 1 uur');
    expect(expertStats([], now, 'Europe/Amsterdam').medianToAnswer).toBeUndefined();
  });
});
