import { isHttpsUrl } from '../platform/formFields.ts';
import { access } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { personalDataWord } from '../../cards/privacyNoteCard.ts';
import { emergencyCard, emergencySummary } from '../../cards/emergencyCard.ts';
import { expertAnswerCard, expertClosedCard } from '../../cards/expertAnswerCard.ts';
import { expertAskCard, expertCancelledCard, expertSentCard, MAX_EXPERT_QUESTION } from '../../cards/expertAskCard.ts';
import { expertTicketCard, expertTicketListCard } from '../../cards/expertTicketCard.ts';
import { EXPERT_VERBS } from '../../cards/expertVerbs.ts';
import type { GroupStore } from '../groups/public.ts';
import type { ExpertsGroup } from './expertsGroup.ts';
import type { Logger } from '../platform/log.ts';
import type { Delivery } from '../platform/delivery/delivery.ts';
import { asDeliveryError } from '../platform/delivery/deliveryError.ts';
import { describeError } from '../platform/describeError.ts';
import { channelConversationId, type ConversationRecord, type ConversationStore } from '../platform/store/conversationStore.ts';
import { executeAction, submitAction, type ExecuteResult, type Feature, type Turn, type TurnInfo } from '../teams/feature.ts';
import type { TeamAddress, TeamRoster } from './roster.ts';
import { writeDraft } from './kbDraft.ts';
import { stateMessage, TicketStateError, type Ticket, type TicketStore } from './ticketStore.ts';

/** What the danger screen says about a text (bot/answers/safetyScreen.ts, passed in by the root). */
export interface DangerScreen {
  acuteDanger: boolean;
  suicide: boolean;
  victim: boolean;
}

export interface ExpertsFeatureDeps {
  tickets: TicketStore;
  groups: Pick<GroupStore, 'list' | 'get'>;
  /** Which group is the experts' group and its channel; the one way to change it. */
  expertsGroup: ExpertsGroup;
  conversations: Pick<ConversationStore, 'get'>;
  delivery: Delivery<ConversationRecord>;
  roster: TeamRoster;
  /** The personal-data screen: the kinds of personal data found in a text. */
  personalData(text: string): { kinds: readonly string[] };
  danger(text: string): DangerScreen;
  /** The personal-data screen's redaction (placeholders for what it finds): a draft entry never carries personal data. */
  redact(text: string): string;
  /** DATA_DIR: drafts go to its kb-drafts/. */
  dataDir: string;
  now(): Date;
  timezone: string;
  log: Logger;
}


export const personalOnlyText = 'Een vraag aan een expert kan alleen in uw persoonlijke chat met Meldwijzer: in een kanaal leest iedereen mee. Typ daar **vraag een expert**.';
export const notSetUpText = 'Vragen aan een expert kan nog niet: de projectleider heeft nog geen kanaal voor de experts ingesteld. Twijfelt u over een situatie? Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht).';
export const notExpertText = 'Dit kunnen alleen de experts (leden van het team van het expertkanaal) en de projectleider. Er is niets veranderd.';
const rosterFailedText = 'Ik kon nu niet nagaan of u bij de experts hoort. Er is niets veranderd. Probeer het zo opnieuw.';

const sameName = (a: string, b: string) => a.trim().localeCompare(b.trim(), 'nl', { sensitivity: 'base' }) === 0;
const httpsUrl = z
  .string()
  .trim()
  .max(500)
  // The link is written into the answer card's markdown: brackets would end it early.
  .refine((v) => v === '' || (isHttpsUrl(v) && !/[()<>]/.test(v)), 'De link moet een webadres zijn dat begint met https://.');

const ticketRef = z.object({ ticketId: z.string().min(1).max(64) });
const sendSchema = z.object({ question: z.string().max(4000).default(''), showName: z.enum(['true', 'false']).default('true') });
const answerSchema = ticketRef.extend({ answer: z.string().max(8000).default(''), link: z.string().max(2000).default(''), source: z.string().max(2000).default('') });
const closeSchema = ticketRef.extend({ reason: z.string().max(2000).default('') });

