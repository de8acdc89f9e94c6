import { ActivityTypes, type InvokeResponse, TeamsActivityHandler, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../platform/log.ts';
import type { DeliveryLimiter } from '../platform/delivery/deliveryLimiter.ts';
import type { ConversationStore } from '../platform/store/conversationStore.ts';
import type { Command, MessageExtension, Turn, TurnInfo } from './feature.ts';
import { createRouter, type Router } from './router.ts';
import type { Feature } from './feature.ts';
import { conversationInputOf, tenantOf, turnInfoOf } from './turnInfo.ts';
import { adaptiveCardMessage } from './send.ts';
import { plainText } from './messageText.ts';
import { contextTurn } from './contextTurn.ts';
import { paceReplies } from './pacedReplies.ts';
import { invalidInputCard } from '../../cards/noticeCard.ts';
import { screenMessage } from '../answers/safetyScreen.ts';
import { leaderOnlyText } from '../platform/roles.ts';
import { describeError } from '../platform/describeError.ts';
import { withTimeout } from '../platform/delivery/timeout.ts';
import { limitConnector } from './adapter.ts';

export interface BotOptions {
  features: readonly Feature[];
  /** Free text that is no command: the question path. */
  onQuestion(turn: Turn, text: string): Promise<void>;
  /** Sent once when the app is added to a personal chat, group chat or team. */
  onInstalled(turn: Turn): Promise<void>;
  messageExtension?: MessageExtension;
  /** Replies take their turn in the app's delivery budget (top priority). */
  replyLimiter?: DeliveryLimiter;
  /**
   * Longest wait for one reply, card update or typing indicator, budget wait included (default 10 s): a hung
   * connector must not keep the turn open past Teams' 15 s. A reply not answered by then counts as maybe delivered.
   */
  replyTimeoutMs?: number;
  /**
   * A typing indicator goes out only when a command's or question's reply has not started within this many ms
   * (default 300): for the usual answer it would be a second request to Teams that only delays the reply.
   */
  typingAfterMs?: number;
  conversations: ConversationStore;
  /**
   * Runs before a command or a card action: scaled, it brings the stores up to what any instance last wrote, so a
   * leader's Versturen on one instance finds the preview saved through the other a moment before.
   */
  catchUp?(): Promise<void>;
  /** Called after the bot was removed from a conversation, so other stores can let go of it (group links). */
  onConversationRemoved?(conversationId: string): Promise<void>;
  /** People joined or left a team (not the bot): a cached roster of that team is out of date. */
  onTeamMembersChanged?(teamId: string): void;
  projectLeaders: readonly string[];
  /** Milliseconds since the epoch, for the replay window; Date.now when left out. */
  now?: () => number;
  allowedTenants: readonly string[];
  defaultTimezone: string;
  log: Logger;
}

/** How long a message id is remembered, and how many at most (the oldest forgotten first): memory stays bounded. */
export const REPLAY_WINDOW_MS = 10 * 60_000;
const REPLAY_MAX_IDS = 10_000;

interface ReplayFilter {
  /** True when this conversation's message id was seen within REPLAY_WINDOW_MS; remembers it otherwise. */
  seen(conversationId: string, activityId: string | undefined): boolean;
}

function createReplayFilter(now: () => number): ReplayFilter {
  const ids = new Map<string, number>();
  return {
    seen(conversationId, activityId) {
      if (activityId === undefined || activityId === '') return false;
      const t = now();
      for (const [key, at] of ids) {
        if (ids.size <= REPLAY_MAX_IDS && t - at < REPLAY_WINDOW_MS) break;
        ids.delete(key);
      }
      const key = `${conversationId}\u0000${activityId}`;
      const at = ids.get(key);
      if (at !== undefined && t - at < REPLAY_WINDOW_MS) return true;
      ids.set(key, t);
      return false;
    },
  };
}

/** Answers kept for redelivered card actions: fewer than message ids, as an answer may hold a whole card. */
const INVOKE_MEMO_MAX = 500;

interface InvokeMemo {
  /**
   * The answer to this conversation's card action: the first time `work`'s, again (the same, also while the first is
   * still running) when Teams delivers the same activity id within REPLAY_WINDOW_MS. A failed answer is forgotten.
   */
  answer(conversationId: string, activityId: string | undefined, work: () => Promise<InvokeResponse>, onReplay: () => void): Promise<InvokeResponse>;
}

function createInvokeMemo(now: () => number): InvokeMemo {
  const answers = new Map<string, { at: number; response: Promise<InvokeResponse> }>();
  return {
    answer(conversationId, activityId, work, onReplay) {
      if (activityId === undefined || activityId === '') return work();
      const t = now();
      for (const [key, entry] of answers) {
        if (answers.size <= INVOKE_MEMO_MAX && t - entry.at < REPLAY_WINDOW_MS) break;
        answers.delete(key);
      }
      const key = `${conversationId}\u0000${activityId}`;
      const known = answers.get(key);
      if (known && t - known.at < REPLAY_WINDOW_MS) {
        onReplay();
        return known.response;
      }
      const response = work();
      answers.set(key, { at: t, response });
      response.catch(() => {
        if (answers.get(key)?.response === response) answers.delete(key);
      });
      return response;
    },
  };
}

/** Set in the turn state when the turn's first message was handed to the send pipeline. */
const REPLY_STARTED = Symbol('replyStarted');

const submitValueSchema = z.looseObject({ verb: z.string().min(1).max(64) });
const executeValueSchema = z.object({
  action: z.looseObject({ type: z.literal('Action.Execute'), verb: z.string().min(1).max(64), data: z.unknown().optional() }),
});

export class MeldwijzerBot extends TeamsActivityHandler {
  readonly router: Router;
  readonly #o: BotOptions;
  readonly #leaders: ReadonlySet<string>;
  readonly #replays: ReplayFilter;
  readonly #invokes: InvokeMemo;

  constructor(options: BotOptions) {
    super();
    this.#o = options;
    this.router = createRouter(options.features);
    this.#leaders = new Set(options.projectLeaders);
    this.#replays = createReplayFilter(options.now ?? Date.now);
    this.#invokes = createInvokeMemo(options.now ?? Date.now);

    this.onMessage(async (ctx, next) => {
      // Teams sends a message again when a bot was slow to answer: the same id is answered once.
      if (this.#replays.seen(ctx.activity.conversation.id, ctx.activity.id)) {
        this.#o.log.info({ event: 'message-replayed' }, 'a message with an id already answered: not answered again');
        return;
      }
      await this.#handleMessage(ctx);
      await next();
    });
    this.onMembersAdded(async (ctx, next) => {
      const botId = ctx.activity.recipient.id;
      if ((ctx.activity.membersAdded ?? []).some((m) => m.id === botId)) {
        await this.#remember(ctx);
        await this.#o.onInstalled(contextTurn(ctx, this.#turn(ctx)));
      }
      this.#membersChanged(ctx, ctx.activity.membersAdded);
      await next();
    });
    this.onMembersRemoved(async (ctx, next) => {
      const botId = ctx.activity.recipient.id;
      if ((ctx.activity.membersRemoved ?? []).some((m) => m.id === botId)) {
        await this.#forget(ctx.activity.conversation.id);
        this.#o.log.info({ event: 'uninstalled', conversationType: ctx.activity.conversation.conversationType }, 'bot removed from conversation');
      }
      this.#membersChanged(ctx, ctx.activity.membersRemoved);
      await next();
    });
    this.onInstallationUpdateAdd(async (ctx, next) => {
      await this.#remember(ctx);
      await next();
    });
    this.onInstallationUpdateRemove(async (ctx, next) => {
      await this.#forget(ctx.activity.conversation.id);
      await next();
    });
  }

  /** Tenant filter and bot filter in front of every activity type. */
  override async run(ctx: TurnContext): Promise<void> {
    const a = ctx.activity;
    if (this.#o.allowedTenants.length > 0) {
      const tenant = tenantOf(a);
      if (tenant === undefined || !this.#o.allowedTenants.includes(tenant)) {
        this.#o.log.warn({ event: 'tenant-refused', activityType: a.type }, 'activity from a tenant that is not allowed; ignored');
        if (a.type === ActivityTypes.Invoke) await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 403 } });
        return;
      }
    }
    if (a.from?.role === 'bot' || (a.from?.id !== undefined && a.from.id === a.recipient?.id)) return;
    // First, so it bounds everything after it (the budget wait too); no SDK retries, each request aborted in time.
    const replyTimeoutMs = this.#o.replyTimeoutMs ?? 10_000;
    limitConnector(ctx, replyTimeoutMs);
    ctx.onSendActivities((_c, _activities, next) => withTimeout(next(), replyTimeoutMs));
    ctx.onUpdateActivity((_c, _activity, next) => withTimeout(next(), replyTimeoutMs));
    ctx.onDeleteActivity((_c, _reference, next) => withTimeout(next(), replyTimeoutMs));
    // Before the pacing, so "a reply has started" means the handler is done with it, not that the budget let it through.
    ctx.onSendActivities(async (c, activities, next) => {
      if (activities.some((x) => x.type === ActivityTypes.Message)) c.turnState.set(REPLY_STARTED, true);
      return next();
    });
    if (this.#o.replyLimiter) paceReplies(ctx, this.#o.replyLimiter);
    await super.run(ctx);
  }

  #membersChanged(ctx: TurnContext, members: ReadonlyArray<{ id: string }> | undefined): void {
    const teamId = (ctx.activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
    if (typeof teamId === 'string' && (members ?? []).some((m) => m.id !== ctx.activity.recipient.id)) this.#o.onTeamMembersChanged?.(teamId);
  }

  #turn(ctx: TurnContext): TurnInfo {
    return turnInfoOf(ctx.activity, this.#leaders, this.#o.defaultTimezone);
  }

  async #forget(conversationId: string): Promise<void> {
    await this.#o.conversations.remove(conversationId);
    await this.#o.onConversationRemoved?.(conversationId);
  }

  async #remember(ctx: TurnContext): Promise<void> {
    const input = conversationInputOf(ctx.activity);
    if (input) await this.#o.conversations.upsert(input);
  }

  async #handleMessage(ctx: TurnContext): Promise<void> {
    const a = ctx.activity;
    const turn = contextTurn(ctx, this.#turn(ctx));
    // Remembering the conversation (for reminders and updates later) must never stand between a message and its
    // answer: with a full or read-only disk a danger message still gets the emergency card (issue 15, item 3).
    try {
      await this.#remember(ctx);
    } catch (err) {
      this.#o.log.error({ event: 'conversation-save-failed', err: describeError(err) }, 'conversation not saved; the message is still answered');
    }

    // Action.Submit posts a message whose value carries the verb.
    if (a.value !== undefined && a.value !== null) {
      await this.#handleSubmit(ctx, turn, a.value);
      return;
    }

    let text = typeof a.text === 'string' ? a.text : '';
    if (turn.conversationType !== 'personal') {
      const mentioned = (a.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === a.recipient.id);
      if (!mentioned) return; // In channels and group chats we speak only when spoken to.
      // botbuilder's removeRecipientMention calls text.replace: a mention without text would throw (fuzz test).
      if (text !== '') text = TurnContext.removeRecipientMention(a) ?? text;
    }
    text = plainText(text).trim();
    if (text === '') return;

    const match = this.router.matchCommand(text);
    if (match && isCommand(match, turn, text)) {
      if (match.command.leaderOnly && !turn.isLeader) {
        await ctx.sendActivity(leaderOnlyText);
        return;
      }
      await this.#typingIfSlow(ctx, turn, async () => {
        await this.#catchUp();
        await match.command.run(turn, match.args);
      });
      return;
    }
    await this.#typingIfSlow(ctx, turn, () => this.#o.onQuestion(turn, text));
  }

  /**
   * Runs the handler; if it has sent no message after `typingAfterMs`, shows the typing
   * indicator meanwhile. The reply never waits for it. Not in channels: there it breaks how the thread shows
   * the replies, and a channel reply is public anyway.
   */
  async #typingIfSlow(ctx: TurnContext, turn: TurnInfo, handler: () => Promise<void>): Promise<void> {
    if (turn.conversationType === 'channel') return handler();
    let typing: Promise<unknown> | undefined;
    const timer = setTimeout(() => {
      // A reply waiting for the app's Teams budget gets no typing indicator: it would only take budget itself.
      if (ctx.turnState.get(REPLY_STARTED) === true) return;
      typing = ctx.sendActivity({ type: ActivityTypes.Typing }).catch((err: unknown) => {
        this.#o.log.debug({ event: 'typing-failed', err: describeError(err) }, 'typing indicator not sent');
      });
    }, this.#o.typingAfterMs ?? 300);
    try {
      await handler();
    } finally {
      clearTimeout(timer);
      // A send on this context must end before the turn does (botbuilder revokes the context after it).
      await typing;
    }
  }

  async #handleSubmit(ctx: TurnContext, turn: Turn, value: unknown): Promise<void> {
    const head = submitValueSchema.safeParse(value);
    const action = head.success ? this.router.submit(head.data.verb) : undefined;
    if (!head.success || !action) {
      this.#o.log.warn({ event: 'submit-unknown' }, 'card submit without a known verb');
      await ctx.sendActivity(adaptiveCardMessage(invalidInputCard(), 'Deze knop werkt niet (meer).'));
      return;
    }
    if (action.leaderOnly && !turn.isLeader) {
      this.#o.log.warn({ event: 'submit-refused', verb: action.verb }, 'leader-only submit from a non-leader');
      await ctx.sendActivity(leaderOnlyText);
      return;
    }
    const data = action.schema.safeParse(value);
    if (!data.success) {
      this.#o.log.warn({ event: 'submit-invalid', verb: action.verb }, 'card submit failed its schema');
      await ctx.sendActivity(adaptiveCardMessage(invalidInputCard(), 'Deze knop werkt niet (meer).'));
      return;
    }
    await this.#catchUp();
    await action.run(turn, data.data);
  }

  /** The stores as fresh as the database (scaled); when that fails, the action runs on what this instance holds. */
  async #catchUp(): Promise<void> {
    if (!this.#o.catchUp) return;
    try {
      await this.#o.catchUp();
    } catch (err) {
      this.#o.log.warn({ event: 'store-catch-up-failed', err: describeError(err) }, 'could not check the stores for newer data; the action runs on what this instance holds');
    }
  }

  protected override async onInvokeActivity(ctx: TurnContext): Promise<InvokeResponse> {
    const name = ctx.activity.name;
    const turn = contextTurn(ctx, this.#turn(ctx));
    if (name === 'adaptiveCard/action') {
      // Teams delivers a card action again when the bot was slow: the same id gets the first answer, and runs once.
      return this.#invokes.answer(
        ctx.activity.conversation.id,
        ctx.activity.id,
        async () => {
          await this.#remember(ctx);
          return this.#handleExecute(ctx, turn);
        },
        () => this.#o.log.info({ event: 'invoke-replayed' }, 'a card action with an id already answered: answered the same, not run again'),
      );
    }
    if (name === 'composeExtension/query' && this.#o.messageExtension) {
      return { status: 200, body: await this.#o.messageExtension.query(turn, ctx.activity.value) };
    }
    if (name === 'composeExtension/selectItem' && this.#o.messageExtension) {
      return { status: 200, body: await this.#o.messageExtension.selectItem(turn, ctx.activity.value) };
    }
    if (name?.startsWith('composeExtension/') || name?.startsWith('task/') || name === 'signin/verifyState') {
      return { status: 501 };
    }
    // Unknown invokes are answered politely and change nothing.
    return { status: 200 };
  }

  async #handleExecute(ctx: TurnContext, turn: Turn): Promise<InvokeResponse> {
    const head = executeValueSchema.safeParse(ctx.activity.value);
    const action = head.success ? this.router.execute(head.data.action.verb) : undefined;
    if (!head.success || !action) {
      this.#o.log.warn({ event: 'execute-unknown' }, 'Action.Execute without a known verb');
      return executeError(400, 'BadRequest', BUTTON_BROKEN);
    }
    // Understood and refused: the contract's 401 is a sign-in request and its error type is for 400/500, so a
    // refusal is the documented answer with a message the user can read (nothing changed, who can do it).
    if (action.leaderOnly && !turn.isLeader) {
      this.#o.log.warn({ event: 'execute-refused', verb: action.verb }, 'leader-only action from a non-leader');
      return executeMessage(leaderOnlyText);
    }
    const data = action.schema.safeParse(head.data.action.data ?? {});
    if (!data.success) {
      this.#o.log.warn({ event: 'execute-invalid', verb: action.verb }, 'Action.Execute data failed its schema');
      return executeError(400, 'BadRequest', BUTTON_BROKEN);
    }
    await this.#catchUp();
    const result = await action.run(turn, data.data);
    if ('card' in result) {
      return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: result.card } };
    }
    return executeMessage(result.message);
  }
}

