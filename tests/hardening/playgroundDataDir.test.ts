import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/platform/log.ts';
import { StartupError } from '../../bot/platform/startupError.ts';
import { acquireDataDirLock } from '../../bot/platform/store/dataDirLock.ts';
import { checkDataDirFree, PlaygroundError } from '../../scripts/playground.ts';

/**
 * `npm run playground` refuses a data folder that a running Meldwijzer holds, using the bot's own DATA_DIR lock
 * (no second lock file of its own), before it starts anything.
 */
let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('playground: one run per data folder', () => {
  it('a free folder passes, and the check leaves no lock behind', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-playground-'));
    await checkDataDirFree(dir);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a folder a running bot holds is refused before anything starts, naming its process and how to run two users', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-playground-'));
    const bot = await acquireDataDirLock(dir, createLogger('silent'));
    try {
      const err = await checkDataDirFree(dir).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(PlaygroundError);
      expect(err).toBeInstanceOf(StartupError);
      expect((err as Error).message).toContain(`proces ${process.pid}`);
      expect((err as Error).message).toContain('--as leader,professional');
      // The running bot keeps its lock.
      expect(await readdir(dir)).toEqual(['.lock']);
    } finally {
      await bot.release();
    }
    await checkDataDirFree(dir);
  });
});
