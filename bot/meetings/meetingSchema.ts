import { z } from 'zod';
import { LOCAL_DATE_TIME } from '../platform/formFields.ts';
import { REMINDER_MOMENTS } from './moments.ts';

/** What meetings.json holds: meetings, the jobs of the scheduler, one record per send, and RSVPs. */

const localDateTime = z.string().regex(LOCAL_DATE_TIME);
const iso = z.iso.datetime();

export const meetingSchema = z.object({
  id: z.string().min(1),
  /** Shared by the occurrences of one repeated plan. */
  seriesId: z.string().optional(),
  groupId: z.string().min(1),
  title: z.string().min(1).max(200),
  /** Wall-clock time in `zone`, as planned. */
  start: localDateTime,
  end: localDateTime,
  zone: z.string().min(1),
  location: z.string().optional(),
  onlineUrl: z.string().optional(),
  agenda: z.string().optional(),
  agendaUrl: z.string().optional(),
  reminders: z.array(z.enum(REMINDER_MOMENTS)),
  status: z.enum(['planned', 'cancelled']),
  /** Goes up with every change; the SEQUENCE of the .ics, and part of the id of a notice. */
  sequence: z.number().int().nonnegative(),
  /** Random secret in the .ics address, so a meeting id alone does not reveal the meeting. */
  calendarToken: z.string().min(16),
  createdBy: z.string(),
  /**
   * The id the new-meeting form carried (made when the form was shown): the same form saved twice (a double click,
   * or Teams delivering the save again) finds the meetings it made the first time instead of making them again.
   */
  formId: z.string().min(1).max(64).optional(),
  createdAt: iso,
  updatedAt: iso,
});
export type Meeting = z.infer<typeof meetingSchema>;

export const noticeSchema = z.object({
  type: z.enum(['moved', 'cancelled']),
  previousStart: localDateTime,
  previousEnd: localDateTime,
  /** Cancelled: how many later meetings of the same series were cancelled with it. */
  following: z.number().int().nonnegative().optional(),
});
export type Notice = z.infer<typeof noticeSchema>;

/**
 * A job of the scheduler. `reminder`: one reminder moment of a meeting (id `meetingId|moment`, so there is
 * only ever one per moment). `notice`: a moved/cancelled message (id `meetingId|notice|sequence`).
 * `update`: refresh the reminder cards already sent for a meeting after it changed (idempotent).
 */
export const jobSchema = z.object({
  id: z.string().min(1),
  meetingId: z.string().min(1),
  kind: z.enum(['reminder', 'notice', 'update']),
  moment: z.enum(REMINDER_MOMENTS).optional(),
  notice: noticeSchema.optional(),
  /** When it was meant to happen (lateness is measured from here). */
  dueAt: iso,
  /** When the scheduler should look at it next (dueAt, or later for a retry). */
  runAt: iso,
  /**
   * pending: waiting or in progress. done: handled. dropped: due while the meeting had already started (or a
   * later moment of the same meeting was due too). cancelled: meeting cancelled or moment removed.
   * skipped: the moment had already passed when the meeting was planned or moved.
   */
  status: z.enum(['pending', 'done', 'dropped', 'cancelled', 'skipped']),
  attempts: z.number().int().nonnegative().default(0),
  finishedAt: iso.optional(),
});
export type Job = z.infer<typeof jobSchema>;

/**
 * One message of a job to one conversation: the unit of the no-duplicate guarantee.
 * sending: recorded before the call (a record still "sending" at start means a crash during the call).
 * sent: the connector accepted it. retry: refused in a way that proves it was not delivered (429, 412, 503,
 * connection refused); tried again at nextAttemptAt. gone: 403/404, the bot was removed there.
 * failed: refused for good. uncertain: may or may not have arrived (crash, timeout, 5xx); never retried.
 */
export const deliverySchema = z.object({
  status: z.enum(['sending', 'sent', 'retry', 'gone', 'failed', 'uncertain']),
  attempts: z.number().int().nonnegative(),
  activityId: z.string().optional(),
  nextAttemptAt: iso.optional(),
  httpStatus: z.number().int().optional(),
  updatedAt: iso,
});
export type Delivery = z.infer<typeof deliverySchema>;
/** A send record with where it went. */
export type DeliveryRecord = Delivery & { jobId: string; conversationId: string };

export const RSVP_ANSWERS = ['yes', 'no', 'maybe'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/** Only what Teams gives: the answer, the display name for the leader's list, and when. */
export const rsvpSchema = z.object({
  answer: z.enum(RSVP_ANSWERS),
  name: z.string().max(200),
  at: iso,
});
export type Rsvp = z.infer<typeof rsvpSchema>;

export const meetingsFileSchema = z.object({
  meetings: z.record(z.string(), meetingSchema),
  jobs: z.record(z.string(), jobSchema),
  /** jobId -> conversationId -> send record. */
  deliveries: z.record(z.string(), z.record(z.string(), deliverySchema)),
  /** meetingId -> person id (Azure AD object id) -> answer. */
  rsvps: z.record(z.string(), z.record(z.string(), rsvpSchema)),
});
export type MeetingsFile = z.infer<typeof meetingsFileSchema>;

export const reminderJobId = (meetingId: string, moment: string) => `${meetingId}|${moment}`;
export const noticeJobId = (meetingId: string, sequence: number) => `${meetingId}|notice|${sequence}`;
export const updateJobId = (meetingId: string) => `${meetingId}|update`;
