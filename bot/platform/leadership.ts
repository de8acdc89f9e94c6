/**
 * Which instance runs the background work: the reminder scheduler, the delivery runs of updates, the experts'
 * reminders and the daily clean-up. Turns are answered by every instance; a timer must fire in one.
 *
 * Embedded: the one process. Scaled: the instance that holds a PostgreSQL advisory lock on its own connection.
 * The others try every few seconds; when the holder dies its session ends, the lock is free, and the next instance
 * to try takes over and resumes the work the way a restart does (a reminder interrupted during its call is marked
 * uncertain, never sent twice; an update's delivery run continues within its documented duplicate bound).
 * The scaled one is in pgLeadership.ts, so that a local start does not load the PostgreSQL client.
 */
export interface Leadership {
  isLeader(): boolean;
  /** Called each time this instance becomes the leader, and (with false) when it lost the lock. */
  onChange(listener: (leader: boolean) => void): void;
  health(): { leader: boolean; lastError: string | undefined };
  stop(): Promise<void>;
}

export function soleLeadership(): Leadership {
  return { isLeader: () => true, onChange: () => undefined, health: () => ({ leader: true, lastError: undefined }), stop: () => Promise.resolve() };
}
