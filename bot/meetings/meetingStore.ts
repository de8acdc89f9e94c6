import type { StoreStatus } from '../platform/store/jsonStore.ts';
import { backendOf, type StoreLocation } from '../platform/store/storeBackend.ts';
import { instantOf } from './meetingTime.ts';
import { meetingsFileSchema, type DeliveryRecord, type Job, type Meeting, type MeetingsFile, type Rsvp } from './meetingSchema.ts';

/**
 * meetings.json: meetings, scheduler jobs, send records and RSVPs in one lowdb file, so a change that touches
 * several of them (a meeting moved: its times, its reminder jobs, a notice job) is one atomic write.
 */
export interface MeetingStore {
  readonly file: string;
  /** The current data; read-only. */
  read(): Readonly<MeetingsFile>;
  meeting(id: string): Meeting | undefined;
  /**
   * Runs fn on a working copy and writes the result atomically; serialized with every other change, so fn
   * always sees the latest data. Throws (and writes nothing) when fn throws or the result fails the schema.
   */
  transaction<R>(fn: (data: MeetingsFile) => R): Promise<R>;
  deliveriesOf(jobId: string): DeliveryRecord[];
  rsvpsOf(meetingId: string): Readonly<Record<string, Rsvp>>;
  /** Pending jobs whose runAt has come. */
  dueJobs(now: Date): Job[];
  /** Earliest runAt of a pending job, in ms. */
  nextRunAt(): number | undefined;
  pendingCount(): number;
  /**
   * At start: a send record still "sending" means the process stopped during that call. It becomes "uncertain"
   * (never retried), so a reminder is not sent twice. Returns those records.
   */
  recoverInterrupted(now: Date): Promise<DeliveryRecord[]>;
  /**
   * Removes meetings that ended more than `days` ago, with their RSVPs, jobs and send records.
   * Returns how many meetings and RSVPs went.
   */
  purge(now: Date, days: number): Promise<{ meetings: number; rsvps: number }>;
  /** Removes every RSVP of a person (`vergeet mij`); returns how many. */
  erasePerson(personId: string): Promise<number>;
  flush(): Promise<void>;
  /** For /healthz. */
  status(): StoreStatus;
}

export async function openMeetingStore(where: StoreLocation): Promise<MeetingStore> {
  const store = await backendOf(where).open({
    name: 'meetings.json',
    schema: meetingsFileSchema,
    initial: (): MeetingsFile => ({ meetings: {}, jobs: {}, deliveries: {}, rsvps: {} }),
    version: 1,
  });

  return {
    file: store.file,
    read: () => store.read(),
    meeting: (id) => store.read().meetings[id],
    transaction: (fn) => store.update(fn),
    deliveriesOf(jobId) {
      return Object.entries(store.read().deliveries[jobId] ?? {}).map(([conversationId, d]) => ({ ...d, jobId, conversationId }));
    },
    rsvpsOf: (meetingId) => store.read().rsvps[meetingId] ?? {},
    dueJobs(now) {
      const t = now.getTime();
      return Object.values(store.read().jobs)
        .filter((j) => j.status === 'pending' && Date.parse(j.runAt) <= t)
        .sort((a, b) => Date.parse(a.runAt) - Date.parse(b.runAt));
    },
    nextRunAt() {
      let next: number | undefined;
      for (const j of Object.values(store.read().jobs)) {
        if (j.status !== 'pending') continue;
        const t = Date.parse(j.runAt);
        if (next === undefined || t < next) next = t;
      }
      return next;
    },
    pendingCount: () => Object.values(store.read().jobs).filter((j) => j.status === 'pending').length,
    async recoverInterrupted(now) {
      const stuck = Object.values(store.read().deliveries).some((byConversation) => Object.values(byConversation).some((d) => d.status === 'sending'));
      if (!stuck) return [];
      return store.update((d) => {
        const out: DeliveryRecord[] = [];
        for (const [jobId, byConversation] of Object.entries(d.deliveries)) {
          for (const [conversationId, rec] of Object.entries(byConversation)) {
            if (rec.status !== 'sending') continue;
            rec.status = 'uncertain';
            rec.updatedAt = now.toISOString();
            out.push({ ...rec, jobId, conversationId });
          }
        }
        return out;
      });
    },
    async purge(now, days) {
      const cutoff = now.getTime() - days * 86_400_000;
      const expired = Object.values(store.read().meetings).filter((m) => instantOf(m.end, m.zone).toMillis() < cutoff);
      if (expired.length === 0) return { meetings: 0, rsvps: 0 };
      return store.update((d) => {
        let rsvps = 0;
        const ids = new Set(expired.map((m) => m.id));
        for (const id of ids) {
          delete d.meetings[id];
          rsvps += Object.keys(d.rsvps[id] ?? {}).length;
          delete d.rsvps[id];
        }
        for (const [jobId, job] of Object.entries(d.jobs)) if (ids.has(job.meetingId)) delete d.jobs[jobId];
        for (const jobId of Object.keys(d.deliveries)) if (ids.has(jobId.slice(0, jobId.indexOf('|')))) delete d.deliveries[jobId];
        return { meetings: ids.size, rsvps };
      });
    },
    async erasePerson(personId) {
      const has = Object.values(store.read().rsvps).some((r) => personId in r);
      if (!has) return 0;
      return store.update((d) => {
        let n = 0;
        for (const answers of Object.values(d.rsvps)) {
          if (personId in answers) {
            delete answers[personId];
            n++;
          }
        }
        return n;
      });
    },
    flush: () => store.flush(),
    status: () => store.status(),
  };
}
