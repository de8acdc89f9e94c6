import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { linkId, type GroupStore } from '../groups/public.ts';
import type { Logger } from '../platform/log.ts';
import { MEETING_FIELDS, type MeetingFormValues } from './meetingForm.ts';
import { RSVP_ANSWERS, type Meeting } from './meetingSchema.ts';
import { NotAllowedError, type MeetingService, type Refusal } from './meetingService.ts';
import { formatDay } from './meetingTime.ts';
import { meetingAttendeesCard } from '../../cards/meetingAttendeesCard.ts';
import { meetingCancelCard } from '../../cards/meetingCancelCard.ts';
import { meetingFormCard } from '../../cards/meetingFormCard.ts';
import { meetingListCard } from '../../cards/meetingListCard.ts';
import { MEETING_VERBS } from '../../cards/meetingVerbs.ts';
import { noticeCard } from '../../cards/noticeCard.ts';
import { escapeText } from '../../cards/cardKit.ts';
import { executeAction, submitAction, type Command, type ExecuteResult, type Feature, type Turn, type TurnInfo } from '../teams/feature.ts';
import { zoneNote } from '../platform/dutchTime.ts';
import { leaderOnlyText } from '../platform/roles.ts';
import type { MeetingViews } from './meetingViews.ts';
import { replaceForAll } from '../teams/replaceForAll.ts';

/**
 * Meetings in Teams: plan with a card form, list, and the meeting card with RSVP (Action.Execute, refreshed in
 * place), calendar link and, for leaders, who is coming, change/move and cancel. Every leader action is checked
 * twice: by the router (leaderOnly) and by the service.
 */
export interface MeetingsFeatureDeps {
  service: MeetingService;
  groups: GroupStore;
  views: MeetingViews;
  log: Logger;
  /** TIMEZONE: the forms say which zone their times are in. */
  timezone: string;
  /** Days after a meeting that its answers are kept; "Wie komt er?" says so. */
  rsvpRetentionDays?: number;
}

const LIST_LIMIT = 15;

const meetingRef = z.object({ meetingId: z.string().min(1).max(100) });
/** Form inputs arrive as strings merged into the action data; anything else is ignored. */
const formPayload = z.looseObject({
  mode: z.enum(['create', 'edit']),
  meetingId: z.string().min(1).max(100).optional(),
  formId: z.string().regex(/^[\w-]{8,64}$/).optional(),
  ...Object.fromEntries(MEETING_FIELDS.map((f) => [f, z.string().max(5000).optional()])),
});

const refusalText: Record<Refusal, string> = {
  'not-found': 'Deze vergadering bestaat niet meer.',
  cancelled: 'Deze vergadering is geannuleerd. Er is niets veranderd.',
  past: 'Deze vergadering is al voorbij. Er is niets veranderd.',
};

