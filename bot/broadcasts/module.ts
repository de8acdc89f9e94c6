import type { GroupsModule } from '../groups/module.ts';
import type { AppModule, Platform } from '../platform/module.ts';
import { createBroadcastService } from './broadcastService.ts';
import { createBroadcastPresenter, createBroadcastsFeature } from './broadcastsFeature.ts';
import { openBroadcastStore } from './broadcastStore.ts';

/** Updates from the project leader: compose, approval, the durable delivery queue with its retries, the report. */
export async function createBroadcastsModule(platform: Platform, deps: { groups: Pick<GroupsModule, 'groups'> }): Promise<AppModule> {
  const { config, conversations, clock, log, delivery, transportClock } = platform;
  const store = await openBroadcastStore(platform.stores);
  const service = createBroadcastService({
    store,
    runsBackground: platform.runsBackground,
    conversations,
    groups: deps.groups.groups,
    delivery,
    ...(transportClock ? { transportClock } : {}),
    presenter: createBroadcastPresenter(),
    // The platform's one connector timeout; the run counts a send without an answer by then as maybe delivered.
    policy: { sendTimeoutMs: config.delivery.sendTimeoutMs },
    clock,
    log,
    config: {
      approvalRequired: config.broadcast.approvalRequired,
      projectLeaders: config.projectLeaders,
      timezone: config.timezone,
      conversationRatePerSecond: config.broadcast.conversationRatePerSecond,
      maxAttempts: config.broadcast.maxAttempts,
      auditDays: config.retention.auditDays,
    },
  });
  return {
    name: 'broadcasts',
    features: [createBroadcastsFeature({ service, log, timezone: config.timezone })],
    stores: [store],
    erasers: [
      // `geen updates` is kept on the conversation record (the platform's store); it is this feature's setting.
      { name: 'updates-opt-out', erase: (id) => conversations.erasePerson(id) },
      { name: 'broadcasts', erase: (id) => service.erasePerson(id) },
    ],
    retention: [{ name: 'broadcasts', purge: (now) => service.purge(now) }],
    health: { broadcasts: () => service.health() },
    start: () => service.start(),
    resync: () => service.resync(),
    idle: () => service.idle(),
    stop: () => service.stop(),
  };
}
