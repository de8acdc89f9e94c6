import { expertReminderCard, expertTicketCard } from '../../cards/expertTicketCard.ts';
import { createTicketReminders } from './ticketReminders.ts';
import { expertStats, type ExpertStats } from './ticketStats.ts';
import type { GroupFormOption, GroupStore } from '../groups/public.ts';
import { createExpertsGroup } from './expertsGroup.ts';
import type { AppModule, Platform } from '../platform/module.ts';
import { describeError } from '../platform/describeError.ts';
import type { ConversationRecord } from '../platform/store/conversationStore.ts';
import { createExpertsFeature, type ExpertsFeatureDeps } from './expertsFeature.ts';
import { cachedRoster, type TeamMembersSource } from './roster.ts';
import { openTicketStore } from './ticketStore.ts';

export interface ExpertsModuleDeps {
  groups: Pick<GroupStore, 'list' | 'get'>;
  /** The Teams roster (bot/teams/teamRoster.ts); cached here for a few minutes. */
  members: TeamMembersSource;
  /** The answers' screens, handed over by the root: personal data and danger. */
  personalData: ExpertsFeatureDeps['personalData'];
  danger: ExpertsFeatureDeps['danger'];
  redact: ExpertsFeatureDeps['redact'];
}

export interface ExpertsModule extends AppModule {
  /** Ticket counts per week and the median time to an answer, for the leader's insights card. */
  stats(now: Date): ExpertStats;
  /** Whether a question can go to an expert now (an experts' group linked to a channel): the no-answer card asks this. */
  available(): boolean;
  /** The group form's "Groep van de experts" toggle (the same rule as `experts <groep>`). */
  readonly groupFormOption: GroupFormOption;
}

/**
 * "Vraag het een expert": a question the knowledge base cannot answer goes, screened, to the experts' channel as
 * a ticket; an expert picks it up and answers; the answer goes to the asker's personal chat.
 */
export async function createExpertsModule(platform: Platform, deps: ExpertsModuleDeps): Promise<ExpertsModule> {
  const { config, clock, log, dataDir, conversations } = platform;
  const tickets = await openTicketStore(platform.stores);
  const roster = cachedRoster(deps.members, clock);
  const delivery = platform.delivery as ExpertsFeatureDeps['delivery'];
  const expertsGroup = createExpertsGroup({ tickets, groups: deps.groups, conversations, now: () => clock.now(), log });
  const feature = createExpertsFeature({
    tickets,
    groups: deps.groups,
    expertsGroup,
    conversations,
    delivery,
    roster,
    personalData: deps.personalData,
    danger: deps.danger,
    redact: deps.redact,
    dataDir,
    now: () => clock.now(),
    timezone: config.timezone,
    log,
  });
  const reminders = createTicketReminders({
    tickets,
    clock,
    timezone: config.timezone,
    log,
    async remind(t) {
      const channel = conversations.get(t.channelConversationId);
      if (!channel || !channel.active) throw new Error('the experts channel is gone');
      const status = t.status === 'picked' ? `opgepakt door ${t.handlerName ?? 'een expert'}` : 'nieuw';
      await delivery.send(channel, { card: expertReminderCard({ number: t.number, question: t.question, status }), summary: `Vraag ${t.number} wacht op een antwoord` }, 'normal');
    },
  });
  const available = () => expertsGroup.channel() !== undefined;
  return {
    name: 'experts',
    available,
    groupFormOption: expertsGroup.formOption(),
    stats: (now) => expertStats(tickets.list(), now, config.timezone),
    features: [feature],
    stores: [tickets],
    erasers: [
      {
        name: 'expert-tickets',
        async erase(id) {
          const erased = await tickets.eraseAsker(id, clock.now());
          // The ticket cards in the experts' channel say "verwijderd op verzoek" (best effort).
          for (const t of erased) {
            const channel: ConversationRecord | undefined = conversations.get(t.channelConversationId);
            if (!channel || !t.channelActivityId) continue;
            const card = expertTicketCard({ ticketId: t.id, number: t.number, status: 'erased', question: '', askedAt: '', askedBy: undefined });
            await delivery.update(channel, t.channelActivityId, { card, summary: `Vraag ${t.number}: verwijderd op verzoek` }, 'normal').catch((err: unknown) => {
              log.warn({ event: 'expert-ticket-update-failed', ticket: t.number, err: describeError(err) }, 'could not mark the ticket card erased');
            });
          }
          return erased.length;
        },
      },
    ],
    retention: [{ name: 'expert-tickets', purge: (now) => tickets.purge(now, config.retention.ticketDays, config.retention.auditDays) }],
    teams: { onTeamMembersChanged: (teamId) => roster.invalidate(teamId) },
    start: () => reminders.start(),
    idle: () => reminders.idle(),
    stop: () => reminders.stop(),
    health: {
      experts: () => ({ available: available(), openTickets: tickets.list().filter((t) => t.status === 'new' || t.status === 'picked').length }),
    },
  };
}
