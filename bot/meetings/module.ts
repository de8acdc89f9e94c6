import type { GroupsModule } from '../groups/module.ts';
import type { AppModule, Platform } from '../platform/module.ts';
import { calendarRoute } from './calendarRoute.ts';
import { createMeetingService } from './meetingService.ts';
import { createMeetingsFeature } from './meetingsFeature.ts';
import { openMeetingStore } from './meetingStore.ts';
import { createMeetingViews } from './meetingViews.ts';
import { createReminderScheduler, type ReminderScheduler, type SchedulerOptions } from './reminderScheduler.ts';

export interface MeetingsModuleDeps {
  groups: Pick<GroupsModule, 'groups' | 'targets' | 'countUpcoming'>;
  /** Reminder scheduler tuning (pacing, batch size); for the benchmark and tests. */
  reminderOptions?: SchedulerOptions | undefined;
}

/** Meetings with RSVP, the durable reminder scheduler and the .ics route (when PUBLIC_BASE_URL is set). */
export async function createMeetingsModule(platform: Platform, deps: MeetingsModuleDeps): Promise<AppModule> {
  const { config, conversations, clock, log, delivery } = platform;
  const { groups, targets } = deps.groups;
  const store = await openMeetingStore(platform.stores);
  let scheduler: ReminderScheduler | undefined;
  const service = createMeetingService({
    store,
    groupExists: (id) => groups.get(id) !== undefined,
    clock,
    log,
    zone: config.timezone,
    projectLeaders: config.projectLeaders,
    rsvpRetentionDays: config.retention.rsvpDaysAfterMeeting,
    // The scheduler is built from the service's views; it re-arms after every change.
    onScheduleChanged: () => {
      if (platform.runsBackground()) scheduler?.poke();
    },
  });
  const views = createMeetingViews({ service, store, groups, clock, publicBaseUrl: config.publicBaseUrl, targets });
  const reminders = createReminderScheduler({
    store,
    clock,
    log,
    delivery,
    compose: views.composer,
    targets,
    conversation: (id) => conversations.get(id),
    markInactive: (id, reason) => conversations.markInactive(id, reason),
    ...(deps.reminderOptions ? { options: deps.reminderOptions } : {}),
  });
  scheduler = reminders;
  deps.groups.countUpcoming((groupId) => service.upcoming([groupId]).length);
  return {
    name: 'meetings',
    features: [createMeetingsFeature({ service, groups, views, log, timezone: config.timezone, rsvpRetentionDays: config.retention.rsvpDaysAfterMeeting })],
    stores: [store],
    erasers: [{ name: 'rsvps', erase: (id) => service.erasePerson(id) }],
    retention: [{ name: 'meetings', purge: async (now) => (await store.purge(now, config.retention.rsvpDaysAfterMeeting)).rsvps }],
    health: { reminders: () => reminders.state() },
    routes: config.publicBaseUrl ? [calendarRoute({ store, groupName: views.groupName, log })] : [],
    start: () => reminders.start(),
    // A meeting planned or moved on another instance: re-arm on its times.
    resync: () => reminders.poke(),
    idle: () => reminders.idle(),
    stop: () => reminders.stop(),
  };
}
