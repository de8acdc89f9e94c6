import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openAnswerLogStore } from '../../bot/answers/answerLogStore.ts';
import { openBroadcastStore } from '../../bot/broadcasts/broadcastStore.ts';
import { sendingBroadcast } from '../../test-support/broadcasts.ts';
import { openTicketStore } from '../../bot/experts/ticketStore.ts';
import { openGroupStore } from '../../bot/groups/groupStore.ts';
import { openMeetingStore } from '../../bot/meetings/meetingStore.ts';
import { describeMigration, migrateToPostgres, MigrationRefusal } from '../../bot/migrateToPostgres.ts';
import { pgLeadership } from '../../bot/platform/pgLeadership.ts';
import { createLogger } from '../../bot/platform/log.ts';
import { openConversationStore } from '../../bot/platform/store/conversationStore.ts';
import { acquireDataDirLock } from '../../bot/platform/store/dataDirLock.ts';
import { openPgDatabase, type PgDatabase } from '../../bot/platform/store/pgDatabase.ts';
import { postgresBackend } from '../../bot/platform/store/pgStore.ts';
import type { StoreLocation } from '../../bot/platform/store/storeBackend.ts';
import { dropSchema, freshSchema, postgresUnavailable, TEST_DATABASE_URL } from '../../test-support/services.ts';
import { bundleScript } from '../../test-support/scriptBundle.ts';

/**
 * `npm run migrate:to-postgres`: an embedded DATA_DIR, filled through the stores' own functions, ends up in
 * PostgreSQL with every store reading the same; a database that already holds data is refused unless --force.
 */

const pgUnavailable = await postgresUnavailable('migrate:to-postgres');
const log = createLogger('silent');
const root = path.resolve(import.meta.dirname, '../..');
const NOW = '2026-03-02T10:00:00.000Z';
const LEAD = '22222222-2222-4222-8222-222222222222';
const RECIPIENTS = 600; // two parts of the delivery queue

const conversation = (id: string, extra: Record<string, unknown> = {}) => ({
  conversationId: id,
  conversationType: 'personal',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  botId: '28:bot',
  installedAt: NOW,
  lastSeenAt: NOW,
  active: true,
  ...extra,
});

