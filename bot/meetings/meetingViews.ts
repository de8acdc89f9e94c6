import type { Clock } from '../platform/clock.ts';
import type { GroupStore } from '../groups/public.ts';
import type { OutgoingCard } from '../platform/delivery/proactiveSender.ts';
import { icsPath, outlookComposeUrl } from './calendar.ts';
import type { Meeting, Notice } from './meetingSchema.ts';
import type { MeetingService } from './meetingService.ts';
import type { MeetingStore } from './meetingStore.ts';
import { formatWhen, instantOf, untilText } from './meetingTime.ts';
import { formatMoment } from '../platform/dutchTime.ts';
import { MOMENT_LABELS } from './moments.ts';
import type { MessageComposer } from './reminderScheduler.ts';
import type { ConversationRecord } from '../platform/store/conversationStore.ts';
import { meetingCard, meetingSummary, type MeetingCardView } from '../../cards/meetingCard.ts';
import { meetingNoticeCard, meetingNoticeSummary, type MeetingNoticeView } from '../../cards/meetingNoticeCard.ts';
import type { AdaptiveCard } from '../../cards/cardKit.ts';

/** Turns meetings into card view models: one place that knows names, Dutch times and calendar links. */
export interface MeetingViews {
  groupName(groupId: string): string;
  when(m: Meeting): string;
  calendarUrl(m: Meeting): string;
  /** A meeting card; with `viewer` it is made for that person (their answer, leader buttons). */
  card(m: Meeting, options?: { viewer?: { id: string; isLeader: boolean }; lead?: string; banner?: MeetingCardView['banner'] }): AdaptiveCard;
  summary(m: Meeting, lead?: string): string;
  /** "Herinnering · morgen" when this activity is a reminder the bot sent to this conversation. */
  reminderLead(m: Meeting, conversationId: string, activityId: string | undefined): string | undefined;
  /** Where a group's messages go now. */
  reach(groupId: string): { conversations: number; followers: number };
  /** Lines about the reminder moments of a meeting, for the confirmation after planning. */
  reminderLines(m: Meeting): string[];
  composer: MessageComposer;
}

export interface MeetingViewDeps {
  service: MeetingService;
  store: MeetingStore;
  groups: GroupStore;
  clock: Clock;
  publicBaseUrl: string | undefined;
  targets(groupId: string): ConversationRecord[];
}

export function createMeetingViews(deps: MeetingViewDeps): MeetingViews {
  const { service, groups, clock } = deps;
  const groupName = (id: string) => groups.get(id)?.name ?? 'Groep bestaat niet meer';
  const when = (m: Meeting) => formatWhen(m.start, m.end, m.zone, clock.now());
  const calendarUrl = (m: Meeting) =>
    deps.publicBaseUrl ? `${deps.publicBaseUrl.replace(/\/$/, '')}${icsPath(m)}` : outlookComposeUrl(m, groupName(m.groupId));
  // Without a public address the link is Outlook's "new appointment": right to add a meeting, wrong to remove a
  // cancelled one. Only a calendar file (which says CANCEL) can take a cancelled meeting out of a calendar.
  const calendarLink = (m: Meeting): { calendarUrl?: string } => (m.status === 'cancelled' && !deps.publicBaseUrl ? {} : { calendarUrl: calendarUrl(m) });
  const state = (m: Meeting): MeetingCardView['state'] =>
    m.status === 'cancelled' ? 'cancelled' : instantOf(m.end, m.zone).toMillis() <= clock.now().getTime() ? 'past' : 'planned';
  const reminderLeadText = (m: Meeting) => `Herinnering · ${untilText(m.start, m.zone, clock.now())}`;

  function view(m: Meeting, options: Parameters<MeetingViews['card']>[1] = {}): MeetingCardView {
    const v: MeetingCardView = {
      meetingId: m.id,
      title: m.title,
      groupName: groupName(m.groupId),
      when: when(m),
      state: state(m),
      counts: service.counts(m.id),
      ...calendarLink(m),
      refresh: true,
    };
    if (m.location) v.location = m.location;
    if (m.onlineUrl) v.onlineUrl = m.onlineUrl;
    if (m.agenda) v.agenda = m.agenda;
    if (m.agendaUrl) v.agendaUrl = m.agendaUrl;
    if (options.lead) v.lead = options.lead;
    if (options.banner) v.banner = options.banner;
    if (options.viewer) {
      const answer = service.answerOf(m.id, options.viewer.id);
      if (answer) v.myAnswer = answer;
      v.leaderActions = options.viewer.isLeader;
    }
    return v;
  }

  function noticeView(m: Meeting, notice: Notice): MeetingNoticeView {
    const previousWhen = formatWhen(notice.previousStart, notice.previousEnd, m.zone, clock.now());
    const base = { meetingId: m.id, title: m.title, groupName: groupName(m.groupId), ...calendarLink(m) };
    return notice.type === 'moved'
      ? { kind: 'moved', ...base, when: when(m), previousWhen }
      : { kind: 'cancelled', ...base, previousWhen, following: notice.following ?? 0 };
  }

  const composer: MessageComposer = {
    reminder(m): OutgoingCard {
      const lead = reminderLeadText(m);
      return { card: meetingCard(view(m, { lead })), summary: meetingSummary({ title: m.title, when: when(m), state: 'planned', lead }) };
    },
    notice(m, notice): OutgoingCard {
      const v = noticeView(m, notice);
      return { card: meetingNoticeCard(v), summary: meetingNoticeSummary(v) };
    },
    current(m): OutgoingCard {
      const v = view(m);
      return { card: meetingCard(v), summary: meetingSummary(v) };
    },
  };

  return {
    groupName,
    when,
    calendarUrl,
    card: (m, options) => meetingCard(view(m, options)),
    summary: (m, lead) => meetingSummary({ title: m.title, when: when(m), state: state(m), ...(lead ? { lead } : {}) }),
    reminderLead(m, conversationId, activityId) {
      if (!activityId) return undefined;
      const jobs = Object.values(deps.store.read().jobs).filter((j) => j.meetingId === m.id && j.kind === 'reminder');
      const isReminder = jobs.some((j) => deps.store.deliveriesOf(j.id).some((d) => d.conversationId === conversationId && d.activityId === activityId));
      return isReminder && state(m) === 'planned' ? reminderLeadText(m) : undefined;
    },
    reach(groupId) {
      const t = deps.targets(groupId);
      return { conversations: t.filter((c) => c.conversationType !== 'personal').length, followers: t.filter((c) => c.conversationType === 'personal').length };
    },
    reminderLines(m) {
      return service.reminderPlan(m.id).map((r) => {
        const label = MOMENT_LABELS[r.moment];
        const at = formatMoment(r.dueAt, m.zone);
        return r.status === 'skipped' ? `${label}: was al voorbij, wordt niet verstuurd` : `${label}: ${at}`;
      });
    },
    composer,
  };
}
