import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBroadcastService, type BroadcastPresenter } from '../../bot/broadcasts/broadcastService.ts';
import { openBroadcastStore, type Broadcast } from '../../bot/broadcasts/broadcastStore.ts';
import { sendingBroadcast } from '../../test-support/broadcasts.ts';
import { closeDamagedDelivery, RepairRefusal } from '../../bot/broadcasts/deliveryRepair.ts';
import { openConversationStore } from '../../bot/platform/store/conversationStore.ts';
import { ManualClock } from '../../test-support/manualClock.ts';
import { testDelivery } from '../../test-support/delivery.ts';
import { fakeSender, seededConversations, silentLog, tempDir } from './fakes.ts';
import { bundleScript } from '../../test-support/scriptBundle.ts';

/**
 * A damaged delivery file without a backup: `npm run delivery:close -- <id>` closes the update without sending
 * anything more, instead of files moved by hand (issue 15, finding 10).
 */

const LEAD = '22222222-2222-4222-8222-222222222222';
const presenter: BroadcastPresenter = {
  message: (content) => ({ card: { kind: 'message', title: content.title }, summary: content.title }),
  report: () => ({ card: { kind: 'report' }, summary: 'report' }),
  approvalRequest: () => ({ card: { kind: 'approval' }, summary: 'approval' }),
};

/** An update that was sending when the process died: 1,200 recipients in 3 parts, the first 700 sent. */
async function interrupted() {
  const dir = await tempDir();
  const { store: conversations, ids } = await seededConversations(dir, 1200);
  await conversations.flush();
  const store = await openBroadcastStore(dir);
  const now = '2026-03-02T10:00:00.000Z';
  await sendingBroadcast(store, { id: 'b-1', at: now, composer: LEAD, recipients: ids, sent: 700 });
  await store.flush();
  return { dir, conversations, partDir: path.join(dir, 'broadcast-deliveries', 'b-1') };
}

async function serviceOn(dir: string) {
  const sender = fakeSender();
  const service = createBroadcastService({
    store: await openBroadcastStore(dir),
    conversations: await openConversationStore(dir),
    groups: undefined,
    delivery: testDelivery(sender, { ratePerSecond: 500 }),
    presenter,
    clock: new ManualClock('2026-03-02T11:00:00Z'),
    log: silentLog().log,
    config: { approvalRequired: false, projectLeaders: [LEAD], timezone: 'Europe/Amsterdam', conversationRatePerSecond: 50, maxAttempts: 3, auditDays: 730 },
  });
  return { service, sender };
}

describe('closing an update whose delivery files are damaged', () => {
  it('a damaged part: the update is stopped with the counts that can be read, nothing more is sent, and the bot starts again', async () => {
    const w = await interrupted();
    await writeFile(path.join(w.partDir, 'part-0001.json'), '{"version":1,"data":{"recipi'); // e.g. after a power loss
    const r = await closeDamagedDelivery(w.dir, 'b-1', new Date('2026-03-02T11:00:00Z'));
    expect(r).toMatchObject({ statusBefore: 'sending', statusAfter: 'cancelled', counts: { total: 1200, sent: 500, failed: 0, skipped: 0, pending: 700, unknown: 700 } });
    expect(r.problem).toContain('part-0001.json');
    expect(existsSync(w.partDir)).toBe(false);

    const stored = JSON.parse(await readFile(path.join(w.dir, 'broadcasts.json'), 'utf-8')) as { data: { broadcasts: Broadcast[]; audit: Array<{ event: string; actor: string; counts?: unknown }> } };
    expect(stored.data.broadcasts[0]).toMatchObject({ status: 'cancelled', cancelledBy: { aadObjectId: 'beheer' }, counts: { total: 1200, sent: 500, pending: 700 }, finishedAt: '2026-03-02T11:00:00.000Z' });
    expect(stored.data.audit.at(-1)).toMatchObject({ event: 'cancelled', actor: 'beheer', counts: { sent: 500 } });

    // The start that was refused now works, and sends nothing: nobody gets it twice.
    const { service, sender } = await serviceOn(w.dir);
    await service.start();
    await service.idle();
    expect(sender.attempts).toHaveLength(0);
    await service.stop();
  });

  it('a sending update whose directory is gone is closed the same way; one whose files are fine, or an unknown id, is refused and nothing changes', async () => {
    const w = await interrupted();
    const before = await readFile(path.join(w.dir, 'broadcasts.json'), 'utf-8');
    await expect(closeDamagedDelivery(w.dir, 'b-1', new Date())).rejects.toThrow(/in orde.*niets veranderd/);
    await expect(closeDamagedDelivery(w.dir, 'bestaat-niet', new Date())).rejects.toBeInstanceOf(RepairRefusal);
    await expect(closeDamagedDelivery(w.dir, '../../etc', new Date())).rejects.toThrow(/geen id van een update/);
    expect(await readFile(path.join(w.dir, 'broadcasts.json'), 'utf-8')).toBe(before);
    expect(existsSync(path.join(w.partDir, 'part-0002.json'))).toBe(true);

    await rm(w.partDir, { recursive: true });
    const r = await closeDamagedDelivery(w.dir, 'b-1', new Date('2026-03-02T11:00:00Z'));
    expect(r).toMatchObject({ statusAfter: 'cancelled', counts: { total: 0, sent: 0, unknown: 0 } });
    expect(r.problem).toMatch(/ontbreekt/);
    const { service, sender } = await serviceOn(w.dir);
    await service.start();
    await service.idle();
    expect(sender.attempts).toHaveLength(0);
    await service.stop();
  });

  it('as a command: closes the update, says what it did in Dutch, exit 0; refuses with exit 1 when nothing is wrong', async () => {
    const w = await interrupted();
    // The script's bundle with plain node: the same code as `npm run delivery:close` (tsx), a second less per run.
    const script = await bundleScript('scripts/delivery-close.ts');
    const run = (id: string) =>
      spawnSync(process.execPath, [script, id], { env: { PATH: process.env.PATH ?? '', DATA_DIR: w.dir, NODE_ENV: 'test' }, encoding: 'utf-8', timeout: 60_000 });
    const fine = run('b-1');
    expect(fine.status).toBe(1);
    expect(fine.stderr).toMatch(/in orde/);
    await writeFile(path.join(w.partDir, 'part-0000.json'), 'kapot');
    const closed = run('b-1');
    expect(closed.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as { event?: string }).event)).toContain('delivery-closed');
    expect(closed.status).toBe(0);
    expect(closed.stdout).toMatch(/is afgesloten: er wordt niets meer van verstuurd/);
    expect(closed.stdout).toMatch(/Verstuurd: 200, mislukt: 0, overgeslagen: 0, onbekend: 1000 \(van 1200\)/);
    expect(existsSync(path.join(w.dir, '.lock'))).toBe(false);
  }, 60_000);
});
