import { DateTime } from 'luxon';
import type { Ticket } from './ticketStore.ts';

/** Weeks shown on the insights card, newest first. */
export const STATS_WEEKS = 4;

export interface ExpertStats {
  /** Newest first: "week 49 (30 nov.)", questions asked and answered in that week. */
  weeks: Array<{ week: string; asked: number; answered: number }>;
  /** Median time from question to answer over the tickets kept, in words; undefined when none was answered. */
  medianToAnswer: string | undefined;
  answeredCount: number;
}

/** "45 minuten", "3 uur", "1 dag en 4 uur" */
export function durationText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} uur`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return `${days === 1 ? '1 dag' : `${days} dagen`}${rest > 0 ? ` en ${rest} uur` : ''}`;
}

/** Ticket counts per week (Mon–Sun in `zone`) and the median time to an answer: no text, no names. */
export function expertStats(tickets: readonly Ticket[], now: Date, zone: string): ExpertStats {
  const thisWeek = DateTime.fromJSDate(now, { zone }).startOf('week');
  const weeks = Array.from({ length: STATS_WEEKS }, (_, i) => {
    const start = thisWeek.minus({ weeks: i });
    const end = start.plus({ weeks: 1 });
    const inWeek = (iso: string | undefined) => {
      if (!iso) return false;
      const t = DateTime.fromISO(iso, { zone });
      return t >= start && t < end;
    };
    return {
      week: `week ${start.weekNumber} (${start.setLocale('nl').toFormat('d LLL')})`,
      asked: tickets.filter((t) => inWeek(t.createdAt)).length,
      answered: tickets.filter((t) => inWeek(t.answeredAt)).length,
    };
  });
  const times = tickets
    .filter((t) => t.answeredAt !== undefined)
    .map((t) => Date.parse(t.answeredAt ?? '') - Date.parse(t.createdAt))
    .sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length === 0 ? undefined : times.length % 2 === 1 ? times[mid] : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
  return { weeks, medianToAnswer: median === undefined ? undefined : durationText(median), answeredCount: times.length };
}
