import { z } from 'zod';
import type { ConversationRecord, ConversationStore } from '../platform/store/conversationStore.ts';
import { groupReach, type GroupStore } from '../groups/public.ts';

/**
 * Who a broadcast goes to.
 * - personal: everyone who has the bot in a personal chat;
 * - channels: every channel and group chat the bot has been added to;
 * - all: both;
 * - groups: the channels and group chats linked to the chosen groups, plus the personal chats of their followers.
 * Inactive conversations (bot removed) are skipped, and so are personal chats that said `geen updates`.
 */
export const audienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('personal') }),
  z.object({ kind: z.literal('channels') }),
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('groups'), groupIds: z.array(z.string().min(1)).min(1).max(50) }),
]);
export type Audience = z.infer<typeof audienceSchema>;
export type AudienceKind = Audience['kind'];

export interface AudienceRecipient {
  readonly conversationId: string;
  readonly conversationType: ConversationRecord['conversationType'];
}

export interface AudienceDeps {
  conversations: Pick<ConversationStore, 'list' | 'get' | 'personalChatOf'>;
  groups: Pick<GroupStore, 'get'> | undefined;
}

export interface ResolvedAudience {
  readonly recipients: AudienceRecipient[];
  /** Left out, for the preview: personal chats that opted out, and conversations where the bot was removed. */
  readonly optedOut: number;
  readonly inactive: number;
}

/** May this conversation receive a broadcast now? */
export function deliverable(c: ConversationRecord | undefined): 'ok' | 'inactive' | 'opted-out' {
  if (!c || !c.active) return 'inactive';
  if (c.conversationType === 'personal' && c.updatesOptOut) return 'opted-out';
  return 'ok';
}

export function resolveAudience(audience: Audience, deps: AudienceDeps): ResolvedAudience {
  const candidates: Array<ConversationRecord | { missing: string }> = [];
  if (audience.kind === 'personal' || audience.kind === 'all') candidates.push(...deps.conversations.list({ type: 'personal' }));
  if (audience.kind === 'channels' || audience.kind === 'all') {
    candidates.push(...deps.conversations.list({ type: 'channel' }), ...deps.conversations.list({ type: 'groupChat' }));
  }
  if (audience.kind === 'groups') {
    for (const id of audience.groupIds) {
      const group = deps.groups?.get(id);
      if (group) candidates.push(...groupReach(group, deps.conversations));
    }
  }
  const seen = new Set<string>();
  const recipients: AudienceRecipient[] = [];
  let optedOut = 0;
  let inactive = 0;
  for (const c of candidates) {
    const id = 'missing' in c ? c.missing : c.conversationId;
    if (seen.has(id)) continue;
    seen.add(id);
    const verdict = 'missing' in c ? 'inactive' : deliverable(c);
    if (verdict === 'inactive') inactive++;
    else if (verdict === 'opted-out') optedOut++;
    else if (!('missing' in c)) recipients.push({ conversationId: c.conversationId, conversationType: c.conversationType });
  }
  return { recipients, optedOut, inactive };
}

/** "Groepen: Taskforce HG/KM, Netwerk AF" and the like: kept in the audit log, so it survives a renamed group. */
export function describeAudience(audience: Audience, groups: Pick<GroupStore, 'get'> | undefined): string {
  switch (audience.kind) {
    case 'personal':
      return 'Iedereen met Meldwijzer (persoonlijke chats)';
    case 'channels':
      return 'Alle kanalen en groepschats met Meldwijzer';
    case 'all':
      return 'Iedereen: persoonlijke chats, kanalen en groepschats';
    case 'groups': {
      const names = audience.groupIds.map((id) => groups?.get(id)?.name ?? 'verwijderde groep');
      return `${names.length === 1 ? 'Groep' : 'Groepen'}: ${names.join(', ')}`;
    }
  }
}
