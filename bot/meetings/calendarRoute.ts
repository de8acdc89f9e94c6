import type { Logger } from '../platform/log.ts';
import type { Route } from '../platform/http.ts';
import { calendarTokenMatches, meetingIcs } from './calendar.ts';
import type { MeetingStore } from './meetingStore.ts';

/**
 * GET /agenda/<meetingId>/<token>.ics: the meeting as an iCalendar file for "Zet in mijn agenda". The random
 * token keeps meetings from being read by guessing ids; an unknown id or wrong token is a plain 404.
 */
export function calendarRoute(deps: { store: MeetingStore; groupName(groupId: string): string; log: Logger }): Route {
  return {
    method: 'get',
    path: '/agenda/:meetingId/:file',
    handle(req) {
      const meetingId = req.params.meetingId ?? '';
      const file = req.params.file ?? '';
      const meeting = meetingId.length <= 100 ? deps.store.meeting(meetingId) : undefined;
      if (!meeting || !file.endsWith('.ics') || !calendarTokenMatches(meeting, file.slice(0, -4))) {
        return { status: 404, body: { error: 'not found' } };
      }
      deps.log.info({ event: 'ics-served', meetingId: meeting.id }, 'calendar file served');
      return {
        status: 200,
        headers: {
          'Content-Type': 'text/calendar; charset=utf-8',
          'Content-Disposition': `attachment; filename="vergadering-${meeting.start.slice(0, 10)}.ics"`,
          'Cache-Control': 'no-store',
        },
        body: meetingIcs(meeting, deps.groupName(meeting.groupId)),
      };
    },
  };
}
