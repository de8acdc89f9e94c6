import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_UNANSWERED, openAnswerLogStore } from '../../bot/answers/answerLogStore.ts';

/** The "asked" counter: counted in memory at once, saved in one write on a timer or by flush/close. */

const HOUR = 3_600_000;
const tempDir = () => mkdtemp(path.join(tmpdir(), 'mw-answerlog-'));
const fileOf = (dir: string) => path.join(dir, 'answers.json');
const askedOnDisk = async (dir: string) => (JSON.parse(await readFile(fileOf(dir), 'utf-8')) as { data: { asked: Record<string, number> } }).data.asked;
const record = (log: { recordAsked(id: string): void }, id: string, times: number) => {
  for (let i = 0; i < times; i++) log.recordAsked(id);
};

describe('the "asked" counter of the answer log', () => {
  it('shows a count in mostAsked at once, and writes nothing to answers.json before the timer or a flush', async () => {
    const dir = await tempDir();
    const log = await openAnswerLogStore(dir, { askedSaveIntervalMs: HOUR });
    const before = await readFile(fileOf(dir), 'utf-8');
    const writtenAt = log.status().lastWriteAt;
    record(log, 'b', 2);
    record(log, 'a', 1);
    record(log, 'c', 2);
    expect(log.mostAsked(10)).toEqual(['b', 'c', 'a']);
    expect(log.mostAsked(1)).toEqual(['b']);
    await new Promise((r) => setTimeout(r, 50));
    expect(await readFile(fileOf(dir), 'utf-8')).toBe(before);
    expect(log.status()).toMatchObject({ pendingWrites: 0, lastWriteAt: writtenAt });
    await log.close();
  });

  it('saves the pending counts on its timer, until close()', async () => {
    const dir = await tempDir();
    const log = await openAnswerLogStore(dir, { askedSaveIntervalMs: 40 });
    record(log, 'a', 3);
    record(log, 'b', 1);
    await vi.waitFor(async () => expect(await askedOnDisk(dir)).toEqual({ a: 3, b: 1 }), { timeout: 2000, interval: 20 });
    // Later ticks with nothing pending add nothing.
    await new Promise((r) => setTimeout(r, 120));
    expect(await askedOnDisk(dir)).toEqual({ a: 3, b: 1 });
    await log.close();
    // close() stopped the timer: a later count stays in memory.
    record(log, 'c', 1);
    await new Promise((r) => setTimeout(r, 120));
    expect(await askedOnDisk(dir)).toEqual({ a: 3, b: 1 });
  });

  it('flush writes the sum of what was on disk and what was pending; a reopened store sees it', async () => {
    const dir = await tempDir();
    const log = await openAnswerLogStore(dir, { askedSaveIntervalMs: HOUR });
    record(log, 'a', 2);
    await log.flush();
    expect(await askedOnDisk(dir)).toEqual({ a: 2 });
    record(log, 'a', 1);
    record(log, 'b', 4);
    await log.flush();
    expect(await askedOnDisk(dir)).toEqual({ a: 3, b: 4 });
    await log.flush(); // nothing pending: nothing added twice
    expect(await askedOnDisk(dir)).toEqual({ a: 3, b: 4 });
    await log.close();
    const again = await openAnswerLogStore(dir, { askedSaveIntervalMs: HOUR });
    expect(again.mostAsked(10)).toEqual(['b', 'a']);
    // Counts on disk and new ones add up.
    record(again, 'a', 2);
    expect(again.mostAsked(10)).toEqual(['a', 'b']);
    await again.close();
    expect(await askedOnDisk(dir)).toEqual({ a: 5, b: 4 });
  });

  it('counts recorded while a save is on its way go into the next save, none twice', async () => {
    const dir = await tempDir();
    const log = await openAnswerLogStore(dir, { askedSaveIntervalMs: HOUR });
    record(log, 'a', 2);
    const first = log.flush();
    // Wait until that save's write is queued in the file store (it starts on a later tick), then count more.
    for (let i = 0; i < 100 && log.status().pendingWrites === 0; i++) await Promise.resolve();
    expect(log.status().pendingWrites).toBe(1);
    record(log, 'a', 1);
    const second = log.flush();
    record(log, 'b', 1);
    await Promise.all([first, second]);
    expect(await askedOnDisk(dir)).toEqual({ a: 3, b: 1 });
    await log.close();
    expect(await askedOnDisk(dir)).toEqual({ a: 3, b: 1 });
  });

  it('a failed save keeps the pending counts, and a later flush saves them exactly once', async () => {
    const dir = await tempDir();
    const log = await openAnswerLogStore(dir, { askedSaveIntervalMs: HOUR });
    record(log, 'a', 1);
    await log.flush();
    // A directory where the file was: steno's rename onto it fails, as a full disk would fail the write.
    await rm(fileOf(dir));
    await mkdir(path.join(fileOf(dir), 'blocker'), { recursive: true });
    record(log, 'a', 2);
    record(log, 'b', 1);
    await log.flush(); // does not reject; the failure shows in status()
    expect(log.status()).toMatchObject({ ok: false, lastError: expect.stringMatching(/^E[A-Z]+:/) });
    expect(log.mostAsked(10)).toEqual(['a', 'b']);
    record(log, 'b', 3);
    await rm(fileOf(dir), { recursive: true });
    await log.flush();
    expect(log.status().ok).toBe(true);
    expect(await askedOnDisk(dir)).toEqual({ a: 3, b: 4 });
    await log.flush();
    expect(await askedOnDisk(dir)).toEqual({ a: 3, b: 4 });
    await log.close();
    const again = await openAnswerLogStore(dir, { askedSaveIntervalMs: HOUR });
    expect(again.mostAsked(10)).toEqual(['b', 'a']);
    await again.close();
  });
});

