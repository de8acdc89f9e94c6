import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/log.ts';
import { parseMeetingForm, type FieldErrors, type MeetingDraft, type MeetingFormValues } from './meetingForm.ts';
import {
  noticeJobId,
  reminderJobId,
  updateJobId,
  type Job,
  type Meeting,
  type MeetingsFile,
  type Notice,
  type RsvpAnswer,
} from './meetingSchema.ts';
import type { MeetingStore } from './meetingStore.ts';
import { instantOf, reminderDueAt } from './meetingTime.ts';
import { REMINDER_MOMENTS, type ReminderMoment } from './moments.ts';
import { projectLeaders, type Actor } from '../platform/roles.ts';

export { NotAllowedError, type Actor } from '../platform/roles.ts';

export type RsvpCounts = Readonly<Record<RsvpAnswer, number>>;

export type Refusal = 'not-found' | 'cancelled' | 'past';

export type PlanResult = { ok: true; meetings: Meeting[]; replayed?: boolean } | { ok: false; errors: FieldErrors };
export type EditResult = { ok: true; meeting: Meeting; moved: boolean } | { ok: false; errors: FieldErrors } | { ok: false; refusal: Refusal };

export interface MeetingService {
  readonly zone: string;
  isLeader(actor: Actor): boolean;
  get(meetingId: string): Meeting | undefined;
  /** Planned meetings of these groups that have not ended, earliest first. */
  upcoming(groupIds: readonly string[], limit?: number): Meeting[];
  /** The later, still planned occurrences of the same series (this one excluded). */
  laterInSeries(meeting: Meeting): Meeting[];
  /**
   * Plans a meeting (or a series). With `formId`, the same form saved again returns the meetings it made the first
   * time and changes nothing (`replayed`).
   */
  plan(actor: Actor, values: MeetingFormValues, formId?: string): Promise<PlanResult>;
  edit(actor: Actor, meetingId: string, values: MeetingFormValues): Promise<EditResult>;
  /** Cancels one meeting, or it and the later ones of its series. Returns the cancelled meetings. */
  cancel(actor: Actor, meetingId: string, scope: 'one' | 'series'): Promise<{ ok: true; cancelled: Meeting[] } | { ok: false; refusal: Refusal }>;
  rsvp(meetingId: string, person: { id: string; name: string }, answer: RsvpAnswer): Promise<{ ok: true } | { ok: false; refusal: Refusal }>;
  counts(meetingId: string): RsvpCounts;
  answerOf(meetingId: string, personId: string): RsvpAnswer | undefined;
  /** Leaders only: names per answer, sorted. */
  attendees(actor: Actor, meetingId: string): Record<RsvpAnswer, string[]>;
  /** The reminder moments of a meeting with when they go (or went) out. */
  reminderPlan(meetingId: string): Array<{ moment: ReminderMoment; dueAt: Date; status: Job['status'] }>;
  /** The form values that show a stored meeting in the edit form. */
  formValues(meeting: Meeting): MeetingFormValues;
  /** Retention: drops meetings (and their RSVPs) that ended more than the configured days ago. Run daily. */
  purgeExpired(): Promise<{ meetings: number; rsvps: number }>;
  /** `vergeet mij`: removes the person's RSVPs. */
  erasePerson(personId: string): Promise<number>;
}

export interface MeetingServiceDeps {
  store: MeetingStore;
  groupExists(groupId: string): boolean;
  clock: Clock;
  log: Logger;
  zone: string;
  projectLeaders: readonly string[];
  rsvpRetentionDays: number;
  /** Called after every change that can affect the schedule (the scheduler re-arms). */
  onScheduleChanged(): void;
}

