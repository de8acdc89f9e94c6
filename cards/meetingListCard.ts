import { adaptiveCard, container, escapeText, heading, submit, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
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

/**
 * `vergaderingen`: the upcoming meetings; each is a row to tap that opens its card (no wall of identical
 * "Bekijken" buttons). A screen reader hears "Bekijken" and, as its description (the tooltip), which meeting: "Bekijk <title>, <when>".
 */
export function meetingListCard(v: MeetingListView): AdaptiveCard {
  const body: CardElement[] = [heading(v.title)];
  if (v.intro) body.push(text(v.intro, { isSubtle: true, spacing: 'None' }));
  if (v.items.length === 0) body.push(text(v.emptyText));
  v.items.forEach((m, i) => {
    body.push(
      container(
        [
          text(`› **${escapeText(m.title)}**`, { color: 'Accent' }),
          text(`${m.when} · ${escapeText(m.groupName)}`, { size: 'Small', spacing: 'None' }),
          text(countsText(m.counts), { size: 'Small', isSubtle: true, spacing: 'None' }),
        ],
        { separator: i > 0, spacing: 'Medium', selectAction: { ...submit('Bekijken', { verb: MEETING_VERBS.show, meetingId: m.meetingId }), tooltip: `Bekijk ${m.title}, ${m.when}` } },
      ),
    );
  });
  if (v.more > 0) body.push(text(`En nog ${v.more} ${v.more === 1 ? 'vergadering' : 'vergaderingen'} later.`, { isSubtle: true }));
  const actions = v.canPlan ? [submit('Nieuwe vergadering plannen', { verb: MEETING_VERBS.create })] : [];
  return adaptiveCard(body, { actions, fallbackText: `${v.title}: ${v.items.map((m) => `${m.title} (${m.when})`).join('; ') || v.emptyText}` });
}