const fileExists = (file: string) => access(file).then(
  () => true,
  () => false,
);

export function createExpertsFeature(deps: ExpertsFeatureDeps): Feature {
  const { tickets, log } = deps;
  const when = (iso: string) => DateTime.fromISO(iso, { zone: deps.timezone }).setLocale('nl').toFormat("d LLLL yyyy, HH.mm 'uur'");

  const expertsChannel = (): ConversationRecord | undefined => deps.expertsGroup.channel();

  const teamOf = (r: ConversationRecord): TeamAddress | undefined =>
    r.teamId ? { serviceUrl: r.serviceUrl, teamId: r.teamId, tenantId: r.tenantId, channelId: r.channelId, botId: r.botId, conversationId: r.conversationId } : undefined;

  /** Leaders, and members of the team of the channel the ticket is in. Throws when the roster cannot be read. */
  const mayAct = async (turn: TurnInfo, channelConversationId: string): Promise<boolean> => {
    if (turn.isLeader) return true;
    if (!turn.aadObjectId) return false;
    const channel = deps.conversations.get(channelConversationId);
    const team = channel ? teamOf(channel) : undefined;
    if (!team) return false;
    return deps.roster.isMember(team, turn.aadObjectId);
  };

  /** The ticket card; `viewer` a leader: their own view, with Maak concept (the channel's card is without). */
  const ticketCard = (t: Ticket, viewer?: TurnInfo) =>
    expertTicketCard({
      ticketId: t.id,
      number: t.number,
      status: t.status,
      question: t.question,
      askedAt: when(t.createdAt),
      askedBy: t.askerName,
      handlerName: t.handlerName,
      answer: t.answer,
      closeReason: t.closeReason,
      unreachable: t.delivery === 'unreachable',
      draftMade: t.draftAt !== undefined,
      canDraft: viewer?.isLeader === true,
    });

  /** Shows a ticket's new state to everyone in the experts' channel (best effort: the click itself succeeded). */
  const updateChannelCard = async (t: Ticket): Promise<void> => {
    const channel = deps.conversations.get(t.channelConversationId);
    if (!channel || !t.channelActivityId) return;
    try {
      await deps.delivery.update(channel, t.channelActivityId, { card: ticketCard(t), summary: `Vraag ${t.number}` }, 'normal');
    } catch (err) {
      log.warn({ event: 'expert-ticket-update-failed', ticket: t.number, err: describeError(err) }, 'could not update the ticket card');
    }
  };

  /** Sends a card to the asker's personal chat; 403/404 marks the ticket: the card in the channel says so. */
  const toAsker = async (t: Ticket, card: Record<string, unknown>, summary: string): Promise<Ticket> => {
    const chat = deps.conversations.get(t.askerConversationId);
    let result: 'sent' | 'unreachable' | 'failed' = 'sent';
    if (!chat || !chat.active) result = 'unreachable';
    else {
      try {
        await deps.delivery.send(chat, { card, summary }, 'normal');
      } catch (err) {
        result = asDeliveryError(err).code === 'gone' ? 'unreachable' : 'failed';
        log.warn({ event: 'expert-answer-not-delivered', ticket: t.number, err: describeError(err) }, 'the answer did not reach the asker');
      }
    }
    await tickets.setDelivery(t.id, result);
    log.info({ event: 'expert-answer-delivery', ticket: t.number, result }, 'answer sent to the asker');
    return { ...t, delivery: result };
  };

  const openForm = async (turn: Turn, question: string) => {
    if (turn.conversationType !== 'personal') return turn.reply(personalOnlyText);
    if (!expertsChannel()) return turn.reply(notSetUpText);
    await turn.reply(expertAskCard({ question: question.slice(0, MAX_EXPERT_QUESTION), showName: true }), 'Vraag het een expert');
  };

  const whoAmI = (turn: Turn) => ({ id: turn.userId, name: turn.userName?.trim() || 'een expert' });

  /** Runs a ticket action for an expert or leader; refusals and races are messages, nothing changes. */
  const expertAction = async (turn: Turn, ticketId: string, act: (t: Ticket) => Promise<ExecuteResult>): Promise<ExecuteResult> => {
    const t = tickets.get(ticketId);
    if (!t || t.status === 'erased') return { message: 'Deze vraag bestaat niet meer.' };
    let allowed: boolean;
    try {
      allowed = await mayAct(turn, t.channelConversationId);
    } catch (err) {
      log.warn({ event: 'expert-roster-failed', err: describeError(err) }, 'could not read the experts team roster');
      return { message: rosterFailedText };
    }
    if (!allowed) {
      log.warn({ event: 'expert-action-refused', ticket: t.number }, 'ticket action by someone who is not an expert');
      return { message: notExpertText };
    }
    try {
      return await act(t);
    } catch (err) {
      if (err instanceof TicketStateError) return { message: err.message };
      throw err;
    }
  };

  return {
    name: 'experts',
    commands: [
      {
        verbs: ['vraag een expert', 'vraag het een expert'],
        description: 'Stel uw vraag aan een expert uit de regio',
        scopes: ['personal'],
        takesArgs: true,
        // Teams lists at most 10 commands a scope and the personal list is full: on the help card, and the
        // no-answer card has the button.
        hidden: true,
        run: (turn, args) => openForm(turn, args),
      },
      {
        verbs: ['experts'],
        description: 'Maak een groep de groep van de experts: vragen gaan naar het kanaal van die groep',
        scopes: ['personal', 'groupChat', 'team'],
        leaderOnly: true,
        takesArgs: true,
        hidden: true,
        async run(turn, args) {
          const name = args.trim();
          if (name === '') {
            const current = deps.expertsGroup.group();
            await turn.reply(
              `${current ? `De groep van de experts is nu **${current.name}**.` : 'Er is nog geen groep van de experts.'} Typ **experts <groep>** om een groep te kiezen, bijvoorbeeld: experts Netwerk aandachtsfunctionarissen. Of zet in het formulier van de groep **Groep van de experts** aan.`,
            );
            return;
          }
          const group = deps.groups.list().find((g) => sameName(g.name, name));
          if (!group) {
            await turn.reply(`Ik ken geen groep met de naam "${name.replace(/[*_[\]`\\<>]/g, '')}". Er is niets veranderd. Typ **groepen** voor de lijst.`);
            return;
          }
          await turn.reply(await deps.expertsGroup.mark({ userId: turn.userId, isLeader: turn.isLeader }, group));
        },
      },
      {
        verbs: ['tickets', 'open vragen'],
        description: 'De open vragen voor de experts, oudste eerst (experts en projectleider)',
        scopes: ['personal', 'team'],
        hidden: true,
        async run(turn) {
          const channel = expertsChannel();
          let allowed = turn.isLeader;
          if (!allowed && channel) {
            try {
              allowed = await mayAct(turn, channel.conversationId);
            } catch (err) {
              log.warn({ event: 'expert-roster-failed', err: describeError(err) }, 'could not read the experts team roster');
              await turn.reply(rosterFailedText);
              return;
            }
          }
          if (!allowed) {
            await turn.reply(notExpertText);
            return;
          }
          const open = tickets
            .list()
            .filter((t) => t.status === 'new' || t.status === 'picked')
            .sort((a, b) => a.number - b.number);
          const card = expertTicketListCard({
            tickets: open.map((t) => ({ number: t.number, askedAt: when(t.createdAt), status: t.status === 'new' ? 'nieuw' : `opgepakt door ${t.handlerName ?? 'een expert'}`, question: t.question })),
          });
          await turn.reply(card, `${open.length} open vragen voor de experts`);
        },
      },
    ],
    submits: [
      submitAction({
        verb: EXPERT_VERBS.ask,
        schema: z.object({ question: z.string().max(4000).default('') }),
        run: (turn, data) => openForm(turn, data.question),
      }),
    ],
    executes: [
      executeAction({
        verb: EXPERT_VERBS.send,
        schema: sendSchema,
        async run(turn, data) {
          if (turn.conversationType !== 'personal') return { message: personalOnlyText };
          const question = data.question.trim();
          const showName = data.showName === 'true';
          const form = (error: string) => ({ card: expertAskCard({ question: data.question.slice(0, MAX_EXPERT_QUESTION), showName, error }) });
          if (question === '') return form('Vul uw vraag in.');
          if (question.length > MAX_EXPERT_QUESTION) return form(`Uw vraag is te lang: maak hem korter dan ${MAX_EXPERT_QUESTION} tekens.`);
          const screen = deps.danger(question);
          if (screen.acuteDanger || screen.suicide || screen.victim) await turn.reply(emergencyCard(screen), emergencySummary(screen));
          const found = deps.personalData(question).kinds;
          if (found.length > 0) {
            log.info({ event: 'expert-question-refused', kinds: found }, 'question to an expert held back: personal data');
            const words = found.map(personalDataWord);
            return form(`Uw vraag bevat ${[...new Set(words)].join(', ')}. Haal dat weg: een expert hoeft niet te weten om wie het gaat.`);
          }
          const channel = expertsChannel();
          if (!channel) return { message: notSetUpText };
          const ticket = await tickets.create(
            { question, askerId: turn.userId, askerName: showName ? turn.userName?.trim() || undefined : undefined, askerConversationId: turn.conversationId, channelConversationId: channel.conversationId },
            deps.now(),
          );
          try {
            const sent = await deps.delivery.send(channel, { card: ticketCard(ticket), summary: `Nieuwe vraag ${ticket.number} voor de experts` }, 'reply');
            if (sent.activityId) await tickets.setChannelActivity(ticket.id, sent.activityId);
          } catch (err) {
            log.error({ event: 'expert-ticket-not-sent', ticket: ticket.number, err: describeError(err) }, 'the ticket did not reach the experts channel');
            await tickets.remove(ticket.id);
            return { message: 'Uw vraag kon nu niet naar de experts. Er is niets bewaard. Probeer het later opnieuw.' };
          }
          log.info({ event: 'expert-question-sent', ticket: ticket.number, named: showName }, 'question sent to the experts');
          return { card: expertSentCard({ number: ticket.number, question }) };
        },
      }),
      executeAction({ verb: EXPERT_VERBS.cancel, schema: z.object({}), run: async () => ({ card: expertCancelledCard() }) }),
      executeAction({
        verb: EXPERT_VERBS.refresh,
        schema: ticketRef,
        async run(turn, data) {
          const t = tickets.get(data.ticketId);
          // In a channel Teams adds the thread to the id ("19:…@thread.tacv2;messageid=…").
          const here = channelConversationId(turn.conversationId);
          if (!t || (t.channelConversationId !== here && !turn.isLeader)) return { message: 'Deze vraag bestaat niet meer.' };
          return { card: ticketCard(t, turn) };
        },
      }),
      executeAction({
        verb: EXPERT_VERBS.pickUp,
        schema: ticketRef,
        run: (turn, data) =>
          expertAction(turn, data.ticketId, async (t) => {
            if (t.status !== 'new' && !(t.status === 'picked' && t.handlerId === turn.userId)) return { message: stateMessage(t) };
            const picked = await tickets.pickUp(t.id, whoAmI(turn), deps.now());
            log.info({ event: 'expert-ticket-picked', ticket: t.number }, 'ticket picked up');
            await updateChannelCard(picked);
            return { card: ticketCard(picked, turn) };
          }),
      }),
      executeAction({
        verb: EXPERT_VERBS.answer,
        schema: answerSchema,
        run: (turn, data) =>
          expertAction(turn, data.ticketId, async (t) => {
            const text = data.answer.trim();
            if (text === '') return { message: 'Vul een antwoord in. Er is niets verstuurd.' };
            if (text.length > 4000) return { message: 'Het antwoord is te lang (meer dan 4000 tekens). Er is niets verstuurd.' };
            const link = httpsUrl.safeParse(data.link);
            if (!link.success) return { message: 'De link moet een webadres zijn dat begint met https://. Er is niets verstuurd.' };
            const source = data.source.trim().slice(0, 300);
            const answer = { text, ...(link.data ? { link: link.data } : {}), ...(source ? { source } : {}) };
            const answered = await tickets.answer(t.id, whoAmI(turn), answer, deps.now());
            log.info({ event: 'expert-ticket-answered', ticket: t.number }, 'ticket answered');
            const delivered = await toAsker(
              answered,
              expertAnswerCard({ ticketId: answered.id, number: answered.number, question: answered.question, answer, answeredBy: whoAmI(turn).name, feedback: 'ask' }),
              `Antwoord van een expert op uw vraag ${answered.number}`,
            );
            await updateChannelCard(delivered);
            return { card: ticketCard(delivered, turn) };
          }),
      }),
      executeAction({
        verb: EXPERT_VERBS.close,
        schema: closeSchema,
        run: (turn, data) =>
          expertAction(turn, data.ticketId, async (t) => {
            const reason = data.reason.trim();
            if (reason === '') return { message: 'Vul een reden in: de vrager ziet die. Er is niets veranderd.' };
            if (reason.length > 500) return { message: 'De reden is te lang (meer dan 500 tekens). Er is niets veranderd.' };
            const closed = await tickets.close(t.id, whoAmI(turn), reason, deps.now());
            log.info({ event: 'expert-ticket-closed', ticket: t.number }, 'ticket closed without an answer');
            const delivered = await toAsker(closed, expertClosedCard({ number: closed.number, question: closed.question, reason }), `Uw vraag ${closed.number} is gesloten`);
            await updateChannelCard(delivered);
            return { card: ticketCard(delivered, turn) };
          }),
      }),
      executeAction({
        verb: EXPERT_VERBS.draft,
        schema: ticketRef,
        leaderOnly: true,
        async run(turn, data) {
          const t = tickets.get(data.ticketId);
          if (!t || t.status === 'erased') return { message: 'Deze vraag bestaat niet meer.' };
          if (t.status !== 'answered' || !t.answer) return { message: 'Alleen van een beantwoorde vraag kan een concept worden gemaakt.' };
          const { written } = await writeDraft(deps.dataDir, t, deps.redact, fileExists);
          if (!written) return { message: `Er is al een concept voor vraag ${t.number}. Er is niets veranderd.` };
          const drafted = await tickets.setDraft(t.id, turn.userId, deps.now());
          log.info({ event: 'expert-draft-made', ticket: t.number }, 'draft knowledge entry written');
          await updateChannelCard(drafted);
          return { card: ticketCard(drafted, turn) };
        },
      }),
      executeAction({
        verb: EXPERT_VERBS.feedback,
        schema: ticketRef.extend({ helpful: z.boolean() }),
        async run(turn, data) {
          const t = await tickets.setHelpful(data.ticketId, turn.userId, data.helpful);
          if (!t?.answer) return { message: 'Deze vraag bestaat niet meer.' };
          log.info({ event: 'expert-feedback', ticket: t.number, helpful: data.helpful }, 'feedback on an expert answer');
          return { card: expertAnswerCard({ ticketId: t.id, number: t.number, question: t.question, answer: t.answer, answeredBy: t.handlerName ?? 'een expert', feedback: 'thanks' }) };
        },
      }),
    ],
  };
}

