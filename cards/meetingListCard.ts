import { actionSet, adaptiveCard, container, escapeText, heading, submit, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { countsText, type RsvpCountsView } from './meetingCard.ts';
import { MEETING_VERBS } from './meetingVerbs.ts';

export interface MeetingListView {
  /** Our own text. */
  title: string;
  /** Our own text, may contain escaped group names. */
  intro?: string;
  items: ReadonlyArray<{ meetingId: string; title: string; groupName: string; when: string; counts: RsvpCountsView }>;
  /** How many more there are than shown. */
  more: number;
  /** Our own text, shown when there are no items. */
  emptyText: string;
  canPlan: boolean;
}

/** `vergaderingen`: the upcoming meetings, each with a button to open its card. */
export function meetingListCard(v: MeetingListView): AdaptiveCard {
  const body: CardElement[] = [heading(v.title)];
  if (v.intro) body.push(text(v.intro, { isSubtle: true, spacing: 'None' }));
  if (v.items.length === 0) body.push(text(v.emptyText));
  v.items.forEach((m, i) => {
    body.push(
      container(
        [
          text(`**${escapeText(m.title)}**`),
          text(`${m.when} · ${escapeText(m.groupName)}`, { size: 'Small', spacing: 'None' }),
          text(countsText(m.counts), { size: 'Small', isSubtle: true, spacing: 'None' }),
          actionSet([submit('Bekijken', { verb: MEETING_VERBS.show, meetingId: m.meetingId })], { spacing: 'Small' }),
        ],
        { separator: i > 0, spacing: 'Medium' },
      ),
    );
  });
  if (v.more > 0) body.push(text(`En nog ${v.more} ${v.more === 1 ? 'vergadering' : 'vergaderingen'} later.`, { isSubtle: true }));
  const actions = v.canPlan ? [submit('Nieuwe vergadering plannen', { verb: MEETING_VERBS.create })] : [];
  return adaptiveCard(body, { actions, fallbackText: `${v.title}: ${v.items.map((m) => `${m.title} (${m.when})`).join('; ') || v.emptyText}` });
}
