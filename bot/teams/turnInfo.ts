import type { ConversationInput } from '../platform/store/conversationStore.ts';
import type { ConversationType, TurnInfo } from './feature.ts';

/** The parts of an incoming activity read here (the envelope was checked at the HTTP edge). */
export interface IncomingActivity {
  readonly channelId?: string;
  readonly serviceUrl?: string;
  readonly localTimezone?: string | null;
  readonly from?: { readonly id?: string; readonly aadObjectId?: string | undefined };
  readonly recipient?: { readonly id?: string; readonly name?: string };
  readonly conversation?: { readonly id?: string; readonly conversationType?: string; readonly tenantId?: string | undefined; readonly name?: string };
  readonly channelData?: unknown;
}

export function conversationTypeOf(activity: IncomingActivity): ConversationType {
  const t = activity.conversation?.conversationType;
  return t === 'channel' || t === 'groupChat' ? t : 'personal';
}

export function tenantOf(activity: IncomingActivity): string | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return activity.conversation?.tenantId ?? (typeof fromChannelData === 'string' ? fromChannelData : undefined);
}

export function turnInfoOf(activity: IncomingActivity, leaders: ReadonlySet<string>, defaultTimezone: string): TurnInfo {
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
export function conversationInputOf(activity: IncomingActivity): ConversationInput | undefined {
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
