import { botAdded, executeInvoke, LEADER, personalMessage, submitValue, TENANT_ID, type Person } from '../../test-support/activities.ts';
import type { TestBot } from '../../test-support/harness.ts';

/** Helpers for the broadcast end-to-end tests: people, their personal chats, and the leader's clicks. */
export const LEADER_CHAT = 'a:1personal-chat-with-leader';
export const LEADER2: Person = { id: '29:1lead2-teams-user-id', aadObjectId: '33333333-3333-4333-8333-333333333333', name: 'Tweede Projectleider' };
export const LEADER2_CHAT = 'a:1personal-chat-with-leader-2';

export function person(n: number): Person {
  return { id: `29:1person-${n}`, aadObjectId: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`, name: `Professional ${n}` };
}
export const chatOf = (n: number) => `a:1personal-chat-${n}`;

type Activity = Record<string, unknown> & { conversation: Record<string, unknown> };
/** Moves a fixture activity into another personal chat (the fixtures have one chat per role). */
export function inChat<T extends Activity>(activity: T, conversationId: string, serviceUrl?: string): T {
  return { ...activity, conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: conversationId }, ...(serviceUrl ? { serviceUrl } : {}) };
}

/** Installs the bot in n personal chats (people 1..n), optionally at another serviceUrl. */
export async function installPersonal(bot: TestBot, n: number, serviceUrl?: string, from = 1): Promise<void> {
  for (let i = from; i < from + n; i++) {
    const status = (await bot.post(inChat(botAdded('personal', person(i)) as Activity, chatOf(i), serviceUrl))).status;
    if (status !== 200) throw new Error(`install failed: ${status}`);
  }
}

export const leaderSays = (bot: TestBot, text: string, who: Person = LEADER, chat = LEADER_CHAT) => bot.post(inChat(personalMessage(text, who) as Activity, chat));

export async function click(bot: TestBot, verb: string, data: Record<string, unknown>, who: Person = LEADER, chat = LEADER_CHAT, replyToId = 'report-card-1') {
  const res = await bot.post({ ...inChat(executeInvoke(verb, data, 'personal', who) as Activity, chat), replyToId });
  const body = res.body as { statusCode: number; type: string; value: unknown };
  return { status: res.status, body, card: body.type === 'application/vnd.microsoft.card.adaptive' ? (body.value as Record<string, unknown>) : undefined, message: typeof body.value === 'string' ? body.value : undefined };
}

export const submitAs = (bot: TestBot, value: Record<string, unknown>, who: Person = LEADER, chat = LEADER_CHAT) => bot.post(inChat(submitValue(value, 'personal', who) as Activity, chat));

export const FORM = { title: 'Nieuwe versie van de meldcode', text: 'Per 1 januari geldt de **nieuwe** meldcode.\n- lees het afwegingskader', linkUrl: 'https://www.rijksoverheid.nl/meldcode', linkTitle: 'Lees de meldcode', audience: 'personal' };

/** Cards in messages and updates sent to one conversation, in order. */
export function cardsTo(bot: TestBot, conversationId: string, method?: 'POST' | 'PUT') {
  return bot.connector.calls
    .filter((c) => c.conversationId === conversationId && c.body.type === 'message' && (!method || c.method === method))
    .flatMap((c) => ((c.body.attachments as Array<{ content: Record<string, unknown> }> | undefined) ?? []).map((a) => a.content));
}
