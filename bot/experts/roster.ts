import type { Clock } from '../platform/clock.ts';

/** Where the bot is in a team, as far as a roster call needs it (the stored channel conversation). */
export interface TeamAddress {
  readonly serviceUrl: string;
  readonly teamId: string;
  readonly tenantId?: string | undefined;
  readonly channelId: string;
  readonly botId: string;
  readonly conversationId: string;
}

/** The Azure AD object ids of a team's members, from Teams (the edge implements it: bot/teams/teamRoster.ts). */
export interface TeamMembersSource {
  members(team: TeamAddress): Promise<readonly string[]>;
}

export interface TeamRoster {
  /** Whether this person is a member of the team; the roster is read at most once per `ttlMs` per team. */
  isMember(team: TeamAddress, aadObjectId: string): Promise<boolean>;
  /** Forget a team's cached roster (members joined or left). */
  invalidate(teamId: string): void;
}

/** A few minutes: someone added to the experts' team can act soon, without a roster call on every click. */
export const ROSTER_TTL_MS = 5 * 60_000;

export function cachedRoster(source: TeamMembersSource, clock: Clock, ttlMs = ROSTER_TTL_MS): TeamRoster {
  const cache = new Map<string, { at: number; members: Promise<ReadonlySet<string>> }>();
  return {
    async isMember(team, aadObjectId) {
      const now = clock.now().getTime();
      let entry = cache.get(team.teamId);
      if (!entry || now - entry.at >= ttlMs) {
        const members = source.members(team).then((ids) => new Set(ids) as ReadonlySet<string>);
        entry = { at: now, members };
        cache.set(team.teamId, entry);
        // A failed read is not cached: the next click tries again.
        members.catch(() => {
          if (cache.get(team.teamId) === entry) cache.delete(team.teamId);
        });
      }
      return (await entry.members).has(aadObjectId);
    },
    invalidate: (teamId) => void cache.delete(teamId),
  };
}
