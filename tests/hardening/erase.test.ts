import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { executeInvoke, LEADER, PERSONAL_CONVERSATION, personalMessage, PROFESSIONAL } from '../../test-support/activities.ts';
import { FEEDBACK_VERB } from '../../cards/answerCard.ts';
import { MEETING_VERBS } from '../../cards/meetingVerbs.ts';
import { dataDirWithGroupMeeting, readData, snapshotDataFiles } from './dataFiles.ts';
import { SMALL_KNOWLEDGE } from './fixtures/botProcess.ts';
import { bundleScript } from '../../test-support/scriptBundle.ts';

/**
 * `npm run erase -- <aadObjectId>`: the operator's erasure for a request that does not come through Teams. Run as
 * a process (as the operator runs it) on a real data directory that the bot filled through /api/messages.
 */

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop({ keepData: true });
  bot = undefined;
});

const MEETING_ID = 'meeting-erase-1';
const ENTRY_ID = 'afwegingskader-afweging-1-vermoeden';
const ME = PROFESSIONAL.aadObjectId;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the erase script through npm itself (as the operator does), or its bundle with plain node (cheaper; same code). */
async function runErase(dataDir: string, args: string[], options: { viaNpm?: boolean } = {}): Promise<Run> {
  const [cmd, argv] = options.viaNpm ? ['npm', ['run', '--silent', 'erase', '--', ...args]] : [process.execPath, [await bundleScript('scripts/erase.ts'), ...args]];
  const child = spawn(cmd as string, argv as string[], {
    cwd: path.resolve('.'),
    // Erasing does not touch the knowledge base: a small one keeps each run's start cheap.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'info', KNOWLEDGE_DIR: SMALL_KNOWLEDGE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The JSON log lines on stderr. */
const logLines = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/**
 * A data directory as two people leave it by using the bot: a chat, a 👍, a followed group, a meeting answer and
 * `geen updates`, each. The bot is stopped afterwards (erase refuses to run beside it).
 */
async function usedDataDir(): Promise<string> {
  const { dataDir } = await dataDirWithGroupMeeting('meldwijzer-erase-', MEETING_ID);

  const b = await startTestBot({ dataDir });
  for (const who of [PROFESSIONAL, LEADER]) {
    expect((await b.post(personalMessage('wat is de meldcode?', who))).status).toBe(200);
    expect((await b.post(executeInvoke(FEEDBACK_VERB, { id: ENTRY_ID, helpful: true }, 'personal', who))).status).toBe(200);
    expect((await b.post(personalMessage('volg Taskforce HG/KM', who))).status).toBe(200);
    expect((await b.post(executeInvoke(MEETING_VERBS.rsvp, { meetingId: MEETING_ID, answer: 'yes' }, 'personal', who))).status).toBe(200);
    expect((await b.post(personalMessage('geen updates', who))).status).toBe(200);
  }
  await b.stop({ keepData: true });
  // It is all there.
  const files = await snapshotDataFiles(dataDir);
  for (const name of ['answers.json', 'groups.json', 'meetings.json', 'conversations.json']) expect(files[name], name).toContain(ME);
  expect(files['meetings.json']).toContain(PROFESSIONAL.name);
  return dataDir;
}

describe('npm run erase -- <aadObjectId>', () => {
  it('erases everything about the person in every file, prints a count per store and nothing else about them', async () => {
    const dataDir = await usedDataDir();
    // As pasted from a mail: upper case, with a space; Teams and the stores use lower case.
    const run = await runErase(dataDir, [` ${ME.toUpperCase()}`], { viaNpm: true });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Erased what Meldwijzer stored about ${ME} in ${dataDir}:`);
    const counts = Object.fromEntries(
      run.stdout
        .split('\n')
        .slice(1)
        .filter((l) => l.trim())
        .map((l) => l.trim().split(/\s+/) as [string, string])
        .map(([k, v]) => [k, Number(v)]),
    );
    expect(counts).toEqual({ feedback: 1, 'updates-opt-out': 1, 'group-follows': 1, rsvps: 1, broadcasts: 0, 'expert-tickets': 0, 'personal-chat': 1 });
    // Nothing about the person on stdout or in the log beyond the id given.
    for (const out of [run.stdout, run.stderr]) {
      expect(out).not.toContain(PROFESSIONAL.name);
      expect(out).not.toContain(PROFESSIONAL.id);
      expect(out).not.toContain(PERSONAL_CONVERSATION);
    }
    expect(run.stderr).not.toContain(ME);
    expect(logLines(run.stderr).find((l) => l.event === 'person-erased')).toMatchObject({ via: 'operator', counts, failed: [] });

    // Gone from every file; the other person's data is still there.
    const files = await snapshotDataFiles(dataDir);
    for (const [name, content] of Object.entries(files)) {
      expect(content, name).not.toContain(ME);
      expect(content, name).not.toContain(PROFESSIONAL.name);
    }
    expect((await readData<{ groups: Array<{ followers: string[] }> }>(dataDir, 'groups.json')).groups[0]?.followers).toEqual([LEADER.aadObjectId]);
    for (const name of ['answers.json', 'meetings.json', 'conversations.json']) expect(files[name], name).toContain(LEADER.aadObjectId);
    // The lock is released, and the bot starts on the files again.
    expect(existsSync(path.join(dataDir, '.lock'))).toBe(false);
    bot = await startTestBot({ dataDir });

    // Run again (a second request, or after a failure): nothing left, all zero.
    await bot.stop({ keepData: true });
    bot = undefined;
    const again = await runErase(dataDir, [ME]);
    expect(again.code).toBe(0);
    expect(again.stdout.match(/ (\d+)$/gm)?.map((s) => Number(s))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  }, 90_000);

  it('refuses to run while the bot runs on the same DATA_DIR, naming the directory and the pid, and changes nothing', async () => {
    const dataDir = await usedDataDir();
    bot = await startTestBot({ dataDir });
    const before = await snapshotDataFiles(dataDir);
    const run = await runErase(dataDir, [ME]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(dataDir);
    expect(run.stderr).toContain(`pid ${process.pid}`);
    expect(run.stderr).toMatch(/Stop the bot first/);
    expect(run.stdout).toBe('');
    expect(await snapshotDataFiles(dataDir)).toEqual(before);
  }, 90_000);

  // One used directory for the four refusals: each checks that its run changed nothing in it.
  let refusalDir: Promise<string> | undefined;
  it.each([
    ['not a GUID', ['jan.jansen@example.nl']],
    ['a GUID with a character too few', [ME.slice(1)]],
    ['no id', []],
    ['two ids', [ME, LEADER.aadObjectId]],
  ])('%s: exits with 2, says why, does not echo the argument and changes nothing', async (_label, args) => {
    const dataDir = await (refusalDir ??= usedDataDir());
    const before = await snapshotDataFiles(dataDir);
    const names = await readdir(dataDir);
    const run = await runErase(dataDir, args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run erase -- <aadObjectId>/);
    if (args.length === 1) expect(run.stderr).toMatch(/is not an Azure AD object id/);
    expect(run.stderr).not.toContain('jan.jansen');
    expect(run.stdout).toBe('');
    expect(await snapshotDataFiles(dataDir)).toEqual(before);
    expect((await readdir(dataDir)).sort()).toEqual(names.sort()); // not even a lock file
  }, 90_000);

  it('when one store cannot be written: erases in the others, prints their counts, names the failed one and exits with 1', async () => {
    const dataDir = await usedDataDir();
    // A directory where steno writes groups.json's temp file: that write fails, as on a full or broken disk.
    await mkdir(path.join(dataDir, '.groups.json.tmp', 'blocker'), { recursive: true });
    const run = await runErase(dataDir, [ME]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Erasing failed in: group-follows/);
    expect(run.stdout).toContain('except in the stores that failed');
    expect(run.stdout).not.toContain('group-follows');
    expect(run.stdout).toMatch(/^ {2}rsvps\s+1$/m);
    expect(logLines(run.stderr).find((l) => l.event === 'erase-failed')).toMatchObject({ store: 'group-follows' });
    const files = await snapshotDataFiles(dataDir);
    expect(files['groups.json']).toContain(ME); // still there: run erase again once the disk is fixed
    for (const name of ['answers.json', 'meetings.json', 'conversations.json']) expect(files[name], name).not.toContain(ME);
    expect(existsSync(path.join(dataDir, '.lock'))).toBe(false);
  }, 90_000);
});
