import { timingSafeEqual } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Meeting } from './meetingSchema.ts';
import { instantOf } from './meetingTime.ts';

/**
 * "Zet in mijn agenda": an iCalendar file the bot serves (needs PUBLIC_BASE_URL), or else a link that opens a
 * new appointment in Outlook on the web. Times go out in UTC, so no VTIMEZONE is needed and every calendar
 * shows the right local time.
 */

const utcStamp = (dt: DateTime) => dt.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");

/** RFC 5545 text escaping. */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf-8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function meetingDescription(meeting: Meeting, groupName: string): string {
  const parts = [`Groep: ${groupName}`];
  if (meeting.onlineUrl) parts.push(`Online deelnemen: ${meeting.onlineUrl}`);
  if (meeting.agenda) parts.push(`Agenda:\n${meeting.agenda}`);
  if (meeting.agendaUrl) parts.push(`Agenda: ${meeting.agendaUrl}`);
  parts.push('Gepland met Meldwijzer.');
  return parts.join('\n\n');
}

export function meetingIcs(meeting: Meeting, groupName: string): string {
  const start = instantOf(meeting.start, meeting.zone);
  const end = instantOf(meeting.end, meeting.zone);
  const cancelled = meeting.status === 'cancelled';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Meldwijzer//Gooi en Vechtstreek//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${meeting.id}@meldwijzer`,
    `DTSTAMP:${utcStamp(DateTime.fromISO(meeting.updatedAt))}`,
    `SEQUENCE:${meeting.sequence}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${icsText(cancelled ? `Geannuleerd: ${meeting.title}` : meeting.title)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
  ];
  const location = meeting.location ?? (meeting.onlineUrl ? 'Online' : undefined);
  if (location) lines.push(`LOCATION:${icsText(location)}`);
  if (meeting.onlineUrl) lines.push(`URL:${meeting.onlineUrl}`);
  lines.push(`DESCRIPTION:${icsText(meetingDescription(meeting, groupName))}`, 'END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

export function icsPath(meeting: Meeting): string {
  return `/agenda/${meeting.id}/${meeting.calendarToken}.ics`;
}

/** Constant-time check of the token in an .ics address. */
export function calendarTokenMatches(meeting: Meeting, token: string): boolean {
  const a = Buffer.from(meeting.calendarToken);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A new appointment in Outlook on the web, filled in. */
export function outlookComposeUrl(meeting: Meeting, groupName: string): string {
  const start = instantOf(meeting.start, meeting.zone).toUTC();
  const end = instantOf(meeting.end, meeting.zone).toUTC();
  const body = meetingDescription(meeting, groupName);
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: meeting.title,
    startdt: start.toISO({ suppressMilliseconds: true }) ?? '',
    enddt: end.toISO({ suppressMilliseconds: true }) ?? '',
    body: body.length > 1000 ? `${body.slice(0, 1000)}…` : body,
  });
  const location = meeting.location ?? (meeting.onlineUrl ? 'Online' : undefined);
  if (location) params.set('location', location);
  return `https://outlook.office.com/calendar/0/deeplink/compose?${params.toString()}`;
}
