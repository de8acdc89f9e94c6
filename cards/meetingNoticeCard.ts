import { adaptiveCard, buttonRows, escapeText, execute, openUrl, statusText, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { MEETING_VERBS } from './meetingVerbs.ts';

export type MeetingNoticeView =
  | { kind: 'moved'; meetingId: string; title: string; groupName: string; when: string; previousWhen: string; calendarUrl?: string }
  | { kind: 'cancelled'; meetingId: string; title: string; groupName: string; previousWhen: string; following: number; calendarUrl?: string };

/** The short message to a group's conversations when a meeting is moved or cancelled. */
export function meetingNoticeCard(v: MeetingNoticeView): AdaptiveCard {
  const body: CardElement[] = [];
  const links: CardElement[] = [];
  if (v.kind === 'moved') {
    body.push(
      statusText('**Vergadering verplaatst**', 'warning'),
      text(`**${escapeText(v.title)}** (${escapeText(v.groupName)}) is verplaatst naar **${v.when}**.`),
      text(`Was: ${v.previousWhen}.`, { isSubtle: true, spacing: 'Small' }),
    );
    links.push(execute('Bekijken en antwoorden', MEETING_VERBS.view, { meetingId: v.meetingId }));
    if (v.calendarUrl) links.push(openUrl('Zet in mijn agenda', v.calendarUrl));
  } else {
    body.push(
      statusText('**Vergadering gaat niet door**', 'attention'),
      text(`**${escapeText(v.title)}** (${escapeText(v.groupName)}) op ${v.previousWhen} gaat niet door.`),
    );
    if (v.following > 0) body.push(text(`Ook de ${v.following} ${v.following === 1 ? 'vergadering' : 'vergaderingen'} daarna van deze reeks ${v.following === 1 ? 'gaat' : 'gaan'} niet door.`));
    if (v.calendarUrl) links.push(openUrl('Uit mijn agenda halen', v.calendarUrl));
  }
  body.push(...buttonRows(links, 1));
  const fallback = v.kind === 'moved' ? `Verplaatst: ${v.title} is nu ${v.when} (was ${v.previousWhen}).` : `Gaat niet door: ${v.title} op ${v.previousWhen}.`;
  return adaptiveCard(body, { fallbackText: fallback });
}

export function meetingNoticeSummary(v: MeetingNoticeView): string {
  return v.kind === 'moved' ? `Verplaatst: ${v.title}, nu ${v.when}` : `Gaat niet door: ${v.title}, ${v.previousWhen}`;
}
