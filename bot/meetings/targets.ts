import type { GroupStore } from '../groups/groupStore.ts';
import type { ConversationRecord, ConversationStore } from '../store/conversationStore.ts';

/**
 * Where a group's reminders go: every channel or group chat it is linked to, and the personal chat of every
 * follower. Only conversations the bot is still in (active); each conversation once.
 */
export function reminderTargets(groups: GroupStore, conversations: ConversationStore): (groupId: string) => ConversationRecord[] {
  return (groupId) => {
    const group = groups.get(groupId);
    if (!group) return [];
    const out = new Map<string, ConversationRecord>();
    for (const id of group.linkedConversations) {
      const c = conversations.get(id);
      if (c?.active) out.set(c.conversationId, c);
    }
    for (const aad of group.followers) {
      const c = conversations.personalChatOf(aad);
      if (c?.active) out.set(c.conversationId, c);
    }
    return [...out.values()];
  };
}
