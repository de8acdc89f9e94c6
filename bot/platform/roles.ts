/**
 * Who may do what. Project leaders are the Azure AD object ids in PROJECT_LEADERS; every leader action is
 * checked by the service that does it (whatever the Teams layer checked before), with this one refusal.
 */

/** The polite refusal for anyone who is not a project leader: nothing was changed, and whom to ask. */
export const leaderOnlyText = 'Dit kan alleen de projectleider. Er is niets veranderd. Hebt u dit nodig? Vraag het de projectleider van het programma.';

/** Who asks. The role is decided from the configured leaders, never taken from the caller. */
export interface Actor {
  readonly aadObjectId: string | undefined;
}

/** A leader action by someone who is not one; its message is the refusal the person sees. */
export class NotAllowedError extends Error {
  constructor() {
    super(leaderOnlyText);
    this.name = 'NotAllowedError';
  }
}

export interface ProjectLeaders {
  /** Whether this id is a project leader's; a missing id (Emulator, a bot) never is. */
  has(aadObjectId: string | undefined): boolean;
  /** The leader's id, or a NotAllowedError (after `onRefused`, e.g. a log line). */
  require(actor: Actor, onRefused?: () => void): string;
}

export function projectLeaders(ids: readonly string[]): ProjectLeaders {
  const leaders = new Set(ids);
  const has = (id: string | undefined): boolean => id !== undefined && leaders.has(id);
  return {
    has,
    require(actor, onRefused) {
      if (actor.aadObjectId === undefined || !has(actor.aadObjectId)) {
        onRefused?.();
        throw new NotAllowedError();
      }
      return actor.aadObjectId;
    },
  };
}
