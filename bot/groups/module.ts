import type { AppModule, Platform } from '../platform/module.ts';
import type { ConversationRecord } from '../platform/store/conversationStore.ts';
import { createGroupService } from './groupService.ts';
import { createGroupsFeature } from './groupsFeature.ts';
import { openGroupStore, type GroupStore } from './groupStore.ts';
import type { GroupFormOption } from './groupFormOption.ts';
import { reminderTargets } from './reach.ts';

export interface GroupsModule extends AppModule {
  /** Groups, their linked conversations and followers: meetings and broadcasts read them. */
  readonly groups: GroupStore;
  /** The active conversations a group reaches (its reminders and notices go there). */
  targets(groupId: string): ConversationRecord[];
  /**
   * A feature that plans things for groups says how many upcoming ones a group has: a group with any cannot be
   * deleted, and the delete question shows the number.
   */
  countUpcoming(count: (groupId: string) => number): void;
  /** A feature adds an on/off choice to the group form (the experts' group); it saves the choice itself. */
  addFormOption(option: GroupFormOption): void;
}

/** Groups: create and edit (leaders), link to a channel or group chat (leaders), follow in the personal chat (anyone). */
export async function createGroupsModule(platform: Platform): Promise<GroupsModule> {
  const { config, conversations, clock, log } = platform;
  const groups = await openGroupStore(platform.stores);
  const counters: Array<(groupId: string) => number> = [];
  const upcomingMeetings = (groupId: string) => counters.reduce((n, count) => n + count(groupId), 0);
  const formOptions: GroupFormOption[] = [];
  const service = createGroupService({ groups, conversations, projectLeaders: config.projectLeaders, upcomingMeetings, clock, log });
  return {
    name: 'groups',
    groups,
    targets: reminderTargets(groups, conversations),
    countUpcoming: (count) => void counters.push(count),
    addFormOption: (option) => {
      if (formOptions.some((o) => o.id === option.id)) throw new Error(`group form option ${option.id} added twice`);
      formOptions.push(option);
    },
    features: [createGroupsFeature({ groups: service, upcomingMeetings, formOptions: () => formOptions, log })],
    stores: [groups],
    erasers: [{ name: 'group-follows', erase: (id) => groups.erasePerson(id) }],
    teams: { onConversationRemoved: (id) => groups.forgetConversation(id) },
  };
}
