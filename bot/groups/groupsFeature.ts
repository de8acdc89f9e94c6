import { z } from 'zod';
import type { Logger } from '../platform/log.ts';
import { NotAllowedError } from '../platform/roles.ts';
import type { GroupFormOption } from './groupFormOption.ts';
import { linkId, type GroupService } from './groupService.ts';
import { GroupError, type Group } from './groupStore.ts';
import { escapeText } from '../../cards/cardKit.ts';
import { groupFormCard, groupRemoveCard } from '../../cards/groupFormCard.ts';
import { groupListCard, type GroupListView } from '../../cards/groupListCard.ts';
import { GROUP_VERBS } from '../../cards/meetingVerbs.ts';
import { noticeCard } from '../../cards/noticeCard.ts';
import { executeAction, submitAction, type Card, type Command, type ExecuteResult, type Feature, type Turn, type TurnInfo } from '../teams/feature.ts';
import { leaderOnlyText } from '../platform/roles.ts';

/**
 * Group commands and cards: list, create and edit groups (leaders), link a group to this channel or group chat
 * (leaders, from that conversation), follow or unfollow a group in the personal chat (anyone).
 */
export interface GroupsFeatureDeps {
  groups: GroupService;
  /** Planned meetings of a group that have not ended (shown before deleting it). */
  upcomingMeetings(groupId: string): number;
  /** On/off choices other features add to the group form (read on every use: modules add theirs after this one). */
  formOptions(): readonly GroupFormOption[];
  log: Logger;
}

const groupRef = z.object({ groupId: z.string().min(1).max(100) });
const groupForm = z.looseObject({ groupId: z.string().min(1).max(100).optional(), name: z.string().max(1000).optional(), description: z.string().max(5000).optional() });

type Message = NonNullable<GroupListView['message']>;
/** A toggle's submitted value ('true'/'false'); anything else counts as not sent. */
const toggleValue = z.enum(['true', 'false']);

