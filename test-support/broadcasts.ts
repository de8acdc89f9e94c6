import type { Broadcast, BroadcastStore, DeliveryQueue, RecipientRecord } from '../bot/broadcasts/broadcastStore.ts';

/**
 * An update to everyone in the middle of sending, with its delivery queue resolved: the first `sent` recipients
 * have it, the rest are pending. As a stopped process leaves it (tests of repair and migration).
 */
export async function sendingBroadcast(
  store: BroadcastStore,
  o: { id: string; at: string; composer: string; recipients: readonly string[]; sent: number },
): Promise<{ broadcast: Broadcast; queue: DeliveryQueue }> {
  const broadcast: Broadcast = {
    id: o.id,
    status: 'sending',
    content: { title: 'Nieuwe meldcode', text: 'Tekst' },
    audience: { kind: 'personal' },
    audienceLabel: 'Iedereen met Meldwijzer',
    composer: { aadObjectId: o.composer },
    createdAt: o.at,
    updatedAt: o.at,
    runStartedAt: o.at,
    runs: 1,
  };
  await store.update((d) => {
    d.broadcasts.push(broadcast);
  });
  const queue = await store.deliveries(o.id);
  await queue.reset(
    o.recipients.map((conversationId, i): RecipientRecord =>
      i < o.sent ? { conversationId, conversationType: 'personal', state: 'sent', attempts: 1, sentAt: o.at } : { conversationId, conversationType: 'personal', state: 'pending', attempts: 0 },
    ),
    o.at,
  );
  return { broadcast, queue };
}
