import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/log.ts';
import { projectLeaders, type Actor } from '../platform/roles.ts';
import { channelConversationId, type ConversationInput, type ConversationStore } from '../platform/store/conversationStore.ts';
import { GroupError, type Group, type GroupStore } from './groupStore.ts';

/**
 * Managing groups (leaders), linking them to channels and group chats (leaders, from that conversation) and
 * following them in the personal chat (anyone). Role checks happen here, whatever the caller checked before.
 */
export type GroupFormErrors = { name?: string; description?: string; form?: string };
export type GroupLookup = { kind: 'found'; group: Group } | { kind: 'ambiguous'; groups: Group[] } | { kind: 'none' };

export interface GroupService {
  list(): Group[];
  get(id: string): Group | undefined;
  /** Exact name first (case and accents ignored), else the one group whose name contains the words. */
  find(query: string): GroupLookup;
  save(actor: Actor, groupId: string | undefined, values: { name?: string; description?: string }): Promise<{ ok: true; group: Group } | { ok: false; errors: GroupFormErrors }>;
  remove(actor: Actor, groupId: string): Promise<{ ok: true; name: string } | { ok: false; reason: 'not-found' | 'has-meetings' }>;
  link(actor: Actor, groupId: string, conversationId: string): Promise<Group>;
  unlink(actor: Actor, groupId: string, conversationId: string): Promise<Group>;
  follow(aadObjectId: string, groupId: string): Promise<Group>;
  unfollow(aadObjectId: string, groupId: string): Promise<Group>;
  /** The id reminders should be sent to for this conversation (a channel thread -> the channel itself). */
  linkId(conversationId: string): string;
}

/** A message in a channel thread has the id "19:...@thread.tacv2;messageid=..."; reminders go to the channel. */
export const linkId: (conversationId: string) => string = channelConversationId;

export interface GroupServiceDeps {
  groups: GroupStore;
  conversations: ConversationStore;
  projectLeaders: readonly string[];
  /** Planned meetings of a group that have not ended (a group with meetings cannot be deleted). */
  upcomingMeetings(groupId: string): number;
  clock: Clock;
  log: Logger;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const formSchema = z.object({
  name: z
    .string()
    .optional()
    .transform((v) => (v ?? '').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(2, 'Vul een naam in van minstens 2 tekens.').max(80, 'Maak de naam korter (hooguit 80 tekens).').refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'Gebruik gewone tekst.')),
  description: z
    .string()
    .optional()
    .transform((v) => (v ?? '').replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(300, 'Maak de omschrijving korter (hooguit 300 tekens).')),
});

export function createGroupService(deps: GroupServiceDeps): GroupService {
  const { groups, conversations, clock, log } = deps;
  const leaders = projectLeaders(deps.projectLeaders);
  const requireLeader = (actor: Actor) => leaders.require(actor, () => log.warn({ event: 'group-refused' }, 'group change by someone who is not a project leader'));

  async function ensureChannelRecord(conversationId: string): Promise<string> {
    const id = linkId(conversationId);
    if (id !== conversationId && !conversations.get(id)) {
      const record = conversations.get(conversationId);
      if (record) {
        const { installedAt: _i, lastSeenAt: _l, active: _a, updatesOptOut: _u, inactiveReason: _r, ...input } = record;
        await conversations.upsert({ ...(input as ConversationInput), conversationId: id }, clock.now());
      }
    }
    return id;
  }

  return {
    list: () => [...groups.list()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    get: (id) => groups.get(id),
    find(query) {
      const q = fold(query);
      if (q === '') return { kind: 'none' };
      const all = groups.list();
      const exact = all.find((g) => fold(g.name) === q);
      if (exact) return { kind: 'found', group: exact };
      const words = q.split(' ');
      const partial = all.filter((g) => words.every((w) => fold(g.name).includes(w)));
      if (partial.length === 1 && partial[0]) return { kind: 'found', group: partial[0] };
      return partial.length > 1 ? { kind: 'ambiguous', groups: partial } : { kind: 'none' };
    },
    async save(actor, groupId, values) {
      requireLeader(actor);
      const parsed = formSchema.safeParse(values);
      if (!parsed.success) {
        const errors: GroupFormErrors = {};
        for (const i of parsed.error.issues) {
          const f = i.path[0] === 'description' ? 'description' : 'name';
          errors[f] ??= i.message;
        }
        return { ok: false, errors };
      }
      try {
        const group = groupId
          ? await groups.update(groupId, parsed.data)
          : await groups.create(parsed.data, clock.now());
        log.info({ event: groupId ? 'group-changed' : 'group-created', groupId: group.id }, 'group saved');
        return { ok: true, group };
      } catch (err) {
        if (err instanceof GroupError) return { ok: false, errors: /naam/.test(err.message) ? { name: err.message } : { form: err.message } };
        throw err;
      }
    },
    async remove(actor, groupId) {
      requireLeader(actor);
      const g = groups.get(groupId);
      if (!g) return { ok: false, reason: 'not-found' };
      if (deps.upcomingMeetings(groupId) > 0) return { ok: false, reason: 'has-meetings' };
      await groups.delete(groupId);
      log.info({ event: 'group-deleted', groupId }, 'group deleted');
      return { ok: true, name: g.name };
    },
    async link(actor, groupId, conversationId) {
      requireLeader(actor);
      const id = await ensureChannelRecord(conversationId);
      await groups.link(groupId, id);
      log.info({ event: 'group-linked', groupId }, 'group linked to a conversation');
      return groups.get(groupId) as Group;
    },
    async unlink(actor, groupId, conversationId) {
      requireLeader(actor);
      await groups.unlink(groupId, linkId(conversationId));
      log.info({ event: 'group-unlinked', groupId }, 'group unlinked from a conversation');
      return groups.get(groupId) as Group;
    },
    async follow(aad, groupId) {
      await groups.follow(groupId, aad);
      log.info({ event: 'group-followed', groupId }, 'group followed');
      return groups.get(groupId) as Group;
    },
    async unfollow(aad, groupId) {
      await groups.unfollow(groupId, aad);
      log.info({ event: 'group-unfollowed', groupId }, 'group unfollowed');
      return groups.get(groupId) as Group;
    },
    linkId,
  };
}
