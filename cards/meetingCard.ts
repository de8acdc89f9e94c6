import { actionSet, adaptiveCard, escapeText, execute, factSet, heading, openUrl, statusBox, statusText, text, userMarkdown, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { MEETING_VERBS } from './meetingVerbs.ts';

export type RsvpAnswer = 'yes' | 'no' | 'maybe';

export interface RsvpCountsView {
  yes: number;
  no: number;
  maybe: number;
}

export interface MeetingCardView {
  meetingId: string;
  /** Typed by a leader: escaped here. */
  title: string;
  groupName: string;
  /** Our own text: "dinsdag 3 maart, 14.00–16.00 uur". */
  when: string;
  location?: string;
  onlineUrl?: string;
  agenda?: string;
  agendaUrl?: string;
  state: 'planned' | 'cancelled' | 'past';
  counts: RsvpCountsView;
  /** Our own text above the title, e.g. "Herinnering · morgen". */
  lead?: string;
  /** Our own text in a coloured box, e.g. the confirmation after planning. */
  banner?: { text: string; tone: 'good' | 'warning' | 'attention' };
  /** Only in a card made for one person (an Action.Execute answer). */
  myAnswer?: RsvpAnswer;
  calendarUrl?: string;
  /** Wie komt er? / Wijzigen / Annuleren: only in cards made for a leader. */
  leaderActions?: boolean;
  /** Adds the refresh action, so Teams fetches the up-to-date card (counts) for each viewer. */
  refresh?: boolean;
}

export const ANSWER_LABELS: Readonly<Record<RsvpAnswer, string>> = { yes: 'Ik kom', no: 'Ik kan niet', maybe: 'Misschien' };

export function countsText(c: RsvpCountsView): string {
  const total = c.yes + c.no + c.maybe;
  if (total === 0) return 'Nog niemand heeft geantwoord.';
  return `${c.yes} ${c.yes === 1 ? 'komt' : 'komen'} · ${c.no} ${c.no === 1 ? 'kan' : 'kunnen'} niet · ${c.maybe} misschien`;
}

/** The reminder card, and the card of a meeting wherever it is shown (list, confirmation, refresh). */
export function meetingCard(v: MeetingCardView): AdaptiveCard {
  const body: CardElement[] = [];
  if (v.lead) body.push(text(v.lead, { size: 'Small', weight: 'Bolder', color: 'Accent', spacing: 'None' }));
  if (v.banner) body.push(statusBox(v.banner.text, v.banner.tone));
  body.push(heading(escapeText(v.title)));
  body.push(text(escapeText(v.groupName), { isSubtle: true, spacing: 'None' }));
  if (v.state === 'cancelled') body.push(statusText('**Deze vergadering gaat niet door.**', 'attention'));

  const facts = [{ title: 'Wanneer', value: v.when }];
  if (v.location) facts.push({ title: 'Waar', value: escapeText(v.location) });
  // The Deelnemen button is only there while the meeting is planned; so is the line that points at it.
  if (v.onlineUrl && v.state === 'planned') facts.push({ title: 'Online', value: v.location ? 'Ook online: gebruik de knop Deelnemen' : 'Gebruik de knop Deelnemen' });
  body.push(factSet(facts));
  // The agenda keeps the leader's lines, lists and bold; a link to it is text, not one more button.
  if (v.agenda || v.agendaUrl) body.push(text('**Agenda**', { spacing: 'Medium' }));
  if (v.agenda) body.push(text(userMarkdown(v.agenda), { spacing: 'Small' }));
  if (v.agendaUrl) body.push(text(`[Agenda openen](${markdownUrl(v.agendaUrl)})`, { spacing: 'Small' }));

  if (v.state === 'planned') {
    body.push(text(`**Wie komt er?** ${countsText(v.counts)}`, { spacing: 'Medium' }));
    if (v.myAnswer) body.push(text(`Uw antwoord: **${ANSWER_LABELS[v.myAnswer]}**. U kunt het nog veranderen.`, { size: 'Small', spacing: 'Small' }));
    // Only the chosen answer looks chosen (✓ and the positive style); before a choice, none does.
    const rsvp = (answer: RsvpAnswer) =>
      v.myAnswer === answer
        ? execute(`✓ ${ANSWER_LABELS[answer]}`, MEETING_VERBS.rsvp, { meetingId: v.meetingId, answer }, { style: 'positive' })
        : execute(ANSWER_LABELS[answer], MEETING_VERBS.rsvp, { meetingId: v.meetingId, answer });
    body.push(actionSet([rsvp('yes'), rsvp('no'), rsvp('maybe')]));
  } else if (v.state === 'past') {
    body.push(text(`Deze vergadering is voorbij. ${countsText(v.counts)}`, { isSubtle: true }));
  }

  const links: CardElement[] = [];
  if (v.state === 'planned' && v.onlineUrl) links.push(openUrl('Deelnemen', v.onlineUrl, { style: 'positive' }));
  // For a cancelled meeting the caller passes a calendar link only when it removes the meeting (a calendar file).
  if (v.state !== 'past' && v.calendarUrl) links.push(openUrl(v.state === 'cancelled' ? 'Uit mijn agenda halen' : 'Zet in mijn agenda', v.calendarUrl));
  if (links.length > 0) body.push(actionSet(links));

  if (v.leaderActions && v.state === 'planned') {
    // Behind one button, so the card keeps at most 6 (cards/README.md, rule 4); one a row, so each label shows whole.
    const manage = [
      execute('Wie komt er?', MEETING_VERBS.attendees, { meetingId: v.meetingId }),
      execute('Wijzigen of verplaatsen', MEETING_VERBS.edit, { meetingId: v.meetingId }),
      execute('Annuleren', MEETING_VERBS.cancelAsk, { meetingId: v.meetingId }, { style: 'destructive' }),
    ];
    body.push(
      text('Voor de projectleider', { size: 'Small', isSubtle: true, spacing: 'Medium', separator: true }),
      actionSet([{ type: 'Action.ShowCard', title: 'Beheren', card: { type: 'AdaptiveCard', body: manage.map((a) => actionSet([a], { spacing: 'Small' })) } }], { spacing: 'Small' }),
    );
  }

  const options: Parameters<typeof adaptiveCard>[1] = {
    fallbackText: `${v.state === 'cancelled' ? 'Gaat niet door: ' : ''}${v.title} (${v.groupName}), ${v.when}.`,
  };
  if (v.refresh) options.refresh = { action: execute('Vernieuwen', MEETING_VERBS.view, { meetingId: v.meetingId }) };
  return adaptiveCard(body, options);
}

/** A URL typed by a leader inside a markdown link: parentheses and spaces would end or break the link. */
function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

/** Plain text for the notification and screen readers. */
export function meetingSummary(v: Pick<MeetingCardView, 'title' | 'when' | 'state' | 'lead'>): string {
  const prefix = v.state === 'cancelled' ? 'Gaat niet door: ' : v.lead ? `${v.lead}: ` : '';
  return `${prefix}${v.title}, ${v.when}`;
}
