import { adaptiveCard, buttonRows, escapeText, execute, heading, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { MEETING_VERBS } from './meetingVerbs.ts';

export interface CancelMeetingView {
  meetingId: string;
  title: string;
  when: string;
  /** Later planned meetings of the same series. */
  laterInSeries: number;
}

/** Asks the leader to confirm before a meeting is cancelled (the groups get a message). */
export function meetingCancelCard(v: CancelMeetingView): AdaptiveCard {
  const actions: CardElement[] = [execute('Ja, deze annuleren', MEETING_VERBS.cancel, { meetingId: v.meetingId, scope: 'one' }, { style: 'destructive' })];
  if (v.laterInSeries > 0) {
    actions.push(execute(`Deze en de ${v.laterInSeries} volgende annuleren`, MEETING_VERBS.cancel, { meetingId: v.meetingId, scope: 'series' }, { style: 'destructive' }));
  }
  actions.push(execute('Nee, terug', MEETING_VERBS.view, { meetingId: v.meetingId }));
  return adaptiveCard(
    [
      heading('Vergadering annuleren?'),
      text(`**${escapeText(v.title)}**, ${v.when}.`),
      text('De kanalen, chats en volgers van de groep krijgen een kort bericht dat de vergadering niet doorgaat.'),
      ...(v.laterInSeries > 0 ? [text(`Deze vergadering hoort bij een reeks. Er staan er daarna nog ${v.laterInSeries} gepland.`, { size: 'Small' })] : []),
      ...buttonRows(actions, 1),
    ],
    { fallbackText: `Vergadering annuleren? ${v.title}, ${v.when}.` },
  );
}