/**
 * A message that starts with a command word is that command only when it is meant as one. With more words
 * than the verb, it is a question (so it gets the safety screen and an answer) when
 * - the command takes no argument ("hulp, ik wil niet meer leven" must show 113, not the help card),
 * - it is a leader's command, the sender is not a leader, and it reads as a question: a question mark or four
 *   words or more after the verb ("update over de meldcode, wat is er nieuw"); "koppel netwerk" still gets
 *   the polite refusal,
 * - or the words signal danger: then the emergency card comes first, also for a leader (who can still write an
 *   update with that title through the form: a bare `update` opens it).
 */
function isCommand(match: { command: Command; args: string }, turn: TurnInfo, text: string): boolean {
  if (match.args === '') return true;
  const { command } = match;
  if (!command.takesArgs) return false;
  const screen = screenMessage(text);
  if (screen.acuteDanger || screen.suicide || screen.victim) return false;
  if (command.leaderOnly && !turn.isLeader) return !(text.includes('?') || match.args.split(/\s+/).length >= 4);
  return true;
}

const BUTTON_BROKEN = 'Deze knop werkt niet (meer).';

/** Universal Actions: the request was handled; Teams shows the message under the card. */
function executeMessage(message: string): InvokeResponse {
  return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message } };
}

/**
 * Universal Actions' error answer (400: the request is not one the bot can handle; 500: it failed): the error type
 * with a code and a message, and the same status on the HTTP answer, as botbuilder's own invoke errors do.
 */
function executeError(status: 400 | 500, code: string, message: string): InvokeResponse {
  return { status, body: { statusCode: status, type: 'application/vnd.microsoft.error', value: { code, message } } };
}