describe('unanswered questions in the answer log (issue 15, finding 12)', () => {
  const DAY = 86_400_000;
  const onDisk = async (dir: string) => (JSON.parse(await readFile(fileOf(dir), 'utf-8')) as { data: { unanswered: Array<{ redactedText: string; at: string }> } }).data.unanswered;
  const ask = (n: number) => ({ redactedText: `vraag ${n}`, conversationType: 'personal' as const });

  it('a question costs no write of the file: shown at once, saved with the next timer save or flush', async () => {
    const dir = await tempDir();
    const log = await openAnswerLogStore(dir, { askedSaveIntervalMs: HOUR });
    const before = await readFile(fileOf(dir), 'utf-8');
    const writtenAt = log.status().lastWriteAt;
    for (let i = 0; i < 200; i++) await log.recordUnanswered(ask(i));
    await new Promise((r) => setTimeout(r, 50));
    expect(await readFile(fileOf(dir), 'utf-8')).toBe(before);
    expect(log.status()).toMatchObject({ pendingWrites: 0, lastWriteAt: writtenAt });
    expect(log.unanswered().map((q) => q.redactedText)).toEqual(Array.from({ length: 200 }, (_, i) => `vraag ${i}`));
    await log.flush();
    expect((await onDisk(dir)).map((q) => q.redactedText)).toEqual(Array.from({ length: 200 }, (_, i) => `vraag ${i}`));
    await log.close();
  });

  it(`keeps at most ${MAX_UNANSWERED}, the newest, in memory and on disk; a larger file from before is trimmed at the start`, async () => {
    const dir = await tempDir();
    const log = await openAnswerLogStore(dir, { askedSaveIntervalMs: HOUR });
    const total = MAX_UNANSWERED + 250;
    for (let i = 0; i < total; i++) await log.recordUnanswered(ask(i));
    const expected = Array.from({ length: MAX_UNANSWERED }, (_, i) => `vraag ${i + 250}`);
    expect(log.unanswered().map((q) => q.redactedText)).toEqual(expected);
    await log.flush();
    expect((await onDisk(dir)).map((q) => q.redactedText)).toEqual(expected);
    // More after a save: still the newest MAX_UNANSWERED, across what is on disk and what waits.
    for (let i = total; i < total + 10; i++) await log.recordUnanswered(ask(i));
    expect(log.unanswered()).toHaveLength(MAX_UNANSWERED);
    expect(log.unanswered().at(-1)?.redactedText).toBe(`vraag ${total + 9}`);
    expect(log.unanswered()[0]?.redactedText).toBe('vraag 260');
    await log.close();

    // A file written before the cap, with 3,000 questions: opened, it keeps the newest MAX_UNANSWERED.
    const file = JSON.parse(await readFile(fileOf(dir), 'utf-8')) as { data: { unanswered: unknown[] } };
    const at = new Date().toISOString();
    file.data.unanswered = Array.from({ length: 3000 }, (_, i) => ({ id: `q${i}`, redactedText: `oud ${i}`, conversationType: 'channel', at }));
    await writeFile(fileOf(dir), JSON.stringify(file));
    const again = await openAnswerLogStore(dir, { askedSaveIntervalMs: HOUR });
    expect(again.unanswered()).toHaveLength(MAX_UNANSWERED);
    expect(again.unanswered()[0]?.redactedText).toBe(`oud ${3000 - MAX_UNANSWERED}`);
    expect(await onDisk(dir)).toHaveLength(MAX_UNANSWERED);
    await again.close();
  });

  it('the retention period applies to questions not saved yet too', async () => {
    const dir = await tempDir();
    const log = await openAnswerLogStore(dir, { askedSaveIntervalMs: HOUR });
    const now = new Date('2026-12-04T12:00:00Z');
    await log.recordUnanswered(ask(1), new Date(now.getTime() - 100 * DAY));
    await log.flush();
    await log.recordUnanswered(ask(2), new Date(now.getTime() - 95 * DAY));
    await log.recordUnanswered(ask(3), new Date(now.getTime() - DAY));
    expect(await log.purge(now, { feedbackDays: 365, unansweredDays: 90 })).toBe(2);
    expect(log.unanswered().map((q) => q.redactedText)).toEqual(['vraag 3']);
    await log.close();
    expect((await onDisk(dir)).map((q) => q.redactedText)).toEqual(['vraag 3']);
  });
});
