import { leaderOnlyText } from '../platform/roles.ts';
import type { Actor } from './broadcastStore.ts';

/** Who is acting, as the Teams layer knows it. */
export interface LeaderActor {
  readonly aadObjectId: string | undefined;
  readonly name?: string | undefined;
  readonly isLeader: boolean;
}

export type RefusalCode = 'not-leader' | 'not-found' | 'not-yours' | 'wrong-state' | 'own-approval' | 'no-approver' | 'empty-audience' | 'nothing-to-resend' | 'unsafe-link';

/** A refused action: nothing changed. The message is for the leader (Dutch, B1). */
export class BroadcastRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'BroadcastRefusal';
  }
}

/** The service checks the role itself: the Teams layer's `isLeader` alone is not enough, the id must be in PROJECT_LEADERS. */
export function requireLeader(actor: LeaderActor, projectLeaders: readonly string[]): Actor {
  if (!actor.isLeader || !actor.aadObjectId || !projectLeaders.includes(actor.aadObjectId)) throw new BroadcastRefusal('not-leader', leaderOnlyText);
  return actor.name ? { aadObjectId: actor.aadObjectId, name: actor.name.slice(0, 200) } : { aadObjectId: actor.aadObjectId };
}
