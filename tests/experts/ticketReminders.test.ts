import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPERT_VERBS } from '../../cards/expertVerbs.ts';
import { reminderDue } from '../../bot/experts/ticketReminders.ts';
import { botAdded, CHANNEL, executeInvoke, groupMessage, LEADER, personalMessage, PROFESSIONAL } from '../../test-support/activities.ts';
import { cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { ManualClock } from '../../test-support/manualClock.ts';

const ZONE = 'Europe/Amsterdam';

describe('reminderDue: 2 working days, Mon–Fri, Europe/Amsterdam', () => {
  const due = (iso: string) => reminderDue(new Date(iso).toISOString(), ZONE).toISOString();
  it('Monday 10.00 -> Wednesday 10.00', () => expect(due('2026-11-30T09:00:00Z')).toBe('2026-12-02T09:00:00.000Z'));
  it('Thursday 10.00 -> Monday 10.00 (the weekend does not count)', () => expect(due('2026-12-03T09:00:00Z')).toBe('2026-12-07T09:00:00.000Z'));
  it('Friday 16.00 -> Tuesday 16.00', () => expect(due('2026-12-04T15:00:00Z')).toBe('2026-12-08T15:00:00.000Z'));
  it('Saturday -> counts from Monday 00.00: Wednesday 00.00', () => expect(due('2026-12-05T12:00:00Z')).toBe('2026-12-08T23:00:00.000Z'));
  it('keeps the local time across the change to summer time', () => expect(due('2027-03-26T09:00:00Z')).toBe('2027-03-30T08:00:00.000Z'));
});

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const reminders = (b: TestBot) => b.connector.messages().filter((m) => m.conversationId === CHANNEL && /wacht al 2 werkdagen/.test(cardText(m.body.attachments)));

describe('the reminder for an open ticket', () => {
  it('goes once to the experts\u2019 channel after 2 working days, and not again, also not after a crash mid-send', async () => {
    // Friday 4 December 2026, 11.00 in Amsterdam.
    const clock = new ManualClock('2026-12-04T10:00:00Z');
    bot = await startTestBot({ clock, env: { PROJECT_LEADERS: LEADER.aadObjectId } });
    await bot.post(botAdded('channel', LEADER));
    await bot.post(executeInvoke('group.save', { name: 'Experts', description: '' }, 'personal', LEADER));
    await bot.post(groupMessage('channel', 'koppel Experts', { from: LEADER }));
    await bot.post(personalMessage('experts Experts', LEADER));
    const first = await bot.post(executeInvoke(EXPERT_VERBS.send, { question: 'Wat is het afwegingskader?', showName: 'true' }, 'personal', PROFESSIONAL));
    expect(JSON.stringify(first.body)).toMatch(/doorgestuurd/);
    bot.connector.reset();

    // Monday noon: one working day, nothing yet.
    await clock.set('2026-12-07T11:00:00Z');
    await bot.app.idle();
    expect(reminders(bot)).toHaveLength(0);
    // Tuesday 11.15: due.
    await clock.set('2026-12-08T10:15:00Z');
    await bot.app.idle();
    expect(reminders(bot)).toHaveLength(1);
    expect(cardText(reminders(bot)[0]?.body.attachments)).toMatch(/Vraag 1 wacht al 2 werkdagen op een antwoord\*\* \(nieuw\)/);
    await clock.set('2026-12-10T10:00:00Z');
    await bot.app.idle();
    expect(reminders(bot)).toHaveLength(1);

    // A second ticket whose reminder was being sent when the process died: after the start it is not sent again.
    await bot.post(executeInvoke(EXPERT_VERBS.send, { question: 'Wie is de aandachtsfunctionaris?', showName: 'false' }, 'personal', PROFESSIONAL));
    const dataDir = bot.dataDir;
    await bot.app.close();
    const file = path.join(dataDir, 'experts.json');
    const stored = JSON.parse(await readFile(file, 'utf-8')) as { data: { tickets: Array<{ number: number; reminder?: string }> } };
    const second = stored.data.tickets.find((t) => t.number === 2);
    if (!second) throw new Error('no second ticket');
    second.reminder = 'sending';
    await writeFile(file, JSON.stringify(stored));

    const restarted = await startTestBot({ clock, dataDir, env: { PROJECT_LEADERS: LEADER.aadObjectId } });
    try {
      await clock.set('2026-12-16T10:00:00Z');
      await restarted.app.idle();
      expect(reminders(restarted)).toHaveLength(0);
      await restarted.app.close();
      const after = JSON.parse(await readFile(file, 'utf-8')) as { data: { tickets: Array<{ number: number; reminder?: string }> } };
      expect(after.data.tickets.map((t) => [t.number, t.reminder])).toEqual([
        [1, 'sent'],
        [2, 'uncertain'],
      ]);
    } finally {
      await restarted.stop({ keepData: true }).catch(() => undefined);
    }
  });
});
