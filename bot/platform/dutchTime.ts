import { DateTime } from 'luxon';

/** Dutch wording about time that every feature shares: one date-time style on every card. */

/** The line under a form with times: which zone they are in (TIMEZONE is configurable, so not always Dutch time). */
export function zoneNote(timezone: string): string {
  return timezone === 'Europe/Amsterdam' ? 'Tijden in Nederlandse tijd.' : `Tijden in tijdzone ${timezone}.`;
}

/** "dinsdag 3 maart 2026, 09.00 uur" in the given time zone: the moment format of every card. */
export function formatMoment(at: Date | string, timezone: string): string {
  const dt = DateTime.fromJSDate(typeof at === 'string' ? new Date(at) : at, { zone: timezone }).setLocale('nl');
  return `${dt.toFormat('cccc d LLLL yyyy')}, ${dt.toFormat('HH.mm')} uur`;
}
