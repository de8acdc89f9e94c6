/** What other features may use of groups: the store's shape, who a group reaches, a conversation's link id. */
export type { Group, GroupStore } from './groupStore.ts';
export { groupReach, reminderTargets, type MissingConversation } from './reach.ts';
export { linkId } from './groupService.ts';
export type { GroupFormOption } from './groupFormOption.ts';
