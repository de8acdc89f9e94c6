import type { Logger } from '../log.ts';
import type { ExtraRoute } from '../server.ts';
import { calendarTokenMatches, meetingIcs } from './calendar.ts';
import type { MeetingStore } from './meetingStore.ts';

/**
 * GET /agenda/<meetingId>/<token>.ics: the meeting as an iCalendar file for "Zet in mijn agenda". The random
 * token keeps meetings from being read by guessing ids; an unknown id or wrong token is a plain 404.
 */
export function calendarRoute(deps: { store: MeetingStore; groupName(groupId: string): string; log: Logger }): ExtraRoute {
  return {
    method: 'get',
    path: '/agenda/:meetingId/:file',
    handler(req, res) {
      const params = (req.params ?? {}) as { meetingId?: unknown; file?: unknown };
      const meetingId = typeof params.meetingId === 'string' ? params.meetingId : '';
      const file = typeof params.file === 'string' ? params.file : '';
      const meeting = meetingId.length <= 100 ? deps.store.meeting(meetingId) : undefined;
      if (!meeting || !file.endsWith('.ics') || !calendarTokenMatches(meeting, file.slice(0, -4))) {
        res.send(404, { error: 'not found' });
        return;
      }
      deps.log.info({ event: 'ics-served', meetingId: meeting.id }, 'calendar file served');
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="vergadering-${meeting.start.slice(0, 10)}.ics"`);
      res.setHeader('Cache-Control', 'no-store');
      res.sendRaw(200, meetingIcs(meeting, deps.groupName(meeting.groupId)));
    },
  };
}
