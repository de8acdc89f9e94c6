import { escapeText } from '../../cards/cardKit.ts';
import type { Group, GroupFormOption, GroupStore } from '../groups/public.ts';
import type { Logger } from '../platform/log.ts';
import { NotAllowedError } from '../platform/roles.ts';
import type { ConversationRecord, ConversationStore } from '../platform/store/conversationStore.ts';
import type { TicketStore } from './ticketStore.ts';

/**
 * Which group is the experts' group, and its channel. The one way to change it: the `experts <groep>` command and
 * the toggle in the group form both come here. One rule: there is at most one experts' group; marking another
 * group moves the mark.
 */
export interface ExpertsGroup {
  group(): Group | undefined;
  /** The experts' channel: the first active team channel the experts' group is linked to. */
  channel(): ConversationRecord | undefined;
  /** Makes this group the experts' group; returns what to tell the leader. */
  mark(actor: ExpertsGroupActor, group: Group): Promise<string>;
  /** This group is no longer the experts' group (nothing happens if it was not); returns what to tell the leader. */
  unmark(actor: ExpertsGroupActor, group: Group): Promise<string | undefined>;
  /** The group form's toggle. */
  formOption(): GroupFormOption;
}

export interface ExpertsGroupActor {
  userId: string;
  isLeader: boolean;
}

export interface ExpertsGroupDeps {
  tickets: Pick<TicketStore, 'expertsGroupId' | 'setExpertsGroup'>;
  groups: Pick<GroupStore, 'get'>;
  conversations: Pick<ConversationStore, 'get'>;
  now(): Date;
  log: Logger;
}

export function createExpertsGroup(deps: ExpertsGroupDeps): ExpertsGroup {
  const { tickets, log } = deps;
  const group = () => {
    const id = tickets.expertsGroupId();
    return id === undefined ? undefined : deps.groups.get(id);
  };
  const channel = (): ConversationRecord | undefined => {
    for (const c of group()?.linkedConversations ?? []) {
      const r = deps.conversations.get(c);
      if (r && r.active && r.conversationType === 'channel' && r.teamId) return r;
    }
    return undefined;
  };
  const requireLeader = (actor: ExpertsGroupActor) => {
    if (actor.isLeader) return;
    log.warn({ event: 'experts-group-refused' }, 'experts group change by someone who is not a project leader');
    throw new NotAllowedError();
  };

  const self: ExpertsGroup = {
    group,
    channel,
    async mark(actor, g) {
      requireLeader(actor);
      const before = group();
      if (before?.id !== g.id) {
        await tickets.setExpertsGroup(g.id, actor.userId, deps.now());
        log.info({ event: 'experts-group-set' }, 'experts group chosen');
      }
      const name = escapeText(g.name);
      const was = before && before.id !== g.id ? ` (dat was **${escapeText(before.name)}**)` : '';
      return channel()
        ? `**${name}** is nu de groep van de experts${was}. Vragen aan een expert gaan naar het kanaal van deze groep.`
        : `**${name}** is nu de groep van de experts${was}. Koppel de groep nog aan het kanaal van de experts: typ daar **@Meldwijzer koppel ${name}**. Tot dan kan niemand een expert iets vragen.`;
    },
    async unmark(actor, g) {
      requireLeader(actor);
      if (tickets.expertsGroupId() !== g.id) return undefined;
      await tickets.setExpertsGroup(undefined, actor.userId, deps.now());
      log.info({ event: 'experts-group-cleared' }, 'experts group cleared');
      return `**${escapeText(g.name)}** is niet meer de groep van de experts. Niemand kan nu een expert iets vragen, tot u een andere groep kiest.`;
    },
    formOption: () => ({
      id: 'expertsGroup',
      title: 'Groep van de experts',
      hint: 'Vragen aan een expert gaan naar het kanaal van deze groep. Er is maar één groep van de experts.',
      isOn: (groupId) => tickets.expertsGroupId() === groupId,
      // Saving the form again with the toggle unchanged says nothing about it.
      save: async (actor, g, on) => (on ? (tickets.expertsGroupId() === g.id ? undefined : self.mark(actor, g)) : self.unmark(actor, g)),
    }),
  };
  return self;
}
