import { describe, expect, it } from 'vitest';
import { calendarTokenMatches, meetingIcs, outlookComposeUrl } from '../../bot/meetings/calendar.ts';
import type { Meeting } from '../../bot/meetings/meetingSchema.ts';

const meeting: Meeting = {
  id: '7f1c1d8e-1111-4222-8333-444455556666',
  groupId: 'g1',
  title: 'Netwerkbijeenkomst aandachtsfunctionarissen; voorjaar, 2027',
  start: '2027-03-28T10:00',
  end: '2027-03-28T12:30',
  zone: 'Europe/Amsterdam',
  location: 'Gemeentehuis Hilversum, zaal 2',
  onlineUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
  agenda: 'Opening\nCasus bespreken (anoniem)\nRondvraag – één punt per persoon',
  reminders: ['P7D', 'P1D'],
  status: 'planned',
  sequence: 2,
  calendarToken: 'abcdefghijklmnopqrstuvwx',
  createdBy: 'leader',
  createdAt: '2027-01-10T10:00:00.000Z',
  updatedAt: '2027-01-12T10:00:00.000Z',
};

describe('Zet in mijn agenda', () => {
  it('serves an iCalendar event in UTC with escaped text and folded lines', () => {
    const ics = meetingIcs(meeting, 'Netwerk aandachtsfunctionarissen');
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines).toContain('DTSTART:20270328T080000Z'); // 10.00 CEST
    expect(lines).toContain('DTEND:20270328T103000Z');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain(`UID:${meeting.id}@meldwijzer`);
    expect(ics).toContain('SUMMARY:Netwerkbijeenkomst aandachtsfunctionarissen\\; voorjaar\\, 2027');
    expect(ics.replace(/\r\n /g, '')).toContain('Opening\\nCasus bespreken (anoniem)\\nRondvraag – één punt per persoon');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf-8')).toBeLessThanOrEqual(75);
  });

  it('marks a cancelled meeting so calendars remove it', () => {
    const ics = meetingIcs({ ...meeting, status: 'cancelled', sequence: 3 }, 'Netwerk');
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:3');
  });

  it('falls back to an Outlook on the web link with the same times', () => {
    const url = new URL(outlookComposeUrl(meeting, 'Netwerk'));
    expect(url.origin).toBe('https://outlook.office.com');
    expect(url.searchParams.get('startdt')).toBe('2027-03-28T08:00:00Z');
    expect(url.searchParams.get('enddt')).toBe('2027-03-28T10:30:00Z');
    expect(url.searchParams.get('subject')).toBe(meeting.title);
    expect(url.searchParams.get('location')).toBe(meeting.location);
  });

  it('checks the token in the address', () => {
    expect(calendarTokenMatches(meeting, meeting.calendarToken)).toBe(true);
    expect(calendarTokenMatches(meeting, 'abcdefghijklmnopqrstuvwy')).toBe(false);
    expect(calendarTokenMatches(meeting, '')).toBe(false);
  });
});
