import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../bot/answers/loadKnowledge.ts';
import { ConfigError, loadConfig } from '../../bot/config.ts';
import { createLogger } from '../../bot/platform/log.ts';
import { startApp } from '../../bot/main.ts';
import { StartupError } from '../../bot/platform/startupError.ts';
import { openConversationStore } from '../../bot/platform/store/conversationStore.ts';
import { acquireDataDirLock, DataDirLockedError } from '../../bot/platform/store/dataDirLock.ts';
import { StoreError } from '../../bot/platform/store/jsonStore.ts';

/** Everything the operator must fix before the bot can start is one class, shown as its message without a stack. */
const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(path.join(tmpdir(), 'meldwijzer-startup-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
const silent = createLogger('silent');

describe('StartupError', () => {
  it('is what a wrong setting throws', () => {
    const err = (() => {
      try {
        loadConfig({ TIMEZONE: 'Nergens/Land' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).name).toBe('ConfigError');
  });

  it('is what a damaged data file throws', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'conversations.json'), '{ kapot');
    const err = await openConversationStore(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toBeInstanceOf(StartupError);
  });

  it('is what a DATA_DIR in use throws', async () => {
    const dir = await tempDir();
    const lock = await acquireDataDirLock(dir, silent);
    try {
      const err = await acquireDataDirLock(dir, silent).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect(err).toBeInstanceOf(StartupError);
    } finally {
      await lock.release();
    }
  });

  it('is what a broken knowledge base stops the start with, its problems as the message', async () => {
    const knowledge = await tempDir();
    await mkdir(path.join(knowledge, 'entries'));
    await writeFile(path.join(knowledge, 'entries', 'kapot.md'), '---\ntitle: [niet af\n---\nTekst\n');
    const dataDir = await tempDir();
    const err = await startApp({ env: { DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledge, NODE_ENV: 'test', LOG_LEVEL: 'silent' }, listen: false, log: silent }).then(
      async (app) => {
        await app.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).cause).toBeInstanceOf(KnowledgeError);
    expect((err as Error).message).toMatch(/^De kennisbank heeft \d+ fout\(en\)/);
    expect((err as Error).message).toContain('kapot.md');
  });
});
