import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedRoster, type TeamAddress } from '../../bot/experts/roster.ts';
import { openTicketStore, TicketStateError, type TicketStore } from '../../bot/experts/ticketStore.ts';
import { ManualClock } from '../../test-support/manualClock.ts';

let dir: string;
let store: TicketStore;
const now = new Date('2026-12-04T10:00:00Z');
const a = { id: 'expert-a', name: 'Expert A' };
const b = { id: 'expert-b', name: 'Expert B' };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tickets-'));
  store = await openTicketStore(dir);
});
afterEach(async () => {
  await store.flush();
  await rm(dir, { recursive: true, force: true });
});

const newTicket = () => store.create({ question: 'Vraag?', askerId: 'asker', askerName: undefined, askerConversationId: 'a:1', channelConversationId: '19:c' }, now);

describe('ticket store', () => {
  it('numbers tickets 1, 2, 3 and keeps no name unless given', async () => {
    const t1 = await newTicket();
    const t2 = await newTicket();
    expect([t1.number, t2.number]).toEqual([1, 2]);
    expect('askerName' in t1).toBe(false);
  });

  it('two experts picking up at once: the first wins, the second is told who has it', async () => {
    const t = await newTicket();
    const [first, second] = await Promise.allSettled([store.pickUp(t.id, a, now), store.pickUp(t.id, b, now)]);
    expect(first.status).toBe('fulfilled');
    expect(second.status).toBe('rejected');
    expect((second as PromiseRejectedResult).reason).toBeInstanceOf(TicketStateError);
    expect(((second as PromiseRejectedResult).reason as Error).message).toBe('Expert A heeft deze vraag al opgepakt.');
    expect(store.get(t.id)?.handlerId).toBe('expert-a');
  });

  it('two answers at once: the first is kept, the second refused', async () => {
    const t = await newTicket();
    const results = await Promise.allSettled([store.answer(t.id, a, { text: 'Eerste' }, now), store.answer(t.id, b, { text: 'Tweede' }, now)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(store.get(t.id)?.answer?.text).toBe('Eerste');
    await expect(store.close(t.id, b, 'reden', now)).rejects.toThrow('Deze vraag is al beantwoord door Expert A.');
  });

  it('erasing the asker removes the text, the name and the answer, and keeps the number for the audit', async () => {
    const t = await store.create({ question: 'Vraag?', askerId: 'asker', askerName: 'Naam', askerConversationId: 'a:1', channelConversationId: '19:c' }, now);
    await store.answer(t.id, a, { text: 'Antwoord', link: 'https://example.nl/x' }, now);
    const erased = await store.eraseAsker('asker', now);
    expect(erased).toHaveLength(1);
    const after = store.get(t.id);
    expect(after).toMatchObject({ number: 1, status: 'erased', question: '', askerId: 'erased' });
    expect(JSON.stringify(after)).not.toMatch(/Naam|Antwoord|example/);
    expect(store.audit().map((x) => x.action)).toEqual(['asked', 'answered', 'erased-on-request']);
    expect(await store.eraseAsker('asker', now)).toEqual([]);
  });
});

describe('cached roster', () => {
  const team: TeamAddress = { serviceUrl: 'https://x/', teamId: 'team-1', channelId: 'msteams', botId: 'bot', conversationId: '19:c' };

  it('reads a team once per 5 minutes; a failed read is not cached', async () => {
    const clock = new ManualClock('2026-12-04T10:00:00Z');
    let calls = 0;
    let fail = true;
    const roster = cachedRoster(
      {
        members: async () => {
          calls++;
          if (fail) throw new Error('roster unavailable');
          return ['person-1'];
        },
      },
      clock,
    );
    await expect(roster.isMember(team, 'person-1')).rejects.toThrow('roster unavailable');
    fail = false;
    expect(await roster.isMember(team, 'person-1')).toBe(true);
    expect(await roster.isMember(team, 'person-2')).toBe(false);
    expect(calls).toBe(2);
    await clock.advance(4 * 60_000);
    await roster.isMember(team, 'person-1');
    expect(calls).toBe(2);
    await clock.advance(60_000);
    await roster.isMember(team, 'person-1');
    expect(calls).toBe(3);
    roster.invalidate('team-1');
    await roster.isMember(team, 'person-1');
    expect(calls).toBe(4);
  });
});
