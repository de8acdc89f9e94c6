import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { openJsonStore, type StoreStatus } from './jsonStore.ts';

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
  recordUnanswered(input: Omit<UnansweredQuestion, 'id' | 'at'>, now?: Date): Promise<void>;
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
  /** Saves the pending "asked" counts, then waits for every queued write. Never rejects: a failed write shows in status(). */
  flush(): Promise<void>;
  /** Stops the save timer and flushes. */
  close(): Promise<void>;
  /** For /healthz. */
  status(): StoreStatus;
}

const DAY = 86_400_000;

export interface AnswerLogStoreOptions {
  /** How often the pending "asked" counts are saved; default 30 s. */
  askedSaveIntervalMs?: number;
}

export async function openAnswerLogStore(dataDir: string, options: AnswerLogStoreOptions = {}): Promise<AnswerLogStore> {
  const store = await openJsonStore({
    dir: dataDir,
    name: 'answers.json',
    schema: fileSchema,
    initial: () => ({ feedback: [], unanswered: [], asked: {} }),
    version: 1,
  });

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
  let saving: Promise<void> = Promise.resolve();
  const saveAsked = (): Promise<void> => {
    saving = saving.then(async () => {
      if (pending.size === 0) return;
      const batch = pending;
      pending = new Map();
      try {
        await store.update((d) => {
          for (const [id, n] of batch) d.asked[id] = (d.asked[id] ?? 0) + n;
        });
      } catch {
        // Not written (the store records the error for /healthz): keep them for the next save.
        for (const [id, n] of batch) pending.set(id, (pending.get(id) ?? 0) + n);
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
    recordUnanswered: (input, now = new Date()) =>
      store.update((d) => {
        d.unanswered.push({ ...input, redactedText: input.redactedText.slice(0, 500), id: randomUUID(), at: now.toISOString() });
      }),
    unanswered: () => store.read().unanswered,
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
      const r = store.read();
      const stale = r.feedback.filter((f) => Date.parse(f.at) < fbCut).length + r.unanswered.filter((u) => Date.parse(u.at) < uaCut).length;
      if (stale === 0) return Promise.resolve(0);
      return store.update((d) => {
        d.feedback = d.feedback.filter((f) => Date.parse(f.at) >= fbCut);
        d.unanswered = d.unanswered.filter((u) => Date.parse(u.at) >= uaCut);
        return stale;
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
