import type { Group } from './groupStore.ts';

/**
 * An on/off choice another feature adds to the group form (the experts' group is one). Groups shows it and hands
 * the leader's choice back; what it means, and its rules, stay with the feature that owns it.
 */
export interface GroupFormOption {
  /** The toggle's input id on the form: letters only, unique among the options. */
  readonly id: string;
  /** The toggle's text, short Dutch. */
  readonly title: string;
  /** One line under the toggle: what switching it on does. */
  readonly hint?: string;
  /** Whether it is on for this group now. */
  isOn(groupId: string): boolean;
  /**
   * Saves the leader's choice after the group itself was saved. Returns a sentence for the leader when something
   * changed, else undefined. Checks the role itself (throws NotAllowedError), whatever the caller checked.
   */
  save(actor: { userId: string; isLeader: boolean }, group: Group, on: boolean): Promise<string | undefined>;
}
