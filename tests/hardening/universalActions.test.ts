import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_VERBS } from '../../cards/meetingVerbs.ts';
import { leaderOnlyText } from '../../bot/platform/roles.ts';
import { executeInvoke, LEADER, PROFESSIONAL } from '../../test-support/activities.ts';
import { cardText } from '../../test-support/connectorStub.ts';
import { startAuthedTestBot, type TestBot } from '../../test-support/harness.ts';
import { snapshotDataFiles } from './dataFiles.ts';

const BROKEN = { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'Deze knop werkt niet (meer).' } };

/** The answers to adaptiveCard/action as the Universal Actions contract defines them (JWT validation on). */
describe('Action.Execute answers', () => {
  let bot: TestBot;
  let post: (activity: unknown) => Promise<{ status: number; body: unknown }>;

  beforeAll(async () => {
    bot = await startAuthedTestBot({ env: { PROJECT_LEADERS: LEADER.aadObjectId } });
    post = (activity) => bot.post(activity);
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('an unknown verb, or data that is not the verb\'s: 400 with the error type and { code, message }; nothing changes', async () => {
    // The conversation is remembered (for reminders); what the actions would change is not.
    const changeable = async () => {
      const files = await snapshotDataFiles(bot.dataDir);
      return [files['meetings.json'], files['groups.json']];
    };
    const before = await changeable();
    for (const activity of [executeInvoke('no.such.verb', {}, 'personal', LEADER), executeInvoke(MEETING_VERBS.save, { mode: 'verzin' }, 'personal', LEADER), executeInvoke(MEETING_VERBS.rsvp, { meetingId: 5 }, 'personal', LEADER)]) {
      const res = await post(activity);
      expect(res.status).toBe(400);
      expect(res.body).toEqual(BROKEN);
    }
    expect(await changeable()).toEqual(before);
  });

  it('a leader action by someone else: the message that says who can (a handled request, 200), nothing changes', async () => {
    const res = await post(executeInvoke('group.save', { name: 'Taskforce', description: 'x' }, 'personal', PROFESSIONAL));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: leaderOnlyText });
  });

  it('a form with mistakes comes back as the form with the problems (200, a card), as before', async () => {
    const res = await post(executeInvoke('group.save', { name: '', description: '' }, 'personal', LEADER));
    expect(res.status).toBe(200);
    const body = res.body as { statusCode: number; type: string; value: unknown };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardText(body.value)).toMatch(/naam/i);
  });
});
