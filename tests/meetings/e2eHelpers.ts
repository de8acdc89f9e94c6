import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { TestBot } from '../../test-support/harness.ts';
import type { ManualClock } from '../../test-support/manualClock.ts';
import { botAdded, executeInvoke, groupMessage, LEADER, personalMessage, PROFESSIONAL } from '../../test-support/activities.ts';

export const GROUP_NAME = 'Netwerk aandachtsfunctionarissen';

/** Moves no time, but fires what is due and awaits the app's work; until /healthz says nothing is due. */
export async function settle(bot: TestBot, clock: ManualClock): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await clock.advance(0);
    await bot.app.idle();
    const res = await fetch(`${bot.app.url}/healthz`);
    const health = (await res.json()) as { reminders?: { busy: boolean; dueNow: number } };
    if (health.reminders && !health.reminders.busy && health.reminders.dueNow === 0) return;
  }
  throw new Error('reminder scheduler did not become idle');
}

export async function advanceTo(bot: TestBot, clock: ManualClock, iso: string): Promise<void> {
  await clock.set(iso);
  await settle(bot, clock);
}

/** The body of an Action.Execute answer: the refreshed card, or the short message. */
export function executeResult(res: { status: number; body: unknown }): { card?: Record<string, unknown>; message?: string } {
  expect(res.status).toBe(200);
  const body = res.body as { statusCode: number; type: string; value: unknown };
  if (body.type === 'application/vnd.microsoft.card.adaptive') return { card: body.value as Record<string, unknown> };
  return { message: String(body.value) };
}

export async function readData(bot: TestBot, file: string): Promise<string> {
  return readFile(path.join(bot.dataDir, file), 'utf-8');
}

export async function meetingsFile(bot: TestBot): Promise<{ meetings: Record<string, { id: string; start: string; status: string }>; deliveries: Record<string, Record<string, { activityId?: string; status: string }>>; rsvps: Record<string, Record<string, { name: string }>> }> {
  return (JSON.parse(await readData(bot, 'meetings.json')) as { data: never }).data;
}

/**
 * The setting of most tests: the bot is in the network's channel, the leader made the group and linked it there,
 * and a professional follows it in their personal chat.
 */
export async function setUpNetwork(bot: TestBot): Promise<string> {
  await bot.post(botAdded('channel', LEADER));
  const saved = executeResult(await bot.post(executeInvoke('group.save', { name: GROUP_NAME, description: 'Alle aandachtsfunctionarissen van de regio' }, 'personal', LEADER)));
  expect(JSON.stringify(saved.card)).toContain('is gemaakt');
  await bot.post(groupMessage('channel', 'koppel netwerk aandachtsfunctionarissen', { from: LEADER }));
  await bot.post(personalMessage('volg netwerk', PROFESSIONAL));
  const groups = JSON.parse(await readData(bot, 'groups.json')) as { data: { groups: Array<{ id: string; linkedConversations: string[]; followers: string[] }> } };
  const group = groups.data.groups[0];
  if (!group) throw new Error('no group');
  expect(group.linkedConversations).toHaveLength(1);
  expect(group.followers).toEqual([PROFESSIONAL.aadObjectId]);
  return group.id;
}

export const meetingForm = (groupId: string, extra: Record<string, string> = {}) => ({
  mode: 'create',
  group: groupId,
  title: 'Netwerkbijeenkomst voorjaar',
  date: '2027-03-28',
  startTime: '10:00',
  endTime: '12:00',
  location: 'Gemeentehuis Hilversum',
  onlineUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting%40thread.v2/0',
  agenda: 'Opening\nNieuwe meldcode-afspraken\nRondvraag',
  reminders: 'P7D,P1D',
  repeat: 'none',
  ...extra,
});
