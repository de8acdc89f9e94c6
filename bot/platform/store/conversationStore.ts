import { z } from 'zod';
import type { JsonStore, StoreStatus } from './jsonStore.ts';
import { backendOf, type StoreLocation } from './storeBackend.ts';

/** What the bot needs to write to a conversation later (a proactive message), in plain JSON. */
export const conversationSchema = z.object({
  conversationId: z.string().min(1),
  conversationType: z.enum(['personal', 'groupChat', 'channel']),
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  tenantId: z.string().optional(),
  botId: z.string().min(1),
  botName: z.string().optional(),
  /** Team and channel names help the leader recognise a linked channel. */
  teamId: z.string().optional(),
  title: z.string().optional(),
  /** In a personal chat: the Azure AD object id of the person the chat is with. */
  userAadObjectId: z.string().optional(),
  installedAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  active: z.boolean(),
  inactiveReason: z.string().optional(),
  /** Personal chats only: the person asked not to receive broadcast updates (`geen updates`). */
  updatesOptOut: z.boolean().default(false),
});
export type ConversationRecord = z.infer<typeof conversationSchema>;
export type ConversationInput = Omit<ConversationRecord, 'installedAt' | 'lastSeenAt' | 'active' | 'updatesOptOut' | 'inactiveReason'>;

const fileSchema = z.object({ conversations: z.record(z.string(), conversationSchema) });

/**
 * The conversation a proactive message goes to. A message in a channel thread arrives with the id
 * "19:…@thread.tacv2;messageid=…"; the channel is the id without that suffix. Other ids pass unchanged.
 * One record per channel, however many threads mention the bot.
 */
export function channelConversationId(conversationId: string): string {
  const i = conversationId.indexOf(';');
  return i === -1 ? conversationId : conversationId.slice(0, i);
}

/**
 * Version 1 kept a record per channel thread. Version 2 merges them into the channel's record: the earliest
 * install, the latest activity, active when any of them is, and an opt-out kept when any of them had one.
 * The fields the bot writes (service url, names) come from the one seen last.
 */
export function mergeThreadRecords(conversations: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, Record<string, unknown>> = {};
  const entries = Object.entries(conversations).filter((e): e is [string, Record<string, unknown>] => e[1] !== null && typeof e[1] === 'object');
  // Oldest activity first, so the one seen last wins the plain fields.
  const seenAt = (r: Record<string, unknown>) => (typeof r.lastSeenAt === 'string' ? r.lastSeenAt : '');
  entries.sort((a, b) => seenAt(a[1]).localeCompare(seenAt(b[1])));
  for (const [key, record] of entries) {
    const id = channelConversationId(typeof record.conversationId === 'string' ? record.conversationId : key);
    const prev = merged[id];
    const next: Record<string, unknown> = { ...prev, ...record, conversationId: id };
    if (prev) {
      const earliest = [prev.installedAt, record.installedAt].filter((v): v is string => typeof v === 'string').sort()[0];
      if (earliest !== undefined) next.installedAt = earliest;
      next.active = prev.active === true || record.active === true;
      next.updatesOptOut = prev.updatesOptOut === true || record.updatesOptOut === true;
      if (next.active) delete next.inactiveReason;
    }
    merged[id] = next;
  }
  return merged;
}

export interface ConversationStore {
  /** Records (or refreshes) a conversation the bot is in; marks it active again. */
  upsert(input: ConversationInput, now?: Date): Promise<void>;
  get(conversationId: string): ConversationRecord | undefined;
  remove(conversationId: string): Promise<boolean>;
  markInactive(conversationId: string, reason: string): Promise<void>;
  list(filter?: { type?: ConversationRecord['conversationType']; activeOnly?: boolean }): ConversationRecord[];
  personalChatOf(aadObjectId: string): ConversationRecord | undefined;
  setUpdatesOptOut(conversationId: string, optOut: boolean): Promise<boolean>;
  /** Forgets what is personal about this person: their opt-out. Returns how many records changed. */
  erasePerson(aadObjectId: string): Promise<number>;
  /**
   * Removes the record of this person's personal chat (`vergeet mij`): the bot no longer knows where to reach
   * them. It is stored again when they next write to the bot. Returns how many records went.
   */
  forgetPersonalChats(aadObjectId: string): Promise<number>;
  flush(): Promise<void>;
  /** For /healthz. */
  status(): StoreStatus;
}

