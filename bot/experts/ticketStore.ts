import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { StoreStatus } from '../platform/store/jsonStore.ts';
import { backendOf, type StoreLocation } from '../platform/store/storeBackend.ts';

/**
 * Tickets of "Vraag het een expert": the question, the answer, ids and timestamps. The asker's display name is
 * kept only when they allowed the expert to see it (the ticket card shows it), and goes with the ticket.
 */
export const ticketStatusSchema = z.enum(['new', 'picked', 'answered', 'closed', 'erased']);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const ticketSchema = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  question: z.string().max(2000),
  askerId: z.string().min(1),
  /** Only when the asker chose "expert mag mijn naam zien". */
  askerName: z.string().max(200).optional(),
  askerConversationId: z.string().min(1),
  channelConversationId: z.string().min(1),
  /** The ticket card's message in the experts' channel, once sent. */
  channelActivityId: z.string().optional(),
  createdAt: z.iso.datetime(),
  status: ticketStatusSchema,
  handlerId: z.string().optional(),
  handlerName: z.string().max(200).optional(),
  pickedAt: z.iso.datetime().optional(),
  answer: z.object({ text: z.string().max(4000), link: z.string().max(500).optional(), source: z.string().max(300).optional() }).optional(),
  answeredAt: z.iso.datetime().optional(),
  closeReason: z.string().max(500).optional(),
  closedAt: z.iso.datetime().optional(),
  /** What happened to the answer on its way to the asker. */
  delivery: z.enum(['sent', 'unreachable', 'failed']).optional(),
  helpful: z.boolean().optional(),
  /**
   * The one reminder after 2 working days: 'sending' is written before the send, so a crash in between leaves
   * 'sending' and the next start counts it 'uncertain' instead of sending it again (at most once).
   */
  reminder: z.enum(['sending', 'sent', 'uncertain', 'failed']).optional(),
  /** When a leader turned the answer into a draft knowledge entry (`Maak concept`). */
  draftAt: z.iso.datetime().optional(),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** Who did what to which ticket, when: never any text. */
export const auditSchema = z.object({ at: z.iso.datetime(), ticket: z.number().int(), actor: z.string(), action: z.string() });
export type AuditEntry = z.infer<typeof auditSchema>;

const fileSchema = z.object({
  expertsGroupId: z.string().optional(),
  lastNumber: z.number().int().nonnegative(),
  tickets: z.array(ticketSchema),
  audit: z.array(auditSchema),
});

/** A ticket action that cannot happen in the ticket's state; the message is what the person sees. */
export class TicketStateError extends Error {
  constructor(
    message: string,
    readonly ticket: Ticket | undefined,
  ) {
    super(message);
    this.name = 'TicketStateError';
  }
}

export interface NewTicket {
  question: string;
  askerId: string;
  askerName: string | undefined;
  askerConversationId: string;
  channelConversationId: string;
}

export interface TicketStore {
  expertsGroupId(): string | undefined;
  setExpertsGroup(groupId: string | undefined, actor: string, now: Date): Promise<void>;
  get(id: string): Ticket | undefined;
  list(): readonly Ticket[];
  create(input: NewTicket, now: Date): Promise<Ticket>;
  setChannelActivity(id: string, activityId: string): Promise<void>;
  /** A ticket that never reached the experts' channel is not kept. */
  remove(id: string): Promise<void>;
  pickUp(id: string, who: { id: string; name: string }, now: Date): Promise<Ticket>;
  answer(id: string, who: { id: string; name: string }, answer: NonNullable<Ticket['answer']>, now: Date): Promise<Ticket>;
  close(id: string, who: { id: string; name: string }, reason: string, now: Date): Promise<Ticket>;
  setDelivery(id: string, delivery: NonNullable<Ticket['delivery']>): Promise<void>;
  setReminder(id: string, state: NonNullable<Ticket['reminder']>): Promise<void>;
  setDraft(id: string, actor: string, now: Date): Promise<Ticket>;
  setHelpful(id: string, askerId: string, helpful: boolean): Promise<Ticket | undefined>;
  /** `vergeet mij`: the asker's tickets lose their text and name and become "erased"; returns them. */
  eraseAsker(askerId: string, now: Date): Promise<Ticket[]>;
  /** Deletes tickets answered, closed or erased more than `days` ago, and audit entries older than `auditDays`. */
  purge(now: Date, days: number, auditDays: number): Promise<number>;
  audit(): readonly AuditEntry[];
  flush(): Promise<void>;
  status(): StoreStatus;
}

const DAY = 86_400_000;

