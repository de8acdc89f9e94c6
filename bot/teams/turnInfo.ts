import type { Activity, ConversationReference } from 'botbuilder';
import type { ConversationInput } from '../store/conversationStore.ts';
import type { ConversationType, TurnInfo } from './feature.ts';

export function conversationTypeOf(activity: Partial<Activity>): ConversationType {
  const t = activity.conversation?.conversationType;
  return t === 'channel' || t === 'groupChat' ? t : 'personal';
}

export function tenantOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return activity.conversation?.tenantId ?? (typeof fromChannelData === 'string' ? fromChannelData : undefined);
}

export function turnInfoOf(activity: Partial<Activity>, leaders: ReadonlySet<string>, defaultTimezone: string): TurnInfo {
  const aad = activity.from?.aadObjectId;
  const userId = aad ?? activity.from?.id ?? 'unknown';
  return {
    userId,
    aadObjectId: aad,
    conversationId: activity.conversation?.id ?? '',
    conversationType: conversationTypeOf(activity),
    tenantId: tenantOf(activity),
    isLeader: aad !== undefined && leaders.has(aad),
    timezone: validTimezone(activity.localTimezone) ?? defaultTimezone,
  };
}

/** Zones already checked; building an Intl formatter on every turn is wasted work. Bounded: the input is outside data. */
const checkedZones = new Map<string, boolean>();

function validTimezone(tz: unknown): string | undefined {
  if (typeof tz !== 'string' || tz.length > 64) return undefined;
  let ok = checkedZones.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('nl-NL', { timeZone: tz });
      ok = true;
    } catch {
      ok = false;
    }
    if (checkedZones.size < 500) checkedZones.set(tz, ok);
  }
  return ok ? tz : undefined;
}

/** The plain-JSON record the stores keep, from an incoming activity. */
export function conversationInputOf(activity: Partial<Activity>): ConversationInput | undefined {
  const c = activity.conversation;
  if (!c?.id || !activity.serviceUrl || !activity.recipient?.id || !activity.channelId) return undefined;
  const type = conversationTypeOf(activity);
  const channelData = activity.channelData as { team?: { id?: string; name?: string }; channel?: { name?: string } } | undefined;
  const title = type === 'channel' ? [channelData?.team?.name, channelData?.channel?.name].filter(Boolean).join(' > ') : c.name;
  const input: ConversationInput = {
    conversationId: c.id,
    conversationType: type,
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    botId: activity.recipient.id,
  };
  const tenantId = tenantOf(activity);
  if (tenantId) input.tenantId = tenantId;
  if (activity.recipient.name) input.botName = activity.recipient.name;
  if (channelData?.team?.id) input.teamId = channelData.team.id;
  if (title) input.title = title;
  if (type === 'personal' && activity.from?.aadObjectId) input.userAadObjectId = activity.from.aadObjectId;
  return input;
}

/** Rebuilds the botbuilder reference a proactive send needs from a stored record. */
export function toConversationReference(record: ConversationInput): Partial<ConversationReference> {
  return {
    channelId: record.channelId,
    serviceUrl: record.serviceUrl,
    bot: { id: record.botId, name: record.botName ?? 'Meldwijzer' },
    conversation: {
      id: record.conversationId,
      conversationType: record.conversationType,
      isGroup: record.conversationType !== 'personal',
      tenantId: record.tenantId,
      name: record.title ?? '',
    } as ConversationReference['conversation'],
  };
}