export function createMeetingService(deps: MeetingServiceDeps): MeetingService {
  const { store, clock, log, zone } = deps;
  const leaders = projectLeaders(deps.projectLeaders);
  const isLeader = (actor: Actor) => leaders.has(actor.aadObjectId);
  const requireLeader = (actor: Actor) => {
    leaders.require(actor, () => log.warn({ event: 'meeting-refused' }, 'meeting change by someone who is not a project leader'));
  };
  const endMs = (m: Meeting) => instantOf(m.end, m.zone).toMillis();
  const startMs = (m: Meeting) => instantOf(m.start, m.zone).toMillis();

  /** (Re)computes the reminder jobs of a meeting inside a transaction. Sent or dropped moments stay as they are. */
  function syncReminderJobs(d: MeetingsFile, m: Meeting, now: Date): void {
    for (const moment of REMINDER_MOMENTS) {
      const id = reminderJobId(m.id, moment);
      const job = d.jobs[id];
      const wanted = m.status === 'planned' && m.reminders.includes(moment);
      if (!wanted) {
        if (job?.status === 'pending') {
          job.status = 'cancelled';
          job.finishedAt = now.toISOString();
        }
        continue;
      }
      // A moment that already went out (done) or was dropped keeps its state: one reminder per moment.
      if (job && (job.status === 'done' || job.status === 'dropped')) continue;
      const dueAt = reminderDueAt(m.start, moment, m.zone);
      const past = dueAt.getTime() <= now.getTime();
      const next: Job = {
        id,
        meetingId: m.id,
        kind: 'reminder',
        moment,
        dueAt: dueAt.toISOString(),
        runAt: dueAt.toISOString(),
        status: past ? 'skipped' : 'pending',
        attempts: 0,
      };
      if (past) next.finishedAt = now.toISOString();
      d.jobs[id] = next;
    }
  }

  function addNotice(d: MeetingsFile, m: Meeting, notice: Notice, now: Date): void {
    const id = noticeJobId(m.id, m.sequence);
    d.jobs[id] = { id, meetingId: m.id, kind: 'notice', notice, dueAt: now.toISOString(), runAt: now.toISOString(), status: 'pending', attempts: 0 };
  }

  /** Sent reminder cards show the meeting as it is now: after a change they are updated in place. */
  function addUpdate(d: MeetingsFile, m: Meeting, now: Date): void {
    const sentAny = Object.values(d.jobs).some((j) => j.meetingId === m.id && j.kind === 'reminder' && j.status === 'done');
    if (!sentAny) return;
    const id = updateJobId(m.id);
    d.jobs[id] = { id, meetingId: m.id, kind: 'update', dueAt: now.toISOString(), runAt: now.toISOString(), status: 'pending', attempts: 0 };
  }

  function applyDraft(m: Meeting, draft: MeetingDraft): void {
    m.groupId = draft.groupId;
    m.title = draft.title;
    m.reminders = draft.reminders;
    for (const key of ['location', 'onlineUrl', 'agenda', 'agendaUrl'] as const) {
      const v = draft[key];
      if (v === undefined) delete m[key];
      else m[key] = v;
    }
  }

  function laterInSeries(meeting: Meeting): Meeting[] {
    if (!meeting.seriesId) return [];
    const from = startMs(meeting);
    return Object.values(store.read().meetings)
      .filter((m) => m.seriesId === meeting.seriesId && m.id !== meeting.id && m.status === 'planned' && startMs(m) > from)
      .sort((a, b) => startMs(a) - startMs(b));
  }

  const refusalOf = (m: Meeting | undefined, now: Date): Refusal | undefined =>
    !m ? 'not-found' : m.status === 'cancelled' ? 'cancelled' : endMs(m) <= now.getTime() ? 'past' : undefined;

  return {
    zone,
    isLeader,
    get: (id) => store.meeting(id),
    upcoming(groupIds, limit = 50) {
      const now = clock.now().getTime();
      const groups = new Set(groupIds);
      return Object.values(store.read().meetings)
        .filter((m) => m.status === 'planned' && groups.has(m.groupId) && endMs(m) > now)
        .sort((a, b) => startMs(a) - startMs(b))
        .slice(0, limit);
    },
    laterInSeries,

    async plan(actor, values, formId) {
      requireLeader(actor);
      const now = clock.now();
      const parsed = parseMeetingForm(values, { mode: 'create', zone, now, groupExists: deps.groupExists });
      if (!parsed.ok) return parsed;
      const { draft } = parsed;
      const seriesId = draft.occurrences.length > 1 ? randomUUID() : undefined;
      const meetings = draft.occurrences.map((o) => {
        const m: Meeting = {
          id: randomUUID(),
          groupId: draft.groupId,
          title: draft.title,
          start: o.start,
          end: o.end,
          zone,
          reminders: draft.reminders,
          status: 'planned',
          sequence: 0,
          calendarToken: randomBytes(18).toString('base64url'),
          createdBy: actor.aadObjectId ?? '',
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        };
        if (seriesId) m.seriesId = seriesId;
        if (formId) m.formId = formId;
        applyDraft(m, draft);
        return m;
      });
      // In the transaction, so two saves of one form at the same moment see each other: the second finds the first's.
      const earlier = await store.transaction((d) => {
        const made = formId ? Object.values(d.meetings).filter((m) => m.formId === formId).sort((a, b) => a.start.localeCompare(b.start)) : [];
        if (made.length > 0) return made;
        for (const m of meetings) {
          d.meetings[m.id] = m;
          syncReminderJobs(d, m, now);
        }
        return undefined;
      });
      if (earlier) {
        log.info({ event: 'meeting-save-replayed', meetingIds: earlier.map((m) => m.id) }, 'the same meeting form was saved again: nothing new planned');
        return { ok: true, meetings: earlier, replayed: true };
      }
      log.info({ event: 'meeting-planned', meetingIds: meetings.map((m) => m.id), groupId: draft.groupId, reminders: draft.reminders }, 'meeting planned');
      deps.onScheduleChanged();
      return { ok: true, meetings };
    },

    async edit(actor, meetingId, values) {
      requireLeader(actor);
      const now = clock.now();
      const current = store.meeting(meetingId);
      const refusal = refusalOf(current, now);
      if (refusal || !current) return { ok: false, refusal: refusal ?? 'not-found' };
      const parsed = parseMeetingForm(values, { mode: 'edit', zone: current.zone, now, groupExists: deps.groupExists, current: { start: current.start, end: current.end } });
      if (!parsed.ok) return parsed;
      const { draft } = parsed;
      const first = draft.occurrences[0];
      if (!first) throw new Error('draft without occurrence');
      const result = await store.transaction((d) => {
        const m = d.meetings[meetingId];
        const r = refusalOf(m, now);
        if (r || !m) return { ok: false as const, refusal: r ?? ('not-found' as const) };
        const previous = { start: m.start, end: m.end };
        const moved = previous.start !== first.start || previous.end !== first.end;
        applyDraft(m, draft);
        m.start = first.start;
        m.end = first.end;
        m.sequence += 1;
        m.updatedAt = now.toISOString();
        syncReminderJobs(d, m, now);
        if (moved) addNotice(d, m, { type: 'moved', previousStart: previous.start, previousEnd: previous.end }, now);
        addUpdate(d, m, now);
        return { ok: true as const, meeting: structuredClone(m), moved };
      });
      if (result.ok) {
        log.info({ event: 'meeting-changed', meetingId, moved: result.moved }, 'meeting changed');
        deps.onScheduleChanged();
      }
      return result;
    },

    async cancel(actor, meetingId, scope) {
      requireLeader(actor);
      const now = clock.now();
      const first = store.meeting(meetingId);
      const refusal = refusalOf(first, now);
      if (refusal || !first) return { ok: false, refusal: refusal ?? 'not-found' };
      const ids = [first.id, ...(scope === 'series' ? laterInSeries(first).map((m) => m.id) : [])];
      const cancelled = await store.transaction((d) => {
        const out: Meeting[] = [];
        for (const id of ids) {
          const m = d.meetings[id];
          if (!m || m.status !== 'planned') continue;
          m.status = 'cancelled';
          m.sequence += 1;
          m.updatedAt = now.toISOString();
          syncReminderJobs(d, m, now);
          addUpdate(d, m, now);
          out.push(structuredClone(m));
        }
        // One notice for the whole cancellation: it names the first meeting and how many later ones go too.
        const head = out[0];
        const headMeeting = head ? d.meetings[head.id] : undefined;
        if (head && headMeeting && startMs(head) > now.getTime()) {
          addNotice(d, headMeeting, { type: 'cancelled', previousStart: head.start, previousEnd: head.end, following: out.length - 1 }, now);
        }
        return out;
      });
      log.info({ event: 'meeting-cancelled', meetingIds: cancelled.map((m) => m.id) }, 'meeting cancelled');
      deps.onScheduleChanged();
      return { ok: true, cancelled };
    },

    async rsvp(meetingId, person, answer) {
      const now = clock.now();
      const refusal = refusalOf(store.meeting(meetingId), now);
      if (refusal) return { ok: false, refusal };
      await store.transaction((d) => {
        const answers = (d.rsvps[meetingId] ??= {});
        answers[person.id] = { answer, name: person.name.slice(0, 200), at: now.toISOString() };
      });
      return { ok: true };
    },
    counts(meetingId) {
      const counts: Record<RsvpAnswer, number> = { yes: 0, no: 0, maybe: 0 };
      for (const r of Object.values(store.rsvpsOf(meetingId))) counts[r.answer]++;
      return counts;
    },
    answerOf: (meetingId, personId) => store.rsvpsOf(meetingId)[personId]?.answer,
    attendees(actor, meetingId) {
      requireLeader(actor);
      const out: Record<RsvpAnswer, string[]> = { yes: [], no: [], maybe: [] };
      for (const r of Object.values(store.rsvpsOf(meetingId))) out[r.answer].push(r.name);
      for (const list of Object.values(out)) list.sort((a, b) => a.localeCompare(b, 'nl'));
      return out;
    },
    reminderPlan(meetingId) {
      const m = store.meeting(meetingId);
      if (!m) return [];
      const jobs = store.read().jobs;
      return m.reminders.map((moment) => {
        const job = jobs[reminderJobId(m.id, moment)];
        return { moment, dueAt: job ? new Date(job.dueAt) : reminderDueAt(m.start, moment, m.zone), status: job?.status ?? 'pending' };
      });
    },
    formValues(m) {
      const values: MeetingFormValues = {
        group: m.groupId,
        title: m.title,
        date: m.start.slice(0, 10),
        startTime: m.start.slice(11),
        endTime: m.end.slice(11),
        location: m.location ?? '',
        onlineUrl: m.onlineUrl ?? '',
        agenda: m.agenda ?? '',
        agendaUrl: m.agendaUrl ?? '',
        reminders: m.reminders.join(','),
      };
      if (m.end.slice(0, 10) !== m.start.slice(0, 10)) values.endDate = m.end.slice(0, 10);
      return values;
    },
    async purgeExpired() {
      const result = await store.purge(clock.now(), deps.rsvpRetentionDays);
      if (result.meetings > 0) log.info({ event: 'meetings-purged', ...result }, 'expired meetings and RSVPs removed');
      return result;
    },
    erasePerson: (personId) => store.erasePerson(personId),
  };
}