export async function openTicketStore(where: StoreLocation): Promise<TicketStore> {
  const store = await backendOf(where).open({
    name: 'experts.json',
    schema: fileSchema,
    initial: () => ({ lastNumber: 0, tickets: [], audit: [] }),
    version: 1,
  });
  const must = (d: z.infer<typeof fileSchema>, id: string): Ticket => {
    const t = d.tickets.find((x) => x.id === id);
    if (!t || t.status === 'erased') throw new TicketStateError('Deze vraag bestaat niet meer.', undefined);
    return t;
  };
  const log = (d: z.infer<typeof fileSchema>, t: Pick<Ticket, 'number'>, actor: string, action: string, now: Date) => {
    d.audit.push({ at: now.toISOString(), ticket: t.number, actor, action });
  };
  return {
    expertsGroupId: () => store.read().expertsGroupId,
    setExpertsGroup: (groupId, actor, now) =>
      store.update((d) => {
        if (groupId === undefined) delete d.expertsGroupId;
        else d.expertsGroupId = groupId;
        log(d, { number: 0 }, actor, groupId === undefined ? 'experts-group-cleared' : 'experts-group-set', now);
      }),
    get: (id) => store.read().tickets.find((t) => t.id === id),
    list: () => store.read().tickets,
    create: (input, now) =>
      store.update((d) => {
        d.lastNumber += 1;
        const ticket: Ticket = {
          id: randomUUID(),
          number: d.lastNumber,
          question: input.question,
          askerId: input.askerId,
          ...(input.askerName ? { askerName: input.askerName } : {}),
          askerConversationId: input.askerConversationId,
          channelConversationId: input.channelConversationId,
          createdAt: now.toISOString(),
          status: 'new',
        };
        d.tickets.push(ticket);
        log(d, ticket, input.askerId, 'asked', now);
        return ticket;
      }),
    setChannelActivity: (id, activityId) =>
      store.update((d) => {
        must(d, id).channelActivityId = activityId;
      }),
    remove: (id) =>
      store.update((d) => {
        d.tickets = d.tickets.filter((t) => t.id !== id);
      }),
    pickUp: (id, who, now) =>
      store.update((d) => {
        const t = must(d, id);
        if (t.status === 'picked' && t.handlerId === who.id) return t;
        if (t.status !== 'new') throw new TicketStateError(stateMessage(t), t);
        Object.assign(t, { status: 'picked', handlerId: who.id, handlerName: who.name, pickedAt: now.toISOString() });
        log(d, t, who.id, 'picked-up', now);
        return t;
      }),
    answer: (id, who, answer, now) =>
      store.update((d) => {
        const t = must(d, id);
        // The first answer wins; someone else's pick-up does not stop an answer (the expert may be away).
        if (t.status === 'answered' || t.status === 'closed') throw new TicketStateError(stateMessage(t), t);
        Object.assign(t, { status: 'answered', handlerId: who.id, handlerName: who.name, answer, answeredAt: now.toISOString() });
        log(d, t, who.id, 'answered', now);
        return t;
      }),
    close: (id, who, reason, now) =>
      store.update((d) => {
        const t = must(d, id);
        if (t.status === 'answered' || t.status === 'closed') throw new TicketStateError(stateMessage(t), t);
        Object.assign(t, { status: 'closed', handlerId: who.id, handlerName: who.name, closeReason: reason, closedAt: now.toISOString() });
        log(d, t, who.id, 'closed', now);
        return t;
      }),
    setDelivery: (id, delivery) =>
      store.update((d) => {
        const t = d.tickets.find((x) => x.id === id);
        if (t) t.delivery = delivery;
      }),
    setReminder: (id, state) =>
      store.update((d) => {
        const t = d.tickets.find((x) => x.id === id);
        if (t) t.reminder = state;
      }),
    setDraft: (id, actor, now) =>
      store.update((d) => {
        const t = must(d, id);
        t.draftAt = now.toISOString();
        log(d, t, actor, 'draft-made', now);
        return t;
      }),
    setHelpful: (id, askerId, helpful) =>
      store.update((d) => {
        const t = d.tickets.find((x) => x.id === id && x.askerId === askerId && x.status === 'answered');
        if (t) t.helpful = helpful;
        return t;
      }),
    eraseAsker: (askerId, now) =>
      store.update((d) => {
        const erased: Ticket[] = [];
        for (const t of d.tickets) {
          if (t.askerId !== askerId || t.status === 'erased') continue;
          t.status = 'erased';
          t.question = '';
          t.askerId = 'erased';
          delete t.askerName;
          delete t.answer;
          delete t.closeReason;
          delete t.helpful;
          t.askerConversationId = 'erased';
          t.closedAt = now.toISOString();
          log(d, t, 'asker', 'erased-on-request', now);
          erased.push({ ...t });
        }
        return erased;
      }),
    purge: (now, days, auditDays) =>
      store.update((d) => {
        const before = d.tickets.length;
        const cutoff = now.getTime() - days * DAY;
        d.tickets = d.tickets.filter((t) => {
          const ended = t.closedAt ?? t.answeredAt;
          return ended === undefined || t.status === 'new' || t.status === 'picked' || Date.parse(ended) >= cutoff;
        });
        const auditCutoff = now.getTime() - auditDays * DAY;
        d.audit = d.audit.filter((a) => Date.parse(a.at) >= auditCutoff);
        return before - d.tickets.length;
      }),
    audit: () => store.read().audit,
    flush: () => store.flush(),
    status: () => store.status(),
  };
}

/** Why an action cannot happen now, as the expert reads it. */
export function stateMessage(t: Ticket): string {
  switch (t.status) {
    case 'picked':
      return `${t.handlerName ?? 'Een andere expert'} heeft deze vraag al opgepakt.`;
    case 'answered':
      return `Deze vraag is al beantwoord door ${t.handlerName ?? 'een andere expert'}.`;
    case 'closed':
      return 'Deze vraag is al gesloten.';
    case 'erased':
      return 'Deze vraag is verwijderd op verzoek van de vrager.';
    default:
      return 'Dit kan nu niet.';
  }
}