export function createGroupsFeature(deps: GroupsFeatureDeps): Feature {
  const { groups, log } = deps;
  const actor = (turn: TurnInfo) => ({ aadObjectId: turn.aadObjectId });
  const here = (turn: TurnInfo) => (turn.conversationType === 'channel' ? 'dit kanaal' : 'deze chat');

  function listCard(turn: TurnInfo, message?: Message) {
    const convId = linkId(turn.conversationId);
    const view: GroupListView = {
      conversationType: turn.conversationType,
      isLeader: turn.isLeader,
      groups: groups.list().map((g) => ({
        id: g.id,
        name: g.name,
        description: g.description,
        following: turn.aadObjectId !== undefined && g.followers.includes(turn.aadObjectId),
        linkedHere: g.linkedConversations.includes(convId),
        linkedCount: g.linkedConversations.length,
        followerCount: g.followers.length,
      })),
    };
    if (message) view.message = message;
    return groupListCard(view);
  }

  /** The form's toggles: as stored for an existing group, off for a new one, or as submitted when the form comes back. */
  const optionViews = (groupId: string | undefined, submitted: Readonly<Record<string, unknown>> = {}) =>
    deps.formOptions().map((o) => {
      const sent = toggleValue.safeParse(submitted[o.id]);
      return { id: o.id, title: o.title, hint: o.hint, on: sent.success ? sent.data === 'true' : groupId !== undefined && o.isOn(groupId) };
    });

  const send = (turn: Turn, card: Card, summary: string) => turn.reply(card, summary);
  const notice = (turn: Turn, text: string, tone: 'good' | 'warning' = 'good') => send(turn, noticeCard(text, { tone }), text.replace(/\*/g, ''));

  /** Safe for both kinds of card action: the service refuses, the user gets a polite message. */
  const guarded = async (fn: () => Promise<ExecuteResult>): Promise<ExecuteResult> => {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof NotAllowedError) return { message: leaderOnlyText };
      if (err instanceof GroupError) return { message: err.message };
      throw err;
    }
  };

  /** Resolves the group named in a command, or answers with the list and says why. */
  async function resolve(turn: Turn, args: string): Promise<Group | undefined> {
    if (args.trim() === '') {
      await send(turn, listCard(turn), 'Groepen');
      return undefined;
    }
    const r = groups.find(args);
    if (r.kind === 'found') return r.group;
    const text =
      r.kind === 'ambiguous'
        ? `Er zijn meer groepen met "${escapeText(args)}" in de naam: ${r.groups.map((g) => `**${escapeText(g.name)}**`).join(', ')}. Typ de hele naam, of kies hieronder.`
        : `Ik ken geen groep met de naam "${escapeText(args)}". Kies hieronder een groep.`;
    await send(turn, listCard(turn, { text, tone: 'warning' }), 'Groep niet gevonden');
    return undefined;
  }

  const personalOnly = (turn: TurnInfo) => turn.conversationType === 'personal';

  const commands: Command[] = [
    {
      verbs: ['groepen', 'groep lijst'],
      description: 'Toon de groepen en wat u ermee kunt doen',
      scopes: ['personal', 'groupChat', 'team'],
      run: async (turn) => {
        await send(turn, listCard(turn), 'Groepen');
      },
    },
    {
      verbs: ['groep nieuw', 'nieuwe groep'],
      description: 'Maak een nieuwe groep (met een formulier)',
      scopes: ['personal', 'groupChat', 'team'],
      leaderOnly: true,
      // Teams lists at most 10 commands per scope; this one is also the "Nieuwe groep" button on the group list.
      hidden: true,
      takesArgs: true,
      run: async (turn, args) => {
        await send(turn, groupFormCard({ values: { name: args.slice(0, 80) }, errors: {}, options: optionViews(undefined) }), 'Nieuwe groep');
      },
    },
    {
      verbs: ['koppel'],
      description: 'Koppel een groep aan dit kanaal of deze chat: koppel naam-van-de-groep',
      scopes: ['groupChat', 'team'],
      leaderOnly: true,
      takesArgs: true,
      run: async (turn, args) => {
        if (personalOnly(turn)) {
          await notice(turn, 'Koppelen doet u in het kanaal of de groepschat zelf. Typ daar **@Meldwijzer koppel** *naam van de groep*.', 'warning');
          return;
        }
        const g = await resolve(turn, args);
        if (!g) return;
        await groups.link(actor(turn), g.id, turn.conversationId);
        await notice(turn, `**${escapeText(g.name)}** is gekoppeld aan ${here(turn)}. Herinneringen voor de vergaderingen van deze groep komen nu hier.`);
      },
    },
    {
      verbs: ['ontkoppel'],
      description: 'Haal een groep weg uit dit kanaal of deze chat: ontkoppel naam-van-de-groep',
      scopes: ['groupChat', 'team'],
      leaderOnly: true,
      takesArgs: true,
      run: async (turn, args) => {
        if (personalOnly(turn)) {
          await notice(turn, 'Ontkoppelen doet u in het kanaal of de groepschat zelf.', 'warning');
          return;
        }
        const g = await resolve(turn, args);
        if (!g) return;
        await groups.unlink(actor(turn), g.id, turn.conversationId);
        await notice(turn, `**${escapeText(g.name)}** is niet meer gekoppeld aan ${here(turn)}. Er komen hier geen herinneringen meer voor deze groep.`);
      },
    },
    {
      verbs: ['volg'],
      description: 'Krijg de herinneringen van een groep in deze chat: volg naam-van-de-groep',
      scopes: ['personal'],
      // Not in the 10-command menu: the group list has a Volgen button, and the list tells how to type it.
      hidden: true,
      takesArgs: true,
      run: async (turn, args) => {
        if (!personalOnly(turn)) {
          await notice(turn, 'Volgen doet u in uw persoonlijke chat met Meldwijzer: typ daar **volg** *naam van de groep*.', 'warning');
          return;
        }
        if (!turn.aadObjectId) {
          await notice(turn, 'Volgen werkt alleen in Microsoft Teams.', 'warning');
          return;
        }
        const g = await resolve(turn, args);
        if (!g) return;
        await groups.follow(turn.aadObjectId, g.id);
        await notice(turn, `U volgt nu **${escapeText(g.name)}**. De herinneringen voor de vergaderingen komen hier. Stoppen? Typ **ontvolg** ${escapeText(g.name)}.`);
      },
    },
    {
      verbs: ['ontvolg'],
      description: 'Stop met een groep volgen: ontvolg naam-van-de-groep',
      scopes: ['personal'],
      hidden: true,
      takesArgs: true,
      run: async (turn, args) => {
        if (!personalOnly(turn) || !turn.aadObjectId) {
          await notice(turn, 'Ontvolgen doet u in uw persoonlijke chat met Meldwijzer.', 'warning');
          return;
        }
        const g = await resolve(turn, args);
        if (!g) return;
        await groups.unfollow(turn.aadObjectId, g.id);
        await notice(turn, `U volgt **${escapeText(g.name)}** niet meer. U krijgt van deze groep geen herinneringen meer.`);
      },
    },
  ];

  return {
    name: 'groups',
    commands,
    submits: [submitAction({ verb: GROUP_VERBS.list, schema: z.object({}), run: (turn) => send(turn, listCard(turn), 'Groepen') })],
    executes: [
      executeAction({ verb: GROUP_VERBS.view, schema: z.object({}), run: async (turn) => ({ card: listCard(turn) }) }),
      executeAction({
        verb: GROUP_VERBS.follow,
        schema: groupRef,
        run: (turn, data) =>
          guarded(async () => {
            if (!personalOnly(turn) || !turn.aadObjectId) return { message: 'Volgen doet u in uw persoonlijke chat met Meldwijzer.' };
            const g = await groups.follow(turn.aadObjectId, data.groupId);
            return { card: listCard(turn, { text: `U volgt nu **${escapeText(g.name)}**. De herinneringen komen hier.`, tone: 'good' }) };
          }),
      }),
      executeAction({
        verb: GROUP_VERBS.unfollow,
        schema: groupRef,
        run: (turn, data) =>
          guarded(async () => {
            if (!personalOnly(turn) || !turn.aadObjectId) return { message: 'Ontvolgen doet u in uw persoonlijke chat met Meldwijzer.' };
            const g = await groups.unfollow(turn.aadObjectId, data.groupId);
            return { card: listCard(turn, { text: `U volgt **${escapeText(g.name)}** niet meer.`, tone: 'good' }) };
          }),
      }),
      executeAction({
        verb: GROUP_VERBS.link,
        schema: groupRef,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(async () => {
            if (personalOnly(turn)) return { message: 'Koppelen doet u in het kanaal of de groepschat zelf.' };
            const g = await groups.link(actor(turn), data.groupId, turn.conversationId);
            return { card: listCard(turn, { text: `**${escapeText(g.name)}** is gekoppeld aan ${here(turn)}. Herinneringen komen nu hier.`, tone: 'good' }) };
          }),
      }),
      executeAction({
        verb: GROUP_VERBS.unlink,
        schema: groupRef,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(async () => {
            if (personalOnly(turn)) return { message: 'Ontkoppelen doet u in het kanaal of de groepschat zelf.' };
            const g = await groups.unlink(actor(turn), data.groupId, turn.conversationId);
            return { card: listCard(turn, { text: `**${escapeText(g.name)}** is niet meer gekoppeld aan ${here(turn)}.`, tone: 'good' }) };
          }),
      }),
      executeAction({
        verb: GROUP_VERBS.create,
        schema: z.object({}),
        leaderOnly: true,
        run: async () => ({ card: groupFormCard({ values: {}, errors: {}, options: optionViews(undefined) }) }),
      }),
      executeAction({
        verb: GROUP_VERBS.edit,
        schema: groupRef,
        leaderOnly: true,
        run: async (_turn, data) => {
          const g = groups.get(data.groupId);
          if (!g) return { message: 'Deze groep bestaat niet (meer).' };
          return { card: groupFormCard({ groupId: g.id, values: { name: g.name, description: g.description }, errors: {}, options: optionViews(g.id) }) };
        },
      }),
      executeAction({
        verb: GROUP_VERBS.save,
        schema: groupForm,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(async () => {
            const values: { name?: string; description?: string } = {};
            if (data.name !== undefined) values.name = data.name;
            if (data.description !== undefined) values.description = data.description;
            const r = await groups.save(actor(turn), data.groupId, values);
            if (!r.ok) return { card: groupFormCard({ ...(data.groupId ? { groupId: data.groupId } : {}), values, errors: r.errors, options: optionViews(data.groupId, data) }) };
            // The toggles after the group itself: a new group has its id only now. A toggle not sent stays as it is.
            const said: string[] = [];
            for (const o of deps.formOptions()) {
              const sent = toggleValue.safeParse(data[o.id]);
              if (!sent.success) continue;
              const line = await o.save({ userId: turn.userId, isLeader: turn.isLeader }, r.group, sent.data === 'true');
              if (line) said.push(line);
            }
            const what = data.groupId ? 'is opgeslagen' : 'is gemaakt';
            const next = turn.conversationType === 'personal' && said.length === 0 ? ' Koppel hem aan een kanaal: typ daar **@Meldwijzer koppel** en de naam.' : '';
            return { card: listCard(turn, { text: [`**${escapeText(r.group.name)}** ${what}.${data.groupId ? '' : next}`, ...said].join(' '), tone: 'good' }) };
          }),
      }),
      executeAction({
        verb: GROUP_VERBS.removeAsk,
        schema: groupRef,
        leaderOnly: true,
        run: async (_turn, data) => {
          const g = groups.get(data.groupId);
          if (!g) return { message: 'Deze groep bestaat niet (meer).' };
          return { card: groupRemoveCard({ groupId: g.id, name: g.name, upcomingMeetings: deps.upcomingMeetings(g.id) }) };
        },
      }),
      executeAction({
        verb: GROUP_VERBS.remove,
        schema: groupRef,
        leaderOnly: true,
        run: (turn, data) =>
          guarded(async () => {
            const r = await groups.remove(actor(turn), data.groupId);
            if (!r.ok) return { message: r.reason === 'has-meetings' ? 'Deze groep heeft nog vergaderingen gepland. Annuleer die eerst.' : 'Deze groep bestaat niet (meer).' };
            log.info({ event: 'group-removed-by-card' }, 'group removed');
            return { card: listCard(turn, { text: `**${escapeText(r.name)}** is verwijderd.`, tone: 'good' }) };
          }),
      }),
    ],
  };
}
