import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { StoreStatus } from '../platform/store/jsonStore.ts';
import { backendOf, type StoreLocation } from '../platform/store/storeBackend.ts';

/**
 * Feedback on answers (per entry id, never the question text) and the questions the bot could not answer
 * (with personal data already removed by the caller), each kept for its retention period.
 */

const feedbackSchema = z.object({
  entryId: z.string(),
  helpful: z.boolean(),
  /** Kept so one person has one vote per entry and can erase it (`vergeet mij`). */
  userId: z.string(),
  at: z.iso.datetime(),
});
const unansweredSchema = z.object({
  id: z.string(),
  /** The question with personal data replaced by placeholders. */
  redactedText: z.string().max(500),
  conversationType: z.enum(['personal', 'groupChat', 'channel']),
  at: z.iso.datetime(),
});
const fileSchema = z.object({
  feedback: z.array(feedbackSchema),
  unanswered: z.array(unansweredSchema),
  /** How often each entry was shown: entry id -> count. No question text, no user, no time: nothing personal. */
  asked: z.record(z.string(), z.number().int().nonnegative()).default({}),
});

export type Feedback = z.infer<typeof feedbackSchema>;
export type UnansweredQuestion = z.infer<typeof unansweredSchema>;

export interface AnswerLogStore {
  recordFeedback(input: Omit<Feedback, 'at'>, now?: Date): Promise<void>;
  feedbackSummary(): Map<string, { up: number; down: number }>;
  /**
   * Keeps an unanswered question (already reduced by the caller). In memory at once, saved with the "asked" counts
   * on the timer and by flush()/close(): a question never costs a write of the whole file. At most MAX_UNANSWERED
   * are kept, the newest.
   */
  recordUnanswered(input: Omit<UnansweredQuestion, 'id' | 'at'>, now?: Date): Promise<void>;
  /** The kept questions, oldest first, including those not saved yet; at most MAX_UNANSWERED. */
  unanswered(): readonly UnansweredQuestion[];
  /**
   * Counts one showing of an entry (for the search extension's "most asked" list). In memory at once;
   * saved on a timer and by flush()/close(), so a turn never waits for a write of the whole file.
   */
  recordAsked(entryId: string): void;
  /** Entry ids, most shown first (ties by id), at most n. Includes counts not saved yet. */
  mostAsked(n: number): string[];
  /** How often an entry was shown (0 when never), including counts not saved yet. Read only. */
  askedCount(entryId: string): number;
  /** Deletes what is older than the retention periods; returns how many items went. */
  purge(now: Date, retention: { feedbackDays: number; unansweredDays: number }): Promise<number>;
  erasePerson(userId: string): Promise<number>;
  /** Saves the pending "asked" counts and unanswered questions, then waits for every queued write. Never rejects: a failed write shows in status(). */
  flush(): Promise<void>;
  /** Stops the save timer and flushes. */
  close(): Promise<void>;
  /** For /healthz. */
  status(): StoreStatus;
}

const DAY = 86_400_000;
/**
 * The most unanswered questions kept (the newest): with the 90 days, a bound on the file whatever the load. Under
 * load the log grew to 16,064 records (3.3 MB) in 2 minutes, slowing every write of answers.json (issue 15,
 * finding 12). 1,000 is far above what the leader reads (the newest 20) and about 0.5 MB at most.
 */
export const MAX_UNANSWERED = 1000;
const newest = (list: UnansweredQuestion[]) => (list.length > MAX_UNANSWERED ? list.slice(list.length - MAX_UNANSWERED) : list);

export interface AnswerLogStoreOptions {
  /** How often the pending "asked" counts and unanswered questions are saved; default 30 s. */
  askedSaveIntervalMs?: number;
}

