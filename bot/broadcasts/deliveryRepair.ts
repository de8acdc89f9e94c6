import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { StoreError } from '../platform/store/jsonStore.ts';
import { openBroadcastStore, type Actor, type DeliveryCounts } from './broadcastStore.ts';
import { transition } from './workflow.ts';

/**
 * `npm run delivery:close -- <update-id>` (scripts/delivery-close.ts): the way out when an update's delivery files
 * are damaged or missing and there is no backup to put back. The bot refuses to start then (it will not guess who
 * still has to get the update), and moving files by hand either marked the update done without sending to the
 * recipients of the lost part or sent it to everyone again (issue 15, finding 10).
 *
 * Nobody can tell any more which recipients of a damaged part got the update, so this closes the update without
 * sending anything more: nobody gets it twice; who was still waiting may miss it (the report counts them as
 * "onbekend"), and the leader can send a new update. An update that was sending becomes "gestopt" (cancelled, by
 * "beheer", with an audit entry and the counts that could still be read); its delivery directory is removed, as
 * retention would later. A delivery directory that opens fine is refused: nothing is changed then.
 */

export const OPERATOR: Actor = { aadObjectId: 'beheer', name: 'beheerder (npm run delivery:close)' };

export class RepairRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RepairRefusal';
  }
}

export interface ClosedDelivery {
  broadcastId: string;
  title: string;
  statusBefore: string;
  statusAfter: string;
  /** What was wrong, as the bot said it at the start (a missing or damaged file, by name). */
  problem: string;
  /** Counted from the parts that could still be read; `unknown`: recipients in damaged parts or never read. */
  counts: DeliveryCounts & { unknown: number };
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** The states in the part files that can still be read, and the total the index gives (when it can be read). */
async function readWhatIsLeft(dir: string): Promise<{ total: number | undefined; sent: number; failed: number; skipped: number; pending: number }> {
  const counts = { total: undefined as number | undefined, sent: 0, failed: 0, skipped: 0, pending: 0 };
  try {
    const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf-8')) as { data?: { total?: unknown } };
    if (typeof index.data?.total === 'number') counts.total = index.data.total;
  } catch {
    // damaged or missing: the total is the rows that can be read
  }
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^part-\d{4}\.json$/.test(n));
  for (const name of names) {
    try {
      const part = JSON.parse(await readFile(path.join(dir, name), 'utf-8')) as { data?: { recipients?: Array<{ state?: unknown }> } };
      for (const r of part.data?.recipients ?? []) {
        if (r.state === 'sent') counts.sent++;
        else if (r.state === 'failed') counts.failed++;
        else if (r.state === 'skipped') counts.skipped++;
        else counts.pending++;
      }
    } catch {
      // a damaged part: its recipients are unknown
    }
  }
  return counts;
}

export async function closeDamagedDelivery(dataDir: string, broadcastId: string, now: Date): Promise<ClosedDelivery> {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(broadcastId)) throw new RepairRefusal(`"${broadcastId.slice(0, 80)}" is geen id van een update. Het id staat in de foutmelding van de start (de map broadcast-deliveries/<id>).`);
  const store = await openBroadcastStore(dataDir);
  const b = store.get(broadcastId);
  if (!b) throw new RepairRefusal(`Er is geen update met id ${broadcastId} in ${path.join(dataDir, 'broadcasts.json')}. Er is niets veranderd.`);
  const dir = store.deliveriesDir(broadcastId);

  let problem: string | undefined;
  if (!(await exists(dir))) {
    if (b.status !== 'sending') throw new RepairRefusal(`Update ${broadcastId} heeft geen bezorgbestanden en wordt niet verstuurd: er is niets te herstellen. Er is niets veranderd.`);
    problem = `${dir} ontbreekt`;
  } else {
    try {
      await store.deliveries(broadcastId);
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      problem = err.message;
    }
    if (problem === undefined) throw new RepairRefusal(`De bezorgbestanden van update ${broadcastId} zijn in orde; de bot kan ermee verder. Er is niets veranderd.`);
  }

  const left = await readWhatIsLeft(dir);
  const known = left.sent + left.failed + left.skipped;
  const total = Math.max(left.total ?? 0, known + left.pending);
  const counts: DeliveryCounts = { total, sent: left.sent, failed: left.failed, skipped: left.skipped, pending: total - known };
  const statusBefore = b.status;
  const after = await store.update((d) => {
    const idx = d.broadcasts.findIndex((x) => x.id === broadcastId);
    const current = d.broadcasts[idx];
    if (!current) throw new RepairRefusal(`Update ${broadcastId} is verdwenen. Er is niets veranderd.`);
    if (current.status !== 'sending') return current.status;
    const r = transition(current, { type: 'cancel', at: now.toISOString() }, OPERATOR);
    if ('refusal' in r) throw new RepairRefusal(r.refusal.message);
    d.broadcasts[idx] = { ...r.next, counts, finishedAt: now.toISOString() };
    d.audit.push({ id: randomUUID(), ...r.audit, counts });
    return r.next.status;
  });
  await store.flush();
  await rm(dir, { recursive: true, force: true });
  return { broadcastId, title: b.content.title, statusBefore, statusAfter: after, problem, counts: { ...counts, unknown: counts.pending } };
}