/** A DATA_DIR as a running bot leaves it: every store written through its public functions. */
async function filledDataDir(): Promise<{ dir: string; broadcastId: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'meldwijzer-migrate-'));
  // conversations.json of version 1 (a record per channel thread), as an older bot left it: not opened here, so the
  // copy migrates it (the thread records merged into their channel's), as a start of the bot would.
  const v1 = {
    'a:person-1': conversation('a:person-1', { userAadObjectId: '00000000-0000-4000-8000-000000000001' }),
    'a:person-2': conversation('a:person-2', { userAadObjectId: '00000000-0000-4000-8000-000000000002', updatesOptOut: true }),
    '19:chan@thread.tacv2;messageid=1': conversation('19:chan@thread.tacv2;messageid=1', { conversationType: 'channel', lastSeenAt: '2026-03-01T10:00:00.000Z' }),
    '19:chan@thread.tacv2;messageid=2': conversation('19:chan@thread.tacv2;messageid=2', { conversationType: 'channel', active: false, inactiveReason: 'removed' }),
  };
  await writeFile(path.join(dir, 'conversations.json'), JSON.stringify({ version: 1, data: { conversations: v1 } }));

  const groups = await openGroupStore(dir);
  const group = await groups.create({ name: 'Taskforce', description: 'De taskforce' }, new Date(NOW));
  await groups.link(group.id, '19:chan@thread.tacv2');
  await groups.follow(group.id, '00000000-0000-4000-8000-000000000001');
  await groups.flush();

  const meetings = await openMeetingStore(dir);
  await meetings.transaction((d) => {
    d.meetings['m-1'] = {
      id: 'm-1',
      groupId: group.id,
      title: 'Overleg',
      start: '2026-03-10T10:00',
      end: '2026-03-10T11:00',
      zone: 'Europe/Amsterdam',
      reminders: ['P1D', 'PT1H'],
      status: 'planned',
      sequence: 0,
      calendarToken: 'abcdefghijklmnopqrstuvwx',
      createdBy: LEAD,
      createdAt: NOW,
      updatedAt: NOW,
    };
    d.jobs['m-1|P1D'] = { id: 'm-1|P1D', meetingId: 'm-1', kind: 'reminder', moment: 'P1D', dueAt: '2026-03-09T09:00:00.000Z', runAt: '2026-03-09T09:00:00.000Z', status: 'done', attempts: 1, finishedAt: '2026-03-09T09:00:01.000Z' };
    d.deliveries['m-1|P1D'] = { '19:chan@thread.tacv2': { status: 'sent', attempts: 1, activityId: 'act-1', updatedAt: '2026-03-09T09:00:01.000Z' } };
    d.rsvps['m-1'] = { '00000000-0000-4000-8000-000000000001': { answer: 'yes', name: 'Een deelnemer', at: NOW } };
  });
  await meetings.flush();

  const tickets = await openTicketStore(dir);
  await tickets.create({ question: 'Een vraag', askerId: '00000000-0000-4000-8000-000000000001', askerName: 'Vrager', askerConversationId: 'a:person-1', channelConversationId: '19:experts@thread.tacv2' }, new Date(NOW));
  await tickets.flush();

  const answers = await openAnswerLogStore(dir);
  await answers.recordFeedback({ entryId: 'meldcode-stap-1', helpful: true, userId: '00000000-0000-4000-8000-000000000001' }, new Date(NOW));
  await answers.recordUnanswered({ redactedText: 'vraag zonder antwoord van [naam]', conversationType: 'personal' }, new Date(NOW));
  answers.recordAsked('meldcode-stap-1');
  answers.recordAsked('meldcode-stap-1');
  await answers.close();

  const broadcasts = await openBroadcastStore(dir);
  await sendingBroadcast(broadcasts, { id: 'b-1', at: NOW, composer: LEAD, recipients: Array.from({ length: RECIPIENTS }, (_, i) => `a:r-${i}`), sent: 550 });
  await broadcasts.flush();
  return { dir, broadcastId: 'b-1' };
}

/** What every store says through its public functions: the same on both backends after the copy. */
async function everything(where: StoreLocation, broadcastId: string) {
  const conversations = await openConversationStore(where);
  const groups = await openGroupStore(where);
  const meetings = await openMeetingStore(where);
  const tickets = await openTicketStore(where);
  const answers = await openAnswerLogStore(where);
  const broadcasts = await openBroadcastStore(where);
  const queue = await broadcasts.deliveries(broadcastId);
  const seen = {
    conversations: conversations.list(),
    groups: groups.list(),
    meetings: meetings.read(),
    tickets: { list: tickets.list(), audit: tickets.audit(), expertsGroupId: tickets.expertsGroupId() },
    answers: { feedback: [...answers.feedbackSummary()], unanswered: answers.unanswered(), mostAsked: answers.mostAsked(10), asked: answers.askedCount('meldcode-stap-1') },
    broadcasts: broadcasts.read(),
    deliveries: { ids: await broadcasts.deliveryFileIds(), resolvedAt: queue.resolvedAt(), recipients: queue.read() },
  };
  await answers.close();
  return structuredClone(seen);
}

