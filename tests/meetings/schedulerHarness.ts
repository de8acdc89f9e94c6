import { memoryLogger } from '../../test-support/memoryLogger.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openGroupStore, type Group, type GroupStore } from '../../bot/groups/groupStore.ts';
import { DeliveryError } from '../../bot/platform/delivery/deliveryError.ts';
import type { OutgoingCard, ProactiveSender } from '../../bot/platform/delivery/proactiveSender.ts';
import { createMeetingService, type MeetingService } from '../../bot/meetings/meetingService.ts';
import { openMeetingStore, type MeetingStore } from '../../bot/meetings/meetingStore.ts';
import { createReminderScheduler, type ReminderScheduler } from '../../bot/meetings/reminderScheduler.ts';
import { reminderTargets } from '../../bot/groups/reach.ts';
import { openConversationStore, type ConversationRecord, type ConversationStore } from '../../bot/platform/store/conversationStore.ts';
import { ManualClock } from '../../test-support/manualClock.ts';
import { testDelivery } from '../../test-support/delivery.ts';

/** The meetings domain wired as main.ts does, with a fake sender and a ManualClock: for scheduler tests. */
export const LEADER_AAD = 'leader-aad';
export const MEMBER_AAD = 'member-aad';
export const CHANNEL_ID = '19:taskforce@thread.tacv2';
export const PERSONAL_ID = 'a:1member-personal';

export interface SentRecord {
  kind: 'send' | 'update';
  conversationId: string;
  at: string;
  card: Record<string, unknown>;
  activityId: string;
}

export type Behaviour = (conversation: ConversationRecord, attempt: number) => DeliveryError | undefined;

export interface Domain {
  dir: string;
  clock: ManualClock;
  store: MeetingStore;
  groups: GroupStore;
  conversations: ConversationStore;
  service: MeetingService;
  scheduler: ReminderScheduler;
  group: Group;
  sent: SentRecord[];
  logs: Array<Record<string, unknown>>;
  /** Per conversation, what the connector answers (undefined = accepted). */
  behaviour: { fn: Behaviour };
  settle(): Promise<void>;
  /** Stops the scheduler and opens everything again from the same directory (a restart). */
  restart(): Promise<Domain>;
}

export async function openDomain(options: { start?: string; dir?: string; clock?: ManualClock; sent?: SentRecord[]; setup?: boolean } = {}): Promise<Domain> {
  const dir = options.dir ?? (await mkdtemp(path.join(tmpdir(), 'meldwijzer-meetings-')));
  const clock = options.clock ?? new ManualClock(options.start ?? '2027-03-01T09:00:00Z');
  const { log, logs } = memoryLogger('debug');
  const store = await openMeetingStore(dir);
  const groups = await openGroupStore(dir);
  const conversations = await openConversationStore(dir);
  const sent = options.sent ?? [];
  const attempts = new Map<string, number>();
  const behaviour: { fn: Behaviour } = { fn: () => undefined };
  let n = sent.length;
  const sender: ProactiveSender<ConversationRecord> = {
    async send(conversation, message: OutgoingCard) {
      const key = conversation.conversationId;
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const err = behaviour.fn(conversation, attempt);
      if (err) throw err;
      const activityId = `act-${++n}`;
      sent.push({ kind: 'send', conversationId: key, at: clock.now().toISOString(), card: message.card, activityId });
      return { activityId };
    },
    async update(conversation, activityId, message) {
      sent.push({ kind: 'update', conversationId: conversation.conversationId, at: clock.now().toISOString(), card: message.card, activityId });
    },
  };
  let scheduler: ReminderScheduler | undefined;
  const service = createMeetingService({
    store,
    groupExists: (id) => groups.get(id) !== undefined,
    clock,
    log,
    zone: 'Europe/Amsterdam',
    projectLeaders: [LEADER_AAD],
    rsvpRetentionDays: 30,
    onScheduleChanged: () => scheduler?.poke(),
  });
  scheduler = createReminderScheduler({
    store,
    clock,
    log,
    // Transport time is the test's clock too, so a Retry-After pause passes when the test moves time on.
    delivery: testDelivery(sender, { ratePerSecond: 5000, clock }),
    compose: {
      reminder: (m) => ({ card: { kind: 'reminder', meetingId: m.id, start: m.start }, summary: 'herinnering' }),
      notice: (m, notice) => ({ card: { kind: 'notice', type: notice.type, meetingId: m.id, start: m.start }, summary: 'bericht' }),
      current: (m) => ({ card: { kind: 'current', meetingId: m.id, status: m.status, start: m.start }, summary: 'kaart' }),
    },
    targets: reminderTargets(groups, conversations),
    conversation: (id) => conversations.get(id),
    markInactive: (id, reason) => conversations.markInactive(id, reason),
    options: { retryBaseMs: 10_000 },
  });
  let group: Group;
  if (options.setup === false) {
    group = groups.list()[0] as Group;
  } else {
    group = await groups.create({ name: 'Taskforce HG/KM' });
    const base = { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', botId: '28:bot' };
    await conversations.upsert({ ...base, conversationId: CHANNEL_ID, conversationType: 'channel' });
    await conversations.upsert({ ...base, conversationId: PERSONAL_ID, conversationType: 'personal', userAadObjectId: MEMBER_AAD });
    await groups.link(group.id, CHANNEL_ID);
    await groups.follow(group.id, MEMBER_AAD);
  }
  await scheduler.start();
  const s = scheduler;
  const domain: Domain = {
    dir,
    clock,
    store,
    groups,
    conversations,
    service,
    scheduler: s,
    group,
    sent,
    logs,
    behaviour,
    async settle() {
      for (let i = 0; i < 50; i++) {
        await clock.advance(0);
        await s.idle();
        const st = s.state();
        if (!st.busy && st.dueNow === 0) return;
      }
      throw new Error('scheduler did not settle');
    },
    async restart() {
      await s.stop();
      await Promise.all([groups.flush(), conversations.flush()]);
      const next = await openDomain({ dir, clock, sent, setup: false });
      next.behaviour.fn = behaviour.fn;
      return next;
    },
  };
  return domain;
}

export const planValues = (groupId: string, extra: Record<string, string> = {}) => ({
  group: groupId,
  title: 'Taskforce-overleg voorjaar',
  date: '2027-03-28',
  startTime: '10:00',
  endTime: '12:00',
  location: 'Gemeentehuis Hilversum',
  ...extra,
});

export async function advanceTo(d: Domain, iso: string): Promise<void> {
  await d.clock.set(iso);
  await d.settle();
}
