import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openAnswerLogStore } from '../../bot/store/answerLogStore.ts';

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
