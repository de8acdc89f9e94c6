/** Dutch wording about time that every feature shares. */

/** The line under a form with times: which zone they are in (TIMEZONE is configurable, so not always Dutch time). */
export function zoneNote(timezone: string): string {
  return timezone === 'Europe/Amsterdam' ? 'Tijden in Nederlandse tijd.' : `Tijden in tijdzone ${timezone}.`;
}