export function createMeetingsFeature(deps: MeetingsFeatureDeps): Feature {
  const { service, groups, views, log } = deps;
  const ZONE_NOTE = zoneNote(deps.timezone);
  const personOf = (turn: Turn) => ({ id: turn.aadObjectId ?? turn.userId, name: turn.userName ?? 'Onbekend' });
  const viewer = (turn: TurnInfo) => ({ id: turn.aadObjectId ?? turn.userId, isLeader: service.isLeader({ aadObjectId: turn.aadObjectId }) });
  const actor = (turn: TurnInfo) => ({ aadObjectId: turn.aadObjectId });
  const groupChoices = () => [...groups.list()].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((g) => ({ id: g.id, name: g.name }));

  /** Runs a leader action; a refusal by the service becomes the polite message. */
  const asLeader = async (fn: () => Promise<ExecuteResult>): Promise<ExecuteResult> => {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof NotAllowedError) return { message: leaderOnlyText };
      throw err;
    }
  };

  /** The groups whose meetings this conversation or person sees. */
  function groupsFor(turn: TurnInfo): { ids: string[]; intro: string; empty: string } {
    if (turn.conversationType !== 'personal') {
      const linked = groups.linkedTo(linkId(turn.conversationId));
      const here = turn.conversationType === 'channel' ? 'dit kanaal' : 'deze chat';
      return {
        ids: linked.map((g) => g.id),
        intro: linked.length > 0 ? `Van de groepen gekoppeld aan ${here}: ${linked.map((g) => escapeText(g.name)).join(', ')}.` : '',
        empty: linked.length > 0 ? 'Er zijn geen vergaderingen gepland.' : `Aan ${here} is nog geen groep gekoppeld. De projectleider kan dat doen met **@Meldwijzer koppel** *naam van de groep*.`,
      };
    }
    if (turn.isLeader) {
      return { ids: groups.list().map((g) => g.id), intro: 'Alle groepen (u bent projectleider).', empty: 'Er zijn geen vergaderingen gepland. Plan er een met de knop hieronder.' };
    }
    const followed = turn.aadObjectId ? groups.followedBy(turn.aadObjectId) : [];
    return {
      ids: followed.map((g) => g.id),
      intro: followed.length > 0 ? `Van de groepen die u volgt: ${followed.map((g) => escapeText(g.name)).join(', ')}.` : '',
      empty: followed.length > 0 ? 'Er zijn geen vergaderingen gepland.' : 'U volgt nog geen groep. Typ **groepen** om een groep te volgen.',
    };
  }

  async function sendList(turn: Turn): Promise<void> {
    const scope = groupsFor(turn);
    const all = service.upcoming(scope.ids, 200);
    const shown = all.slice(0, LIST_LIMIT);
    const card = meetingListCard({
      title: 'Komende vergaderingen',
      ...(scope.intro ? { intro: scope.intro } : {}),
      items: shown.map((m) => ({ meetingId: m.id, title: m.title, groupName: views.groupName(m.groupId), when: views.when(m), counts: service.counts(m.id) })),
      more: all.length - shown.length,
      emptyText: scope.empty,
      canPlan: turn.isLeader,
    });
    await turn.reply(card, 'Komende vergaderingen');
  }

  async function sendForm(turn: Turn, title: string): Promise<void> {
    const choices = groupChoices();
    if (choices.length === 0) {
      await turn.reply(noticeCard('Er is nog geen groep. Maak eerst een groep: typ **groep nieuw**.', { tone: 'warning' }), 'Maak eerst een groep');
      return;
    }
    const linked = turn.conversationType === 'personal' ? [] : groups.linkedTo(linkId(turn.conversationId));
    const values: MeetingFormValues = { reminders: 'P7D,P1D' };
    if (linked.length === 1 && linked[0]) values.group = linked[0].id;
    else if (choices.length === 1 && choices[0]) values.group = choices[0].id;
    if (title) values.title = title.slice(0, 120);
    await turn.reply(meetingFormCard({ mode: 'create', formId: randomUUID(), groups: choices, values, errors: {}, zoneNote: ZONE_NOTE }), 'Nieuwe vergadering');
  }

  function confirmation(created: Meeting[]): string {
    const first = created[0];
    if (!first) return '';
    const parts: string[] = [];
    parts.push(created.length > 1 ? `**Gepland: ${created.length} vergaderingen**, op ${created.map((m) => formatDay(m.start, m.zone).replace(/^\w+ /, '')).join(', ')}.` : '**Gepland.**');
    const lines = views.reminderLines(first);
    parts.push(lines.length > 0 ? `Herinneringen${created.length > 1 ? ' (voor elke vergadering)' : ''}:\n${lines.map((l) => `- ${l}`).join('\n')}` : 'Er worden geen herinneringen gestuurd.');
    const reach = views.reach(first.groupId);
    parts.push(
      reach.conversations + reach.followers === 0
        ? `Let op: ${escapeText(views.groupName(first.groupId))} is nog aan geen kanaal of chat gekoppeld en heeft geen volgers. Typ in het kanaal van de groep **@Meldwijzer koppel** *naam van de groep*.`
        : `Ze gaan naar ${reach.conversations} ${reach.conversations === 1 ? 'kanaal of chat' : 'kanalen of chats'} en ${reach.followers} ${reach.followers === 1 ? 'volger' : 'volgers'}.`,
    );
    return parts.join('\n\n');
  }

  const commands: Command[] = [
    {
      verbs: ['vergadering nieuw', 'nieuwe vergadering', 'vergadering plannen', 'plan vergadering'],
      description: 'Plan een vergadering met herinneringen (met een formulier)',
      scopes: ['personal', 'groupChat', 'team'],
      leaderOnly: true,
      takesArgs: true,
      run: (turn, args) => sendForm(turn, args),
    },
    {
      verbs: ['vergaderingen', 'bijeenkomsten'],
      description: 'Toon de komende vergaderingen van uw groepen, met wie er komt',
      scopes: ['personal', 'groupChat', 'team'],
      run: (turn) => sendList(turn),
    },
  ];

  const meetingOr = (id: string): Meeting | undefined => service.get(id);
  /** A meeting a leader may still change, or the message that says why not. */
  const changeableMeeting = (turn: TurnInfo, id: string): Meeting | { message: string } => {
    if (!service.isLeader(actor(turn))) throw new NotAllowedError();
    const m = meetingOr(id);
    if (!m) return { message: refusalText['not-found'] };
    if (m.status === 'cancelled') return { message: refusalText.cancelled };
    return m;
  };

  return {
    name: 'meetings',
    commands,
    submits: [
      submitAction({ verb: MEETING_VERBS.list, schema: z.object({}), run: (turn) => sendList(turn) }),
      submitAction({ verb: MEETING_VERBS.create, schema: z.object({}), leaderOnly: true, run: (turn) => sendForm(turn, '') }),
      submitAction({
        verb: MEETING_VERBS.show,
        schema: meetingRef,
        run: async (turn, data) => {
          const m = meetingOr(data.meetingId);
          if (!m) {
            await turn.reply(noticeCard(refusalText['not-found'], { tone: 'warning' }), refusalText['not-found']);
            return;
          }
          // In a personal chat the card is for this person only; in a channel everyone sees it, so no leader buttons.
          const card = turn.conversationType === 'personal' ? views.card(m, { viewer: viewer(turn) }) : views.card(m);
          await turn.reply(card, views.summary(m));
        },
      }),
    ],
    executes: [
      executeAction({
        // Annuleren on a new-meeting form: nothing is saved, the form makes way for a short notice.
        verb: MEETING_VERBS.closeForm,
        schema: z.object({}),
        run: async () => ({ card: noticeCard('Er is niets opgeslagen. Typ **vergadering nieuw** om opnieuw te beginnen.') }),
      }),
      executeAction({
        verb: MEETING_VERBS.view,
        schema: meetingRef,
        run: async (turn, data) => {
          const m = meetingOr(data.meetingId);
          if (!m) return { message: refusalText['not-found'] };
          const lead = views.reminderLead(m, turn.conversationId, turn.replyToId);
          return { card: views.card(m, { viewer: viewer(turn), ...(lead ? { lead } : {}) }) };
        },
      }),
      executeAction({
        verb: MEETING_VERBS.rsvp,
        schema: meetingRef.extend({ answer: z.enum(RSVP_ANSWERS) }),
        run: async (turn, data) => {
          const result = await service.rsvp(data.meetingId, personOf(turn), data.answer);
          const m = meetingOr(data.meetingId);
          if (!m) return { message: refusalText['not-found'] };
          if (!result.ok) return { card: views.card(m, { viewer: viewer(turn), banner: { text: refusalText[result.refusal], tone: 'warning' } }) };
          log.info({ event: 'rsvp', meetingId: m.id, answer: data.answer, conversationType: turn.conversationType }, 'rsvp recorded');
          const lead = views.reminderLead(m, turn.conversationId, turn.replyToId);
          await replaceForAll(turn, views.card(m, lead ? { lead } : {}), views.summary(m, lead), log);
          return { card: views.card(m, { viewer: viewer(turn), ...(lead ? { lead } : {}) }) };
        },
      }),
      executeAction({
        verb: MEETING_VERBS.save,
        schema: formPayload,
        leaderOnly: true,
        run: (turn, data) =>
          asLeader(async () => {
            const values: MeetingFormValues = {};
            for (const f of MEETING_FIELDS) {
              const v = (data as Record<string, unknown>)[f];
              if (typeof v === 'string') values[f] = v;
            }
            if (data.mode === 'create') {
              const result = await service.plan(actor(turn), values, data.formId);
              // The form comes back with its own id, so saving it after a correction is still the same form.
              if (!result.ok) return { card: meetingFormCard({ mode: 'create', ...(data.formId ? { formId: data.formId } : {}), groups: groupChoices(), values, errors: result.errors, zoneNote: ZONE_NOTE }) };
              const first = result.meetings[0];
              if (!first) return { message: 'Er is niets gepland.' };
              await replaceForAll(turn, views.card(first), views.summary(first), log);
              return { card: views.card(first, { viewer: viewer(turn), banner: { text: confirmation(result.meetings), tone: 'good' } }) };
            }
            if (!data.meetingId) return { message: 'Deze knop werkt niet (meer).' };
            const result = await service.edit(actor(turn), data.meetingId, values);
            if (!result.ok) {
              if ('refusal' in result) return { message: refusalText[result.refusal] };
              return { card: meetingFormCard({ mode: 'edit', meetingId: data.meetingId, groups: groupChoices(), values, errors: result.errors, zoneNote: ZONE_NOTE }) };
            }
            const m = result.meeting;
            await replaceForAll(turn, views.card(m), views.summary(m), log);
            const text = result.moved
              ? '**Opgeslagen en verplaatst.** De kanalen, chats en volgers van de groep krijgen een bericht met de nieuwe tijd. De herinneringen gaan mee.'
              : '**Opgeslagen.** Herinneringen die al verstuurd zijn, laten nu de nieuwe gegevens zien.';
            return { card: views.card(m, { viewer: viewer(turn), banner: { text, tone: 'good' } }) };
          }),
      }),
      executeAction({
        verb: MEETING_VERBS.edit,
        schema: meetingRef,
        leaderOnly: true,
        run: (turn, data) =>
          asLeader(async () => {
            const m = changeableMeeting(turn, data.meetingId);
            if ('message' in m) return m;
            return { card: meetingFormCard({ mode: 'edit', meetingId: m.id, groups: groupChoices(), values: service.formValues(m), errors: {}, zoneNote: ZONE_NOTE }) };
          }),
      }),
      executeAction({
        verb: MEETING_VERBS.cancelAsk,
        schema: meetingRef,
        leaderOnly: true,
        run: (turn, data) =>
          asLeader(async () => {
            const m = changeableMeeting(turn, data.meetingId);
            if ('message' in m) return m;
            return { card: meetingCancelCard({ meetingId: m.id, title: m.title, when: views.when(m), laterInSeries: service.laterInSeries(m).length }) };
          }),
      }),
      executeAction({
        verb: MEETING_VERBS.cancel,
        schema: meetingRef.extend({ scope: z.enum(['one', 'series']) }),
        leaderOnly: true,
        run: (turn, data) =>
          asLeader(async () => {
            const result = await service.cancel(actor(turn), data.meetingId, data.scope);
            if (!result.ok) return { message: refusalText[result.refusal] };
            const m = meetingOr(data.meetingId);
            if (!m) return { message: refusalText['not-found'] };
            await replaceForAll(turn, views.card(m), views.summary(m), log);
            const n = result.cancelled.length;
            const text = `**Geannuleerd${n > 1 ? `: ${n} vergaderingen` : ''}.** De kanalen, chats en volgers van de groep krijgen een bericht.`;
            return { card: views.card(m, { viewer: viewer(turn), banner: { text, tone: 'warning' } }) };
          }),
      }),
      executeAction({
        verb: MEETING_VERBS.attendees,
        schema: meetingRef,
        leaderOnly: true,
        run: (turn, data) =>
          asLeader(async () => {
            const m = meetingOr(data.meetingId);
            if (!m) return { message: refusalText['not-found'] };
            const list = service.attendees(actor(turn), m.id);
            return { card: meetingAttendeesCard({ meetingId: m.id, title: m.title, when: views.when(m), ...list, ...(deps.rsvpRetentionDays === undefined ? {} : { retentionDays: deps.rsvpRetentionDays }) }) };
          }),
      }),
    ],
  };
}
