import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../bot/teams/adapter.ts';
import { CHANNEL, executeInvoke, LEADER, PERSONAL_CONVERSATION, personalMessage, SERVICE_URL } from '../../test-support/activities.ts';
import { startAuthedTestBot, type TestBot } from '../../test-support/harness.ts';
import { ManualClock } from '../../test-support/manualClock.ts';
import { advanceTo, executeResult, meetingForm, setUpNetwork } from '../meetings/e2eHelpers.ts';

const PERSONAL_PATH = new RegExp(`/v3/conversations/${encodeURIComponent(PERSONAL_CONVERSATION)}/activities`);

let bot: TestBot | undefined;
let releaseHang: (() => void) | undefined;
afterEach(async () => {
  releaseHang?.();
  releaseHang = undefined;
  await bot?.stop();
  bot = undefined;
});


/** The bot with JWT validation on; every post carries a valid channel token. */
async function startAuthed(env: Record<string, string>, clock?: ManualClock): Promise<TestBot> {
  bot = await startAuthedTestBot({ env: { PROJECT_LEADERS: LEADER.aadObjectId, ...env }, ...(clock ? { clock } : {}) });
  return bot;
}

/**
 * In front of the connector stub (registered before the bot starts): the professional's personal chat. While
 * `hang.on`, a message there is taken and never answered (until the test ends); `status` answers with that status.
 */
function personalChatConnector(options: { hang?: boolean; status?: number }) {
  const state = { hang: options.hang ?? false, status: options.status ?? 200, bodies: [] as Array<Record<string, unknown>> };
  const hung = new Promise<void>((resolve) => {
    releaseHang = resolve;
  });
  nock(new URL(SERVICE_URL).origin)
    .persist()
    .post(PERSONAL_PATH)
    .reply(async (_uri, body) => {
      const b = (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown>;
      state.bodies.push(b);
      if (state.hang && b.type === 'message') await hung;
      return [state.status, { id: `personal-${state.bodies.length}` }];
    });
  return state;
}

const messagesIn = (bodies: Array<Record<string, unknown>>) => bodies.filter((b) => b.type === 'message');

describe('a connector that does not answer (JWT validation on)', () => {
  it('a reply over it is given up on within REPLY_TIMEOUT_MS: Teams gets its HTTP answer in time, and no apology is sent after it', async () => {
    const connector = personalChatConnector({ hang: true });
    const b = await startAuthed({ REPLY_TIMEOUT_MS: '500' });
    const began = Date.now();
    // The bot must answer Teams long before the hung call would end; the guard only keeps a failing run short.
    const guard = setTimeout(() => releaseHang?.(), 8000);
    const res = await b.post(personalMessage('wat is de meldcode?'));
    const took = Date.now() - began;
    clearTimeout(guard);
    expect(res.status).toBe(200);
    expect(took).toBeLessThan(3000);
    // One message went to the connector: the answer, not retried, and no apology behind it on the same connector.
    expect(messagesIn(connector.bodies)).toHaveLength(1);
    expect(b.logs.some((l) => l['event'] === 'turn-error')).toBe(true);
  });

  it('a 500 on a reply is one request: no SDK retries (the apology after it is one request too)', async () => {
    const connector = personalChatConnector({ status: 500 });
    const b = await startAuthed({});
    const res = await b.post(personalMessage('wat is de meldcode?'));
    expect(res.status).toBe(200);
    const messages = messagesIn(connector.bodies);
    expect(messages.filter((m) => m.text !== APOLOGY)).toHaveLength(1);
    expect(messages.filter((m) => m.text === APOLOGY)).toHaveLength(1);
  }, 30_000);

  it("one conversation's hung reminder delays no other conversation's reminder; it is counted as maybe delivered, once", async () => {
    const clock = new ManualClock('2027-03-01T09:00:00Z');
    const connector = personalChatConnector({});
    const b = await startAuthed({ SEND_TIMEOUT_MS: '500' }, clock);
    const groupId = await setUpNetwork(b);
    const saved = executeResult(await b.post(executeInvoke('meeting.save', meetingForm(groupId), 'personal', LEADER)));
    expect(saved.card, saved.message).toBeDefined();
    connector.hang = true;
    connector.bodies.length = 0;
    b.connector.reset();

    const toChannel = () => b.connector.messages().filter((c) => c.conversationId === CHANNEL);
    const guard = setTimeout(() => releaseHang?.(), 20_000);
    const began = Date.now();
    await advanceTo(b, clock, '2027-03-21T09:00:00Z'); // 7 days before
    expect(toChannel()).toHaveLength(1);
    await advanceTo(b, clock, '2027-03-27T09:00:00Z'); // the day before
    const took = Date.now() - began;
    clearTimeout(guard);
    expect(toChannel()).toHaveLength(2);
    expect(took).toBeLessThan(8000);
    // The hung chat was tried once per reminder and not again: a reminder is sent at most once.
    expect(messagesIn(connector.bodies)).toHaveLength(2);
    expect(b.logs.filter((l) => l['event'] === 'delivery-uncertain')).toHaveLength(2);
  }, 40_000);
});