export async function openConversationStore(where: StoreLocation): Promise<ConversationStore> {
  const store: JsonStore<z.infer<typeof fileSchema>> = await backendOf(where).open({
    name: 'conversations.json',
    schema: fileSchema,
    initial: () => ({ conversations: {} }),
    version: 2,
    migrations: {
      1: (data) => {
        const d = data as { conversations?: unknown } | null;
        const conversations = d?.conversations;
        if (conversations === null || typeof conversations !== 'object') return data;
        return { ...d, conversations: mergeThreadRecords(conversations as Record<string, unknown>) };
      },
    },
  });
  const key = channelConversationId;

  return {
    async upsert(given, now = new Date()) {
      const input = { ...given, conversationId: key(given.conversationId) };
      const existing = store.read().conversations[input.conversationId];
      const unchanged =
        existing !== undefined &&
        existing.active &&
        existing.serviceUrl === input.serviceUrl &&
        existing.botId === input.botId &&
        existing.title === input.title &&
        // Refresh lastSeenAt at most hourly: every question must not rewrite the file.
        now.getTime() - Date.parse(existing.lastSeenAt) < 3_600_000;
      if (unchanged) return;
      await store.update((d) => {
        const prev = d.conversations[input.conversationId];
        const record: ConversationRecord = {
          ...prev,
          ...stripUndefined(input),
          installedAt: prev?.installedAt ?? now.toISOString(),
          lastSeenAt: now.toISOString(),
          active: true,
          updatesOptOut: prev?.updatesOptOut ?? false,
        };
        delete record.inactiveReason;
        d.conversations[input.conversationId] = record;
      });
    },
    get: (id) => store.read().conversations[key(id)],
    async remove(id) {
      id = key(id);
      if (!store.read().conversations[id]) return false;
      await store.update((d) => {
        delete d.conversations[id];
      });
      return true;
    },
    async markInactive(id, reason) {
      id = key(id);
      if (!store.read().conversations[id]) return;
      await store.update((d) => {
        const c = d.conversations[id];
        if (c) {
          c.active = false;
          c.inactiveReason = reason;
        }
      });
    },
    list(filter = {}) {
      return Object.values(store.read().conversations).filter(
        (c) => (filter.type === undefined || c.conversationType === filter.type) && (!filter.activeOnly || c.active),
      );
    },
    personalChatOf(aadObjectId) {
      return Object.values(store.read().conversations).find(
        (c) => c.conversationType === 'personal' && c.userAadObjectId === aadObjectId,
      );
    },
    async setUpdatesOptOut(id, optOut) {
      id = key(id);
      if (!store.read().conversations[id]) return false;
      await store.update((d) => {
        const c = d.conversations[id];
        if (c) c.updatesOptOut = optOut;
      });
      return true;
    },
    async erasePerson(aadObjectId) {
      return store.update((d) => {
        let n = 0;
        for (const c of Object.values(d.conversations)) {
          if (c.userAadObjectId === aadObjectId && c.updatesOptOut) {
            c.updatesOptOut = false;
            n++;
          }
        }
        return n;
      });
    },
    async forgetPersonalChats(aadObjectId) {
      const mine = (c: ConversationRecord) => c.conversationType === 'personal' && c.userAadObjectId === aadObjectId;
      if (!Object.values(store.read().conversations).some(mine)) return 0;
      return store.update((d) => {
        const ids = Object.keys(d.conversations).filter((id) => {
          const c = d.conversations[id];
          return c !== undefined && mine(c);
        });
        for (const id of ids) delete d.conversations[id];
        return ids.length;
      });
    },
    flush: () => store.flush(),
    status: () => store.status(),
  };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
