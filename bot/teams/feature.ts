import type { z } from 'zod';

/**
 * A feature plugs into the Teams layer with commands (typed text), submit actions (Action.Submit: navigation
 * that posts a message) and execute actions (Action.Execute: state changes that refresh the card in place).
 * The router owns parsing and the leader check, so a handler only sees valid, permitted input.
 * Handlers see a `Turn`, never the Bot Framework's TurnContext: botbuilder stays in bot/teams/'s edge files.
 */

export type ConversationType = 'personal' | 'groupChat' | 'channel';
/** Manifest scope names, used for command lists. */
export type Scope = 'personal' | 'groupChat' | 'team';

export interface TurnInfo {
  /** Azure AD object id when Teams gives one, otherwise the channel account id. */
  readonly userId: string;
  readonly aadObjectId: string | undefined;
  readonly conversationId: string;
  readonly conversationType: ConversationType;
  readonly tenantId: string | undefined;
  readonly isLeader: boolean;
  /** IANA time zone of the user's client, or the configured default. */
  readonly timezone: string;
}

/** An Adaptive Card as plain JSON (cards/ builds them). */
export type Card = Record<string, unknown>;

/** One message of a reply: a card with its notification summary, or markdown text. */
export type Reply = { readonly card: Card; readonly summary: string } | { readonly text: string };

/** The turn a handler answers: who and where (TurnInfo), and how to answer in this conversation. */
export interface Turn extends TurnInfo {
  /** The sender's display name as Teams gives it. */
  readonly userName: string | undefined;
  /** For a card button: the message the card is on (Teams' replyToId). */
  readonly replyToId: string | undefined;
  /** Sends a card (with its plain-text summary) or a markdown text into this conversation. */
  reply(card: Card, summary: string): Promise<void>;
  reply(text: string): Promise<void>;
  /** Sends several messages in order, as one batch. */
  replyAll(replies: readonly Reply[]): Promise<void>;
  /** Replaces a message the bot sent in this conversation. */
  update(activityId: string, card: Card, summary: string): Promise<void>;
  /** Deletes a message the bot sent in this conversation. */
  delete(activityId: string): Promise<void>;
}

export interface Command {
  /** Lower-case words that start the command, e.g. ['help', 'hulp'] or ['geen updates']. The first one is shown. */
  readonly verbs: readonly string[];
  /** Short Dutch description for help and the manifest's command list (max 128 characters). */
  readonly description: string;
  readonly scopes: readonly Scope[];
  readonly leaderOnly?: boolean;
  /**
   * The words after the verb are this command's argument (a group name, a title). Without it, a message that
   * has more words than the verb is a question, not this command ("hulp bij melden" is not `hulp`).
   */
  readonly takesArgs?: boolean;
  /** Hidden commands work but are not listed in help or the manifest. */
  readonly hidden?: boolean;
  run(turn: Turn, args: string): Promise<void>;
}

export interface SubmitAction<S extends z.ZodType = z.ZodType> {
  readonly verb: string;
  readonly schema: S;
  readonly leaderOnly?: boolean;
  run(turn: Turn, data: z.output<S>): Promise<void>;
}

export type ExecuteResult =
  /** Replace the card the user clicked with this card. */
  | { readonly card: Card }
  /** Leave the card, show this short message. */
  | { readonly message: string };

export interface ExecuteAction<S extends z.ZodType = z.ZodType> {
  readonly verb: string;
  readonly schema: S;
  readonly leaderOnly?: boolean;
  run(turn: Turn, data: z.output<S>): Promise<ExecuteResult>;
}

export interface Feature {
  readonly name: string;
  readonly commands?: readonly Command[];
  readonly submits?: readonly SubmitAction[];
  readonly executes?: readonly ExecuteAction[];
}

/** Helpers that keep the schema and handler types linked without casts at the call site. */
export const submitAction = <S extends z.ZodType>(a: SubmitAction<S>): SubmitAction => a as unknown as SubmitAction;
export const executeAction = <S extends z.ZodType>(a: ExecuteAction<S>): ExecuteAction => a as unknown as ExecuteAction;

/** A search result of the message extension: the card that goes into the chat and its line in the result list. */
export interface SearchAttachment {
  readonly contentType: string;
  readonly content: unknown;
  readonly preview: { readonly contentType: string; readonly content: Record<string, unknown> };
}

/** What Teams expects back from composeExtension/query and composeExtension/selectItem. */
export interface SearchResponse {
  readonly composeExtension:
    | { readonly type: 'message'; readonly text: string }
    | { readonly type: 'result'; readonly attachmentLayout: 'list'; readonly attachments: readonly SearchAttachment[] };
}

/** The search message extension (compose box): its invokes' payloads arrive unparsed. */
export interface MessageExtension {
  query(turn: TurnInfo, query: unknown): Promise<SearchResponse>;
  selectItem(turn: TurnInfo, item: unknown): Promise<SearchResponse>;
}
