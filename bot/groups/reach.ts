import type { ConversationRecord, ConversationStore } from '../platform/store/conversationStore.ts';
import type { Group, GroupStore } from './groupStore.ts';

/** A conversation a group is linked to that the bot no longer has a record of. */
export interface MissingConversation {
  readonly missing: string;
}

/**
 * Who a group reaches: every channel or group chat it is linked to, then the personal chat of every follower
 * (who has one). Each conversation once; active or not, so a caller can count what it leaves out.
 */
export function groupReach(group: Group, conversations: Pick<ConversationStore, 'get' | 'personalChatOf'>): Array<ConversationRecord | MissingConversation> {
  const out = new Map<string, ConversationRecord | MissingConversation>();
  for (const id of group.linkedConversations) if (!out.has(id)) out.set(id, conversations.get(id) ?? { missing: id });
  for (const aad of group.followers) {
    const chat = conversations.personalChatOf(aad);
    if (chat && !out.has(chat.conversationId)) out.set(chat.conversationId, chat);
  }
  return [...out.values()];
}

/**
 * Where a group's reminders and notices go: the conversations it reaches that the bot is still in (active).
 */
export function reminderTargets(groups: Pick<GroupStore, 'get'>, conversations: Pick<ConversationStore, 'get' | 'personalChatOf'>): (groupId: string) => ConversationRecord[] {
  return (groupId) => {
    const group = groups.get(groupId);
    if (!group) return [];
    return groupReach(group, conversations).filter((c): c is ConversationRecord => !('missing' in c) && c.active);
  };
}
