import type { Config } from '../config.ts';
import type { RetentionJob } from './dailyCleanup.ts';
import type { Logger } from './log.ts';
import type { ConversationStore } from './store/conversationStore.ts';
import type { StoreStatus } from './store/jsonStore.ts';
import type { StoreBackend } from './store/storeBackend.ts';
import type { Feature, MessageExtension, Turn } from '../teams/feature.ts';
import type { Clock } from './clock.ts';
import type { Delivery } from './delivery/delivery.ts';
import type { Route } from './http.ts';

export type { RetentionJob };

/** What every feature module gets from the composition root: configuration, time, logging, conversations, sending. */
export interface Platform {
  readonly config: Config;
  readonly log: Logger;
  readonly clock: Clock;
  /** Real time for pacing connector calls when `clock` is virtual (tests); undefined: `clock` is real. */
  readonly transportClock: Clock | undefined;
  /** Local files that are no store (the experts' knowledge drafts); in the scaled mode each instance has its own. */
  readonly dataDir: string;
  /** Where every store keeps its data: DATA_DIR's files, or PostgreSQL (scaled). */
  readonly stores: StoreBackend;
  readonly conversations: ConversationStore;
  /** Whether this instance runs timers and delivery runs (always when embedded; the leader when scaled, leadership.ts). */
  readonly runsBackground: () => boolean;
  /** The one sender with the app's Teams budget (reminders, notices, broadcasts, card updates). */
  readonly delivery: Delivery;
}

/** A store as the app sees it: /healthz reports its status, shutdown waits for its writes. */
export interface ModuleStore {
  status(): StoreStatus;
  flush(): Promise<void>;
}

/** Erases what one store holds about a person (`vergeet mij`); returns how many items went. */
export interface Eraser {
  readonly name: string;
  erase(aadObjectId: string): Promise<number>;
}


/** The Teams turn's hooks that are not commands or card verbs. */
export interface TeamsHooks {
  /** Free text that is no command: the question path. */
  onQuestion?(turn: Turn, text: string): Promise<void>;
  /** Sent once when the app is added to a conversation. */
  onInstalled?(turn: Turn): Promise<void>;
  messageExtension?: MessageExtension;
  /** The bot was removed from a conversation: let go of it. */
  onConversationRemoved?(conversationId: string): Promise<void>;
  /** People joined or left a team: a cached roster of it is out of date. */
  onTeamMembersChanged?(teamId: string): void;
}

/** What a feature hands the app; bot/main.ts only loops over these. */
export interface AppModule {
  readonly name: string;
  readonly features?: readonly Feature[];
  readonly stores?: readonly ModuleStore[];
  readonly erasers?: readonly Eraser[];
  readonly retention?: readonly RetentionJob[];
  /** Sections of /healthz (public: no paths, no personal data). */
  readonly health?: Readonly<Record<string, () => unknown>>;
  readonly routes?: readonly Route[];
  readonly teams?: TeamsHooks;
  /** After the port is open: start timers and resume work. */
  start?(): Promise<void>;
  /** On the instance that runs the background work, after another instance changed a store: pick up its work. */
  resync?(): Promise<void> | void;
  /** Resolves when no background work of this module is under way. */
  idle?(): Promise<void>;
  /** On shutdown, after the last turn: stop timers and finish what is in flight. */
  stop?(): Promise<void>;
}
