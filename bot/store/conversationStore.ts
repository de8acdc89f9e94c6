import { z } from 'zod';
import { openJsonStore, type JsonStore, type StoreStatus } from './jsonStore.ts';

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

export async function openConversationStore(dataDir: string): Promise<ConversationStore> {
  const store: JsonStore<z.infer<typeof fileSchema>> = await openJsonStore({
    dir: dataDir,
    name: 'conversations.json',
    schema: fileSchema,
    initial: () => ({ conversations: {} }),
    version: 1,
  });

  return {
    async upsert(input, now = new Date()) {
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
    get: (id) => store.read().conversations[id],
    async remove(id) {
      if (!store.read().conversations[id]) return false;
      await store.update((d) => {
        delete d.conversations[id];
      });
      return true;
    },
    async markInactive(id, reason) {
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
