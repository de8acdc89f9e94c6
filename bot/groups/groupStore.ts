import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { StoreStatus } from '../platform/store/jsonStore.ts';
import { backendOf, type StoreLocation } from '../platform/store/storeBackend.ts';

/**
 * Groups of the programme (Taskforce, AF network, working groups): linked to the channels and group chats
 * where they talk, and followed by people in their personal chat with the bot.
 */
export const groupSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(2).max(80),
  description: z.string().max(300).default(''),
  /** Conversation ids of channels or group chats this group is linked to. */
  linkedConversations: z.array(z.string()).default([]),
  /** Azure AD object ids of people who follow the group in their personal chat. */
  followers: z.array(z.string()).default([]),
  createdAt: z.iso.datetime(),
});
export type Group = z.infer<typeof groupSchema>;

const fileSchema = z.object({ groups: z.array(groupSchema) });

export class GroupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GroupError';
  }
}

export interface GroupStore {
  list(): readonly Group[];
  get(id: string): Group | undefined;
  create(input: { name: string; description?: string }, now?: Date): Promise<Group>;
  update(id: string, input: { name?: string; description?: string }): Promise<Group>;
  delete(id: string): Promise<void>;
  link(groupId: string, conversationId: string): Promise<void>;
  unlink(groupId: string, conversationId: string): Promise<void>;
  follow(groupId: string, aadObjectId: string): Promise<void>;
  unfollow(groupId: string, aadObjectId: string): Promise<void>;
  /** Groups linked to a conversation. */
  linkedTo(conversationId: string): Group[];
  /** Groups a person follows. */
  followedBy(aadObjectId: string): Group[];
  /** Removes a conversation everywhere (the bot was removed from it). */
  forgetConversation(conversationId: string): Promise<void>;
  /** Removes a person's follows (`vergeet mij`); returns how many. */
  erasePerson(aadObjectId: string): Promise<number>;
  flush(): Promise<void>;
  /** For /healthz. */
  status(): StoreStatus;
}

const sameName = (a: string, b: string) => a.trim().localeCompare(b.trim(), 'nl', { sensitivity: 'base' }) === 0;

export async function openGroupStore(where: StoreLocation): Promise<GroupStore> {
  const store = await backendOf(where).open({ name: 'groups.json', schema: fileSchema, initial: () => ({ groups: [] }), version: 1 });
  const mustGet = (groups: Group[], id: string): Group => {
    const g = groups.find((x) => x.id === id);
    if (!g) throw new GroupError('Deze groep bestaat niet (meer).');
    return g;
  };
  return {
    list: () => store.read().groups,
    get: (id) => store.read().groups.find((g) => g.id === id),
    create: (input, now = new Date()) =>
      store.update((d) => {
        if (d.groups.some((g) => sameName(g.name, input.name))) throw new GroupError(`Er is al een groep met de naam "${input.name}".`);
        const group: Group = { id: randomUUID(), name: input.name.trim(), description: input.description?.trim() ?? '', linkedConversations: [], followers: [], createdAt: now.toISOString() };
        d.groups.push(group);
        return group;
      }),
    update: (id, input) =>
      store.update((d) => {
        const g = mustGet(d.groups, id);
        if (input.name !== undefined) {
          if (d.groups.some((o) => o.id !== id && sameName(o.name, input.name ?? ''))) throw new GroupError(`Er is al een groep met de naam "${input.name}".`);
          g.name = input.name.trim();
        }
        if (input.description !== undefined) g.description = input.description.trim();
        return g;
      }),
    delete: (id) =>
      store.update((d) => {
        mustGet(d.groups, id);
        d.groups = d.groups.filter((g) => g.id !== id);
      }),
    link: (groupId, conversationId) =>
      store.update((d) => {
        const g = mustGet(d.groups, groupId);
        if (!g.linkedConversations.includes(conversationId)) g.linkedConversations.push(conversationId);
      }),
    unlink: (groupId, conversationId) =>
      store.update((d) => {
        const g = mustGet(d.groups, groupId);
        g.linkedConversations = g.linkedConversations.filter((c) => c !== conversationId);
      }),
    follow: (groupId, aad) =>
      store.update((d) => {
        const g = mustGet(d.groups, groupId);
        if (!g.followers.includes(aad)) g.followers.push(aad);
      }),
    unfollow: (groupId, aad) =>
      store.update((d) => {
        const g = mustGet(d.groups, groupId);
        g.followers = g.followers.filter((f) => f !== aad);
      }),
    linkedTo: (conversationId) => store.read().groups.filter((g) => g.linkedConversations.includes(conversationId)),
    followedBy: (aad) => store.read().groups.filter((g) => g.followers.includes(aad)),
    async forgetConversation(conversationId) {
      if (!store.read().groups.some((g) => g.linkedConversations.includes(conversationId))) return;
      await store.update((d) => {
        for (const g of d.groups) g.linkedConversations = g.linkedConversations.filter((c) => c !== conversationId);
      });
    },
    erasePerson: (aad) =>
      store.update((d) => {
        let n = 0;
        for (const g of d.groups) {
          if (g.followers.includes(aad)) {
            g.followers = g.followers.filter((f) => f !== aad);
            n++;
          }
        }
        return n;
      }),
    flush: () => store.flush(),
    status: () => store.status(),
  };
}
