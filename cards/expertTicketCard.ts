import { adaptiveCard, buttonRows, container, escapeText, execute, factSet, heading, statusText, text, userMarkdown, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { EXPERT_VERBS } from './expertVerbs.ts';

export interface TicketCardView {
  ticketId: string;
  number: number;
  status: 'new' | 'picked' | 'answered' | 'closed' | 'erased';
  question: string;
  /** "3 december 2026, 14.05 uur" */
  askedAt: string;
  /** The asker's name when they allowed it; undefined: "anoniem". */
  askedBy: string | undefined;
  handlerName?: string | undefined;
  answer?: { text: string; link?: string | undefined; source?: string | undefined } | undefined;
  closeReason?: string | undefined;
  /** The answer could not reach the asker (the app was removed). */
  unreachable?: boolean;
  /** A leader made a draft knowledge entry of the answer. */
  draftMade?: boolean;
  /**
   * The viewer is a project leader: an answered ticket offers Maak concept. Only in the card a leader gets back
   * (a click's answer, or the refresh Teams asks for each viewer); the card in the channel is everyone's.
   */
  canDraft?: boolean;
}

function statusLine(v: TicketCardView): string {
  const who = escapeText(v.handlerName ?? 'een expert');
  switch (v.status) {
    case 'new':
      return 'nieuw';
    case 'picked':
      return `opgepakt door ${who}`;
    case 'answered':
      return `beantwoord door ${who}`;
    case 'closed':
      return `gesloten door ${who}`;
    case 'erased':
      return 'verwijderd op verzoek';
  }
}

/** The inputs of the answer form (inside the Beantwoorden ShowCard). */
function answerForm(ticketId: string): CardElement {
  return {
    type: 'AdaptiveCard',
    body: [
      { type: 'Input.Text', id: 'answer', label: 'Antwoord', isMultiline: true, isRequired: true, errorMessage: 'Vul een antwoord in.', maxLength: 4000, placeholder: 'Een lijst: begin elke regel met 1. of -. Vet: **zo**.' },
      { type: 'Input.Text', id: 'link', label: 'Link (niet verplicht)', style: 'Url', maxLength: 500, placeholder: 'https://…' },
      { type: 'Input.Text', id: 'source', label: 'Bron (niet verplicht)', maxLength: 300, placeholder: 'Bijvoorbeeld: Meldcode, stap 2' },
    ],
    actions: [execute('Antwoord versturen', EXPERT_VERBS.answer, { ticketId }, { style: 'positive', associatedInputs: 'auto' })],
  };
}

function closeForm(ticketId: string): CardElement {
  return {
    type: 'AdaptiveCard',
    body: [
      { type: 'Input.Text', id: 'reason', label: 'Reden (de vrager ziet dit)', isMultiline: true, isRequired: true, errorMessage: 'Vul een reden in.', maxLength: 500, placeholder: 'Bijvoorbeeld: bel hiervoor Veilig Thuis.' },
    ],
    actions: [execute('Sluiten', EXPERT_VERBS.close, { ticketId }, { style: 'destructive', associatedInputs: 'auto' })],
  };
}

/** The ticket in the experts' channel: what was asked, its status, and what an expert can do now. */
export function expertTicketCard(v: TicketCardView): AdaptiveCard {
  const body: CardElement[] = [heading(`Vraag ${v.number} voor de experts`)];
  if (v.status === 'erased') {
    body.push(text('Deze vraag is verwijderd op verzoek van de vrager.'));
    return adaptiveCard(body, { fallbackText: `Vraag ${v.number}: verwijderd op verzoek` });
  }
  body.push(
    container([text(escapeText(v.question))], { style: 'emphasis' }),
    factSet([
      { title: 'Gesteld', value: v.askedAt },
      { title: 'Door', value: v.askedBy ? escapeText(v.askedBy) : 'anoniem' },
      { title: 'Status', value: statusLine(v) },
    ]),
  );
  if (v.status === 'answered' && v.answer) {
    body.push(text('**Antwoord**', { spacing: 'Medium' }), text(userMarkdown(v.answer.text)));
    if (v.answer.link) body.push(text(`[${escapeText(v.answer.link)}](${v.answer.link})`, { size: 'Small' }));
    if (v.answer.source) body.push(text(`Bron: ${escapeText(v.answer.source)}`, { size: 'Small', isSubtle: true }));
    if (v.unreachable) body.push(statusText('Het antwoord is niet aangekomen: de vrager heeft Meldwijzer verwijderd.', 'warning'));
    if (v.draftMade) body.push(statusText('Concept gemaakt voor de kennisbank (wacht op controle).', 'good', { size: 'Small' }));
    // The leader's step into the knowledge base, in the leader's own view of the card only.
    else if (v.canDraft) body.push(...buttonRows([execute('Maak concept', EXPERT_VERBS.draft, { ticketId: v.ticketId })], 1, { spacing: 'Medium' }));
  }
  if (v.status === 'closed' && v.closeReason) body.push(text(`Reden: ${escapeText(v.closeReason)}`, { size: 'Small' }));
  const open = v.status === 'new' || v.status === 'picked';
  if (open) {
    const actions: CardElement[] = [];
    if (v.status === 'new') actions.push(execute('Ik pak dit op', EXPERT_VERBS.pickUp, { ticketId: v.ticketId }, { style: 'positive' }));
    actions.push({ type: 'Action.ShowCard', title: 'Beantwoorden', card: answerForm(v.ticketId) });
    body.push(...buttonRows(actions, 2, { spacing: 'Medium' }));
    // A row of its own: the label is too long to share a row on a phone.
    body.push(...buttonRows([{ type: 'Action.ShowCard', title: 'Sluiten zonder antwoord', card: closeForm(v.ticketId) }], 1, { spacing: 'Small' }));
  }
  return adaptiveCard(body, {
    fallbackText: `Vraag ${v.number} voor de experts: ${statusLine(v)}`,
    // Universal Actions' user-specific view: Teams asks the bot for each viewer's card (automatically in a channel
    // of at most 60 members, else on the viewer's click), and a leader's card has Maak concept. No userIds: the
    // bot knows leaders by Azure AD object id, and userIds wants their Teams ids.
    refresh: { action: { type: 'Action.Execute', title: 'Vernieuwen', verb: EXPERT_VERBS.refresh, data: { ticketId: v.ticketId } } },
  });
}

export interface TicketListView {
  tickets: Array<{ number: number; askedAt: string; status: string; question: string }>;
}

/** `tickets`: the open questions, oldest first. */
export function expertTicketListCard(v: TicketListView): AdaptiveCard {
  const body: CardElement[] = [heading('Open vragen voor de experts')];
  if (v.tickets.length === 0) body.push(text('Er zijn geen open vragen.'));
  for (const t of v.tickets) {
    body.push(container([text(`**Vraag ${t.number}** · ${t.askedAt} · ${escapeText(t.status)}`), text(escapeText(t.question), { size: 'Small' })], { separator: true, spacing: 'Small' }));
  }
  return adaptiveCard(body, { fallbackText: `${v.tickets.length} open vragen voor de experts` });
}

/** The one reminder in the experts' channel for a ticket that waits 2 working days. */
export function expertReminderCard(v: { number: number; question: string; status: string }): AdaptiveCard {
  return adaptiveCard(
    [
      statusText(`**Vraag ${v.number} wacht al 2 werkdagen op een antwoord** (${escapeText(v.status)})`, 'warning'),
      text(escapeText(v.question), { size: 'Small' }),
      text('Beantwoord de vraag op de kaart van de vraag hierboven, of typ **tickets** voor alle open vragen.', { size: 'Small', isSubtle: true }),
    ],
    { fallbackText: `Vraag ${v.number} wacht al 2 werkdagen op een antwoord` },
  );
}
