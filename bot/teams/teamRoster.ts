import { TeamsInfo, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { TeamAddress, TeamMembersSource } from '../experts/roster.ts';
import { limitConnector } from './adapter.ts';

/** Page size for Teams' paged roster (its maximum is 500). */
const PAGE_SIZE = 500;
/** A team larger than this many pages is read no further (a runaway continuation token). */
const MAX_PAGES = 40;

/**
 * Reads a team's members with botbuilder's TeamsInfo paged roster, in a proactive turn on the team's channel.
 * Each page request has the connector timeout and no SDK retries, like every other connector call.
 */
export function createTeamsRoster(adapter: CloudAdapter, appId: string | undefined, timeoutMs = 0): TeamMembersSource {
  return {
    async members(team: TeamAddress) {
      const reference: Partial<ConversationReference> = {
        channelId: team.channelId,
        serviceUrl: team.serviceUrl,
        bot: { id: team.botId, name: 'Meldwijzer' },
        conversation: { id: team.conversationId, conversationType: 'channel', isGroup: true, tenantId: team.tenantId, name: '' } as ConversationReference['conversation'],
      };
      const ids: string[] = [];
      let failure: unknown;
      await adapter.continueConversationAsync(appId ?? '', reference as ConversationReference, async (ctx) => {
        limitConnector(ctx, timeoutMs);
        try {
          let token: string | undefined;
          for (let page = 0; page < MAX_PAGES; page++) {
            const result = await TeamsInfo.getPagedTeamMembers(ctx, team.teamId, PAGE_SIZE, token);
            for (const m of result.members ?? []) if (m.aadObjectId) ids.push(m.aadObjectId);
            token = result.continuationToken || undefined;
            if (!token) break;
          }
        } catch (err) {
          failure = err;
        }
      });
      if (failure !== undefined) throw failure;
      return ids;
    },
  };
}
