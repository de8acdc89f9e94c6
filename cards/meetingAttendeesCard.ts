import { actionSet, adaptiveCard, escapeText, execute, heading, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { MEETING_VERBS } from './meetingVerbs.ts';

export interface AttendeesView {
  meetingId: string;
  title: string;
  when: string;
  yes: readonly string[];
  no: readonly string[];
  maybe: readonly string[];
  /** Days after the meeting that the answers are kept (the configured retention). */
  retentionDays?: number;
}

/** "Wie komt er?" for the project leader: the names Teams gave, per answer. */
export function meetingAttendeesCard(v: AttendeesView): AdaptiveCard {
  const section = (label: string, names: readonly string[]): CardElement[] => [
    text(`**${label} (${names.length})**`, { spacing: 'Medium' }),
    text(names.length > 0 ? names.map((n) => `- ${escapeText(n)}`).join('\n') : 'Niemand', { spacing: 'Small', isSubtle: names.length === 0 }),
  ];
  return adaptiveCard(
    [
      heading(`Wie komt er? ${escapeText(v.title)}`),
      text(v.when, { isSubtle: true, spacing: 'None' }),
      ...section('Komen', v.yes),
      ...section('Kunnen niet', v.no),
      ...section('Misschien', v.maybe),
      text(`Alleen u als projectleider ziet deze namen. ${v.retentionDays === undefined ? 'Een tijd na de vergadering worden de antwoorden gewist.' : `${v.retentionDays} dagen na de vergadering worden de antwoorden gewist.`}`, { size: 'Small', isSubtle: true, spacing: 'Medium' }),
      actionSet([execute('Terug naar de vergadering', MEETING_VERBS.view, { meetingId: v.meetingId })]),
    ],
    { fallbackText: `Wie komt er: ${v.yes.length} komen, ${v.no.length} kunnen niet, ${v.maybe.length} misschien.` },
  );
}