export async function openAnswerLogStore(where: StoreLocation, options: AnswerLogStoreOptions = {}): Promise<AnswerLogStore> {
  const store = await backendOf(where).open({
    name: 'answers.json',
    schema: fileSchema,
    initial: () => ({ feedback: [], unanswered: [], asked: {} }),
    version: 1,
  });
  // A file from before the cap (or one that grew under load) is brought within it once, at the start.
  if (store.read().unanswered.length > MAX_UNANSWERED) {
    await store.update((d) => {
      d.unanswered = newest(d.unanswered);
    });
  }

  /*
   * "Asked" counts are batched in memory: `totals` (what is on disk plus what is not saved yet) answers
   * mostAsked; `pending` holds the counts not saved yet. A save takes `pending` out, adds it to the file in
   * one update, and on failure puts it back for the next save: never lost while the process lives, never
   * added twice. Saves run one after another, so a flush also waits for a timer save on its way.
   * The counts are anonymous (entry id -> number), so losing the last interval's counts to a SIGKILL or
   * power loss is accepted; a graceful stop flushes them (App.close).
   */
  const totals = new Map<string, number>(Object.entries(store.read().asked));
  let pending = new Map<string, number>();
  /*
   * Unanswered questions go the same way: kept in memory at once (unanswered() shows them), saved in one update
   * with the counts. They are anonymous and reduced, so losing the last interval's questions to a SIGKILL is
   * accepted too; a graceful stop flushes them.
   */
  let pendingQuestions: UnansweredQuestion[] = [];
  let saving: Promise<void> = Promise.resolve();
  const saveAsked = (): Promise<void> => {
    saving = saving.then(async () => {
      if (pending.size === 0 && pendingQuestions.length === 0) return;
      const batch = pending;
      const questions = pendingQuestions;
      pending = new Map();
      pendingQuestions = [];
      try {
        await store.update((d) => {
          for (const [id, n] of batch) d.asked[id] = (d.asked[id] ?? 0) + n;
          if (questions.length > 0) d.unanswered = newest([...d.unanswered, ...questions]);
        });
      } catch {
        // Not written (the store records the error for /healthz): keep them for the next save.
        for (const [id, n] of batch) pending.set(id, (pending.get(id) ?? 0) + n);
        pendingQuestions = newest([...questions, ...pendingQuestions]);
      }
    });
    return saving;
  };
  const timer = setInterval(() => void saveAsked(), options.askedSaveIntervalMs ?? 30_000);
  timer.unref();
  const flush = async () => {
    await saveAsked();
    await store.flush();
  };

  return {
    recordFeedback: (input, now = new Date()) =>
      store.update((d) => {
        d.feedback = d.feedback.filter((f) => !(f.entryId === input.entryId && f.userId === input.userId));
        d.feedback.push({ ...input, at: now.toISOString() });
      }),
    feedbackSummary() {
      const m = new Map<string, { up: number; down: number }>();
      for (const f of store.read().feedback) {
        const s = m.get(f.entryId) ?? { up: 0, down: 0 };
        if (f.helpful) s.up++;
        else s.down++;
        m.set(f.entryId, s);
      }
      return m;
    },
    recordUnanswered(input, now = new Date()) {
      pendingQuestions.push({ ...input, redactedText: input.redactedText.slice(0, 500), id: randomUUID(), at: now.toISOString() });
      // More waiting than can be kept: the oldest go already (the save would drop them anyway).
      if (pendingQuestions.length > MAX_UNANSWERED) pendingQuestions = newest(pendingQuestions);
      return Promise.resolve();
    },
    unanswered: () => (pendingQuestions.length === 0 ? store.read().unanswered : newest([...store.read().unanswered, ...pendingQuestions])),
    recordAsked(entryId) {
      totals.set(entryId, (totals.get(entryId) ?? 0) + 1);
      pending.set(entryId, (pending.get(entryId) ?? 0) + 1);
    },
    mostAsked: (n) =>
      [...totals]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, Math.max(0, n))
        .map(([id]) => id),
    askedCount: (entryId) => totals.get(entryId) ?? 0,
    purge(now, retention) {
      const fbCut = now.getTime() - retention.feedbackDays * DAY;
      const uaCut = now.getTime() - retention.unansweredDays * DAY;
      const waiting = pendingQuestions.length;
      pendingQuestions = pendingQuestions.filter((u) => Date.parse(u.at) >= uaCut);
      const dropped = waiting - pendingQuestions.length;
      const r = store.read();
      const stale = r.feedback.filter((f) => Date.parse(f.at) < fbCut).length + r.unanswered.filter((u) => Date.parse(u.at) < uaCut).length;
      if (stale === 0) return Promise.resolve(dropped);
      return store.update((d) => {
        d.feedback = d.feedback.filter((f) => Date.parse(f.at) >= fbCut);
        d.unanswered = d.unanswered.filter((u) => Date.parse(u.at) >= uaCut);
        return stale + dropped;
      });
    },
    erasePerson: (userId) =>
      store.update((d) => {
        const before = d.feedback.length;
        d.feedback = d.feedback.filter((f) => f.userId !== userId);
        return before - d.feedback.length;
      }),
    flush,
    close() {
      clearInterval(timer);
      return flush();
    },
    status: () => store.status(),
  };
}