describe.skipIf(pgUnavailable !== undefined)('migrate:to-postgres: the DATA_DIR into PostgreSQL', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  });
  const target = async () => {
    const schema = freshSchema();
    cleanup.push(() => dropSchema(schema));
    return schema;
  };
  const database = async (schema: string): Promise<PgDatabase> => {
    const db = await openPgDatabase({ url: TEST_DATABASE_URL, schema });
    cleanup.push(() => db.close());
    return db;
  };
  const heads = async (db: PgDatabase) => (await db.pool.query<{ store: string; revision: string; updated_at: Date }>('SELECT store, revision, updated_at FROM store_heads ORDER BY store')).rows;

  it('copies every store, migrated and validated, and each reads the same on PostgreSQL', { timeout: 60_000 }, async () => {
    const { dir, broadcastId } = await filledDataDir();
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const schema = await target();
    const report = await migrateToPostgres({ dataDir: dir, databaseUrl: TEST_DATABASE_URL, schema, log });

    const db = await database(schema);
    const onPostgres = await everything(postgresBackend(db), broadcastId);
    const embedded = await everything(dir, broadcastId);
    expect(onPostgres).toEqual(embedded);
    // The v1 thread records were merged into the channel's record on the way.
    expect(onPostgres.conversations.map((c) => c.conversationId).sort()).toEqual(['19:chan@thread.tacv2', 'a:person-1', 'a:person-2']);
    expect(onPostgres.deliveries.recipients).toHaveLength(RECIPIENTS);
    expect(onPostgres.groups[0]?.followers).toHaveLength(1);

    expect(report.stores.map((s) => s.name)).toEqual([
      'answers.json',
      'broadcasts.json',
      'conversations.json',
      'experts.json',
      'groups.json',
      'meetings.json',
      'broadcast-deliveries/b-1/index.json',
      'broadcast-deliveries/b-1/part-0000.json',
      'broadcast-deliveries/b-1/part-0001.json',
    ]);
    expect(report.stores.find((s) => s.name === 'conversations.json')?.records).toBe(3);
    expect(report.notCopied).toEqual([]);
    expect((await heads(db)).map((h) => h.store)).toEqual(report.stores.map((s) => s.name).sort());

    // The summary names stores and counts, never what people wrote or who they are.
    const summary = describeMigration(report);
    expect(summary).toContain('conversations.json: 3 records');
    expect(summary).toContain('broadcast-deliveries: 1 update, 3 bestanden, 600 ontvangers');
    for (const personal of ['Een vraag', 'Vrager', 'Een deelnemer', 'Taskforce', 'Nieuwe meldcode', '00000000-0000-4000-8000', 'vraag zonder antwoord']) expect(summary).not.toContain(personal);
    // The lock was let go: the bot can start on the DATA_DIR again (it should not, but the copy leaves no lock behind).
    expect(existsSync(path.join(dir, '.lock'))).toBe(false);
  });

  it('refuses a database that already holds stores (nothing written), replaces it all with --force', { timeout: 60_000 }, async () => {
    const { dir, broadcastId } = await filledDataDir();
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const schema = await target();
    await migrateToPostgres({ dataDir: dir, databaseUrl: TEST_DATABASE_URL, schema, log });
    const db = await database(schema);
    // Something only the database has: gone after --force, so the database holds exactly what DATA_DIR holds.
    const stray = await postgresBackend(db).open({ name: 'stray.json', schema: z.object({ n: z.number() }), initial: () => ({ n: 1 }), version: 1 });
    await stray.flush();
    const before = await heads(db);

    const refused = migrateToPostgres({ dataDir: dir, databaseUrl: TEST_DATABASE_URL, schema, log });
    await expect(refused).rejects.toBeInstanceOf(MigrationRefusal);
    await expect(refused).rejects.toThrow(/bevat al gegevens van Meldwijzer \(10 opslagen\).*niets overgezet.*--force/);
    expect(await heads(db)).toEqual(before);

    // The embedded bot went on meanwhile (the copy was a trial): the new state replaces the old one.
    const groups = await openGroupStore(dir);
    await groups.create({ name: 'Werkgroep' }, new Date(NOW));
    await groups.flush();
    const report = await migrateToPostgres({ dataDir: dir, databaseUrl: TEST_DATABASE_URL, schema, log, force: true });
    expect(report.removedFromTarget).toBe(10);
    expect(describeMigration(report)).toContain('Eerst verwijderd uit de database (--force): 10 opslagen.');
    const db2 = await database(schema);
    expect((await heads(db2)).map((h) => h.store)).not.toContain('stray.json');
    const onPostgres = await everything(postgresBackend(db2), broadcastId);
    expect(onPostgres).toEqual(await everything(dir, broadcastId));
    expect(onPostgres.groups.map((g) => g.name)).toEqual(['Taskforce', 'Werkgroep']);
  });

  it('refuses while a bot holds the DATA_DIR or runs on the database, and a damaged file before anything reaches the database', { timeout: 60_000 }, async () => {
    const { dir } = await filledDataDir();
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const schema = await target();
    const lock = await acquireDataDirLock(dir, log);
    await expect(migrateToPostgres({ dataDir: dir, databaseUrl: TEST_DATABASE_URL, schema, log })).rejects.toThrow(/in gebruik door een ander Meldwijzer-proces/);
    await lock.release();

    // A scaled instance on the database: it holds the background lock (leadership.ts).
    const running = pgLeadership({ url: TEST_DATABASE_URL, schema, log, retryMs: 50 });
    for (let i = 0; i < 200 && !running.isLeader(); i++) await new Promise((r) => setTimeout(r, 25));
    expect(running.isLeader()).toBe(true);
    const busy = migrateToPostgres({ dataDir: dir, databaseUrl: TEST_DATABASE_URL, schema, log });
    await expect(busy).rejects.toBeInstanceOf(MigrationRefusal);
    await expect(busy).rejects.toThrow(/Er draait nog een Meldwijzer op deze database.*Stop alle instanties eerst/);
    await running.stop();

    const part = path.join(dir, 'broadcast-deliveries', 'b-1', 'part-0001.json');
    const good = await readFile(part, 'utf-8');
    await writeFile(part, good.slice(0, 100));
    await expect(migrateToPostgres({ dataDir: dir, databaseUrl: TEST_DATABASE_URL, schema, log })).rejects.toThrow(/part-0001\.json/);
    const db = await database(schema);
    expect(await heads(db)).toEqual([]);
    expect(existsSync(path.join(dir, '.lock'))).toBe(false);
  });

  it('npm run migrate:to-postgres: exit code 0 with the summary, 1 when refused, 2 for a wrong call', { timeout: 120_000 }, async (ctx) => {
    const { dir } = await filledDataDir();
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    // The script has no schema option (an operator's database is used whole): a database of its own.
    const name = `meldwijzer_migrate_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } catch (err) {
      await admin.end();
      ctx.skip(`cannot create a test database: ${(err as Error).message}`);
      return;
    }
    cleanup.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    // The script's bundle with plain node: the same code as `npm run migrate:to-postgres` (tsx), a second less per run.
    const script = await bundleScript('scripts/migrate-to-postgres.ts');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [script, ...args], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: url.toString(), DATA_DIR: path.join(dir, 'elders'), NODE_ENV: 'test' },
        encoding: 'utf-8',
        timeout: 60_000,
      });

    const first = run('--data-dir', dir);
    expect(first.stderr).not.toMatch(/mislukt/);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('conversations.json: 3 records');

    const again = run('--data-dir', dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('De database bevat al gegevens van Meldwijzer');
    expect(again.stdout).toBe('');

    const forced = run('--data-dir', dir, '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('Eerst verwijderd uit de database (--force): 9 opslagen.');

    const missing = run(); // DATA_DIR from the environment: a folder that does not exist
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/bestaat niet of is geen map/);

    const wrong = run('--data-dir');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('gebruik: npm run migrate:to-postgres');
    // Nothing the operator sees carries the password or the URL.
    for (const r of [first, again, forced, missing, wrong]) expect(`${r.stdout}${r.stderr}`).not.toContain(url.toString());
  });
});
