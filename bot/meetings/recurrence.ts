import { DateTime, Duration } from 'luxon';
import type { LocalDateTime } from './meetingTime.ts';

/**
 * Repetition of a meeting. A series is expanded into separate meetings when it is planned: each occurrence
 * can then be moved or cancelled on its own, and the scheduler only ever deals with single meetings.
 */
export const REPEAT_INTERVALS = ['P1W', 'P2W', 'P4W', 'P1M', 'P2M', 'P3M', 'P4M', 'P6M'] as const;
export type RepeatInterval = (typeof REPEAT_INTERVALS)[number];

export const REPEAT_LABELS: Readonly<Record<RepeatInterval, string>> = {
  P1W: 'Elke week',
  P2W: 'Elke 2 weken',
  P4W: 'Elke 4 weken',
  P1M: 'Elke maand',
  P2M: 'Elke 2 maanden',
  P3M: 'Elk kwartaal (elke 3 maanden)',
  P4M: 'Elke 4 maanden',
  P6M: 'Elk half jaar (elke 6 maanden)',
};

/** Most occurrences one plan may create (a series, or the first date plus a list of dates). */
export const MAX_OCCURRENCES = 12;

export type Repeat =
  | { kind: 'none' }
  | { kind: 'interval'; every: RepeatInterval; count: number }
  /** Extra dates (YYYY-MM-DD), at the same times as the first meeting. */
  | { kind: 'dates'; dates: readonly string[] };

export interface Occurrence {
  start: LocalDateTime;
  end: LocalDateTime;
}

/**
 * The occurrences of a plan, the first one included, in date order. Date arithmetic is done on dates
 * only (no zone), so every occurrence keeps the same wall-clock times whatever the clock changes in between;
 * monthly steps are counted from the first date (31 January + 1 month = 28/29 February, + 2 months = 31 March).
 */
export function expandOccurrences(first: Occurrence, repeat: Repeat): Occurrence[] {
  const startDate = DateTime.fromISO(first.start.slice(0, 10), { zone: 'utc' });
  const endDate = DateTime.fromISO(first.end.slice(0, 10), { zone: 'utc' });
  const spanDays = Math.round(endDate.diff(startDate, 'days').days);
  const startTime = first.start.slice(11);
  const endTime = first.end.slice(11);
  const at = (date: DateTime): Occurrence => ({
    start: `${date.toISODate()}T${startTime}`,
    end: `${date.plus({ days: spanDays }).toISODate()}T${endTime}`,
  });

  if (repeat.kind === 'none') return [first];
  if (repeat.kind === 'interval') {
    const step = Duration.fromISO(repeat.every);
    const out: Occurrence[] = [];
    for (let i = 0; i < Math.min(repeat.count, MAX_OCCURRENCES); i++) {
      out.push(i === 0 ? first : at(startDate.plus(step.mapUnits((x) => x * i))));
    }
    return out;
  }
  const dates = [...new Set(repeat.dates)].filter((d) => d !== first.start.slice(0, 10)).sort();
  return [first, ...dates.map((d) => at(DateTime.fromISO(d, { zone: 'utc' })))].sort((a, b) => a.start.localeCompare(b.start));
}
