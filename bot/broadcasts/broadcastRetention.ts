import type { Actor, BroadcastStore } from './broadcastStore.ts';

const DAY = 86_400_000;
/** Drafts never sent are deleted after this many days. */
export const DRAFT_DAYS = 30;

/**
 * Deletes drafts older than DRAFT_DAYS, finished broadcasts (with their delivery files) and audit entries older than
 * `auditDays`. A broadcast whose run is still active is kept. Returns how many were deleted.
 */
export async function purgeBroadcasts(store: BroadcastStore, now: Date, options: { auditDays: number; running(id: string): boolean }): Promise<number> {
  const auditCut = now.getTime() - options.auditDays * DAY;
  const draftCut = now.getTime() - DRAFT_DAYS * DAY;
  const data = store.read();
  const expired = data.broadcasts.filter((b) => {
    if (b.status === 'draft') return Date.parse(b.updatedAt) < draftCut;
    if (b.status === 'done' || b.status === 'cancelled' || b.status === 'rejected') return Date.parse(b.finishedAt ?? b.updatedAt) < auditCut && !options.running(b.id);
    return false;
  });
  const oldAudit = data.audit.filter((a) => Date.parse(a.at) < auditCut).length;
  if (expired.length === 0 && oldAudit === 0) return 0;
  const gone = new Set(expired.map((b) => b.id));
  await store.update((d) => {
    d.broadcasts = d.broadcasts.filter((b) => !gone.has(b.id));
    d.audit = d.audit.filter((a) => Date.parse(a.at) >= auditCut);
  });
  for (const id of gone) await store.deleteDeliveries(id);
  return expired.length + oldAudit;
}

/**
 * `vergeet mij`: the person's id becomes "gewist" wherever a broadcast or the audit names them, and their personal
 * chat is forgotten in every delivery file (an active run redacts its own rows: `redactActive` returns undefined
 * when that broadcast has no active run). Returns how many places changed.
 */
export async function eraseFromBroadcasts(
  store: BroadcastStore,
  aadObjectId: string,
  options: { personalChatId: string | undefined; redactActive(broadcastId: string, conversationId: string): number | undefined },
): Promise<number> {
  const erased: Actor = { aadObjectId: 'gewist' };
  let n = await store.update((d) => {
    let count = 0;
    for (const b of d.broadcasts) {
      if (b.composer.aadObjectId === aadObjectId) {
        b.composer = erased;
        count++;
      }
      if (b.cancelledBy?.aadObjectId === aadObjectId) {
        b.cancelledBy = erased;
        count++;
      }
      if (b.approval) {
        if (b.approval.decidedBy?.aadObjectId === aadObjectId) {
          b.approval.decidedBy = erased;
          count++;
        }
        for (const r of b.approval.requests) {
          if (r.aadObjectId === aadObjectId) {
            r.aadObjectId = 'gewist';
            count++;
          }
        }
      }
    }
    for (const a of d.audit) {
      if (a.actor === aadObjectId) {
        a.actor = 'gewist';
        count++;
      }
    }
    return count;
  });
  const chat = options.personalChatId;
  if (!chat) return n;
  for (const id of await store.deliveryFileIds()) {
    const redacted = options.redactActive(id, chat);
    if (redacted !== undefined) {
      n += redacted;
      continue;
    }
    const queue = await store.deliveries(id);
    if (!queue.read().some((r) => r.conversationId === chat)) continue;
    n += await queue.change((recipients) => {
      let count = 0;
      recipients.forEach((r, idx) => {
        if (r.conversationId === chat) {
          r.conversationId = `gewist-${idx}`;
          count++;
        }
      });
      return count;
    });
  }
  return n;
}
