import { DateTime } from 'luxon';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/log.ts';
import { describeError } from '../platform/describeError.ts';
import type { Ticket, TicketStore } from './ticketStore.ts';

/** A ticket without an answer after this many working days (Mon–Fri) gets one reminder in the experts' channel. */
export const REMINDER_WORKING_DAYS = 2;
/** How often open tickets are checked. */
export const CHECK_EVERY_MS = 15 * 60_000;

/**
 * When a ticket asked at `createdAt` is due for its reminder: `days` working days later (Mon–Fri, in `zone`), at
 * the same time of day. A ticket asked in the weekend counts from Monday 00.00.
 */
export function reminderDue(createdAt: string, zone: string, days = REMINDER_WORKING_DAYS): Date {
  let t = DateTime.fromISO(createdAt, { zone });
  if (t.weekday > 5) t = t.plus({ days: 8 - t.weekday }).startOf('day');
  let counted = 0;
  while (counted < days) {
    t = t.plus({ days: 1 });
    if (t.weekday <= 5) counted++;
  }
  return t.toJSDate();
}

export interface TicketReminders {
  start(): Promise<void>;
  /** Resolves when no check is under way. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Checks open tickets every CHECK_EVERY_MS and reminds the experts once per ticket. At most once, also across a
 * crash: the ticket is marked 'sending' (written) before the send, and a 'sending' left by a crash becomes
 * 'uncertain' at the next start, never a second reminder.
 */
export function createTicketReminders(deps: { tickets: TicketStore; clock: Clock; timezone: string; log: Logger; remind(t: Ticket): Promise<void> }): TicketReminders {
  const { tickets, clock, log } = deps;
  let running: Promise<void> = Promise.resolve();
  let cancel: (() => void) | undefined;
  let stopped = false;

  const check = async () => {
    const now = clock.now().getTime();
    const due = tickets.list().filter((t) => (t.status === 'new' || t.status === 'picked') && t.reminder === undefined && reminderDue(t.createdAt, deps.timezone).getTime() <= now);
    for (const t of due) {
      if (stopped) return;
      await tickets.setReminder(t.id, 'sending');
      await tickets.flush();
      try {
        await deps.remind(t);
        await tickets.setReminder(t.id, 'sent');
        log.info({ event: 'expert-ticket-reminded', ticket: t.number }, 'experts reminded of an open ticket');
      } catch (err) {
        await tickets.setReminder(t.id, 'failed');
        log.warn({ event: 'expert-ticket-reminder-failed', ticket: t.number, err: describeError(err) }, 'reminder for an open ticket not sent');
      }
    }
  };
  const schedule = () => {
    if (stopped) return;
    cancel = clock.setTimer(() => {
      running = running.then(check).catch((err: unknown) => log.error({ event: 'expert-reminders-failed', err: describeError(err) }, 'ticket reminder check failed'));
      void running.then(schedule);
    }, CHECK_EVERY_MS);
  };

  return {
    async start() {
      for (const t of tickets.list()) {
        if (t.reminder === 'sending') {
          await tickets.setReminder(t.id, 'uncertain');
          log.warn({ event: 'expert-ticket-reminder-uncertain', ticket: t.number }, 'a reminder may or may not have been sent before a stop; not sent again');
        }
      }
      running = check().catch((err: unknown) => log.error({ event: 'expert-reminders-failed', err: describeError(err) }, 'ticket reminder check failed'));
      await running;
      schedule();
    },
    idle: () => running,
    async stop() {
      stopped = true;
      cancel?.();
      await running;
    },
  };
}
