/**
 * Reminder moments, as ISO 8601 durations before the start of a meeting.
 *
 * Day and week moments are calendar arithmetic in the meeting's time zone: "1 week before" a meeting on
 * Tuesday 14.00 is the Tuesday before at 14.00, also when summer time starts or ends in between (the
 * interval is then 167 or 169 hours). Hour and minute moments are exact durations.
 */
export const REMINDER_MOMENTS = ['P14D', 'P7D', 'P3D', 'P2D', 'P1D', 'PT4H', 'PT2H', 'PT1H', 'PT30M'] as const;
export type ReminderMoment = (typeof REMINDER_MOMENTS)[number];

export const DEFAULT_MOMENTS: readonly ReminderMoment[] = ['P7D', 'P1D'];

export const MOMENT_LABELS: Readonly<Record<ReminderMoment, string>> = {
  P14D: '2 weken van tevoren',
  P7D: '1 week van tevoren',
  P3D: '3 dagen van tevoren',
  P2D: '2 dagen van tevoren',
  P1D: '1 dag van tevoren',
  PT4H: '4 uur van tevoren',
  PT2H: '2 uur van tevoren',
  PT1H: '1 uur van tevoren',
  PT30M: '30 minuten van tevoren',
};

export function isReminderMoment(value: string): value is ReminderMoment {
  return (REMINDER_MOMENTS as readonly string[]).includes(value);
}

/** Sorted from earliest (furthest before the meeting) to latest. */
export function sortMoments(moments: readonly ReminderMoment[]): ReminderMoment[] {
  return REMINDER_MOMENTS.filter((m) => moments.includes(m));
}
