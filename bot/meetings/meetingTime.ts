import { DateTime, Duration } from 'luxon';
import type { ReminderMoment } from './moments.ts';
import type { LocalDateTime } from '../platform/formFields.ts';

/**
 * Wall-clock times of meetings. A meeting is stored as local date-time strings ("2027-03-28T10:00") plus
 * its IANA zone, because that is what the leader planned: if time-zone rules change, the meeting stays at
 * 10.00 local time. Instants (UTC) are derived from it when needed.
 */
export type { LocalDateTime } from '../platform/formFields.ts';

/** The instant of a stored (already validated) local time. */
export function instantOf(local: LocalDateTime, zone: string): DateTime {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) throw new Error(`invalid stored local time ${local} (${zone})`);
  return dt;
}

export function toLocal(dt: DateTime): LocalDateTime {
  return dt.toFormat("yyyy-MM-dd'T'HH:mm");
}

/** When the reminder for a moment falls due. */
export function reminderDueAt(startLocal: LocalDateTime, moment: ReminderMoment, zone: string): Date {
  return instantOf(startLocal, zone).minus(Duration.fromISO(moment)).toJSDate();
}

const nl = (dt: DateTime) => dt.setLocale('nl');
const clock = (dt: DateTime) => dt.toFormat('HH.mm');

/**
 * "dinsdag 3 maart, 14.00–16.00 uur"; the year is added when it is not the current year, and a meeting over
 * several days reads "dinsdag 3 maart 14.00 uur – woensdag 4 maart 12.00 uur".
 */
export function formatWhen(startLocal: LocalDateTime, endLocal: LocalDateTime, zone: string, now: Date): string {
  const start = nl(instantOf(startLocal, zone));
  const end = nl(instantOf(endLocal, zone));
  const year = DateTime.fromJSDate(now, { zone }).year;
  const day = (dt: DateTime) => (dt.year === year ? dt.toFormat('cccc d LLLL') : dt.toFormat('cccc d LLLL yyyy'));
  if (start.toISODate() === end.toISODate()) return `${day(start)}, ${clock(start)}–${clock(end)} uur`;
  return `${day(start)} ${clock(start)} uur – ${day(end)} ${clock(end)} uur`;
}

/** "dinsdag 3 maart 2027" for a local date-time. */
export function formatDay(local: LocalDateTime, zone: string): string {
  return nl(instantOf(local, zone)).toFormat('cccc d LLLL yyyy');
}

/** How far away a meeting is, in calendar words: "vandaag", "morgen", "over 6 dagen", "over 2 weken". */
export function untilText(startLocal: LocalDateTime, zone: string, now: Date): string {
  const start = instantOf(startLocal, zone);
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const days = Math.round(start.startOf('day').diff(today, 'days').days);
  if (days <= 0) return 'vandaag';
  if (days === 1) return 'morgen';
  if (days === 2) return 'overmorgen';
  if (days % 7 === 0 && days <= 28) return days === 7 ? 'over 1 week' : `over ${days / 7} weken`;
  return `over ${days} dagen`;
}
