import { describe, expect, it } from 'vitest';
import { describeAudience, resolveAudience } from '../../bot/broadcasts/audience.ts';
import { openGroupStore } from '../../bot/groups/groupStore.ts';
import { openConversationStore } from '../../bot/platform/store/conversationStore.ts';
import { tempDir } from './fakes.ts';

const base = { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', botId: '28:bot' };

async function world() {
  const dir = await tempDir();
  const conversations = await openConversationStore(dir);
  const groups = await openGroupStore(dir);
  const person = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
  for (let i = 1; i <= 4; i++) await conversations.upsert({ ...base, conversationId: `a:1p${i}`, conversationType: 'personal', userAadObjectId: person(i) });
  await conversations.upsert({ ...base, conversationId: '19:chan@thread.tacv2', conversationType: 'channel', title: 'Netwerk AF > Algemeen' });
  await conversations.upsert({ ...base, conversationId: '19:chat@thread.v2', conversationType: 'groupChat' });
  await conversations.upsert({ ...base, conversationId: '19:gone@thread.v2', conversationType: 'groupChat' });
  await conversations.markInactive('19:gone@thread.v2', 'removed');
  await conversations.setUpdatesOptOut('a:1p2', true);
  await conversations.markInactive('a:1p4', 'removed');
  const taskforce = await groups.create({ name: 'Taskforce HG/KM' });
  const network = await groups.create({ name: 'Netwerk AF' });
  await groups.link(taskforce.id, '19:chat@thread.v2');
  await groups.link(taskforce.id, '19:gone@thread.v2');
  await groups.follow(taskforce.id, person(1));
  await groups.follow(taskforce.id, person(2)); // opted out
  await groups.follow(taskforce.id, person(9)); // no personal chat with the bot
  await groups.link(network.id, '19:chan@thread.tacv2');
  await groups.link(network.id, '19:chat@thread.v2'); // also in taskforce: once only
  await groups.follow(network.id, person(1)); // also in taskforce: once only
  await groups.follow(network.id, person(3));
  return { conversations, groups, taskforce, network };
}

const ids = (r: ReturnType<typeof resolveAudience>) => r.recipients.map((x) => x.conversationId).sort();

describe('resolveAudience', () => {
  it('personal: every active personal chat that did not opt out', async () => {
    const w = await world();
    const r = resolveAudience({ kind: 'personal' }, w);
    expect(ids(r)).toEqual(['a:1p1', 'a:1p3']);
    expect([r.optedOut, r.inactive]).toEqual([1, 1]);
  });

  it('channels: every active channel and group chat', async () => {
    const w = await world();
    expect(ids(resolveAudience({ kind: 'channels' }, w))).toEqual(['19:chan@thread.tacv2', '19:chat@thread.v2']);
  });

  it('all: both', async () => {
    const w = await world();
    expect(ids(resolveAudience({ kind: 'all' }, w))).toEqual(['19:chan@thread.tacv2', '19:chat@thread.v2', 'a:1p1', 'a:1p3']);
  });

  it('groups: linked conversations plus followers, each conversation once, skipping inactive and opted out', async () => {
    const w = await world();
    const one = resolveAudience({ kind: 'groups', groupIds: [w.taskforce.id] }, w);
    expect(ids(one)).toEqual(['19:chat@thread.v2', 'a:1p1']);
    expect([one.optedOut, one.inactive]).toEqual([1, 1]);
    const both = resolveAudience({ kind: 'groups', groupIds: [w.taskforce.id, w.network.id] }, w);
    expect(ids(both)).toEqual(['19:chan@thread.tacv2', '19:chat@thread.v2', 'a:1p1', 'a:1p3']);
    expect(both.recipients.find((x) => x.conversationId === '19:chan@thread.tacv2')?.conversationType).toBe('channel');
  });

  it('a deleted group contributes nobody; labels name the groups', async () => {
    const w = await world();
    expect(resolveAudience({ kind: 'groups', groupIds: ['nope'] }, w).recipients).toEqual([]);
    expect(describeAudience({ kind: 'groups', groupIds: [w.taskforce.id, w.network.id] }, w.groups)).toBe('Groepen: Taskforce HG/KM, Netwerk AF');
    expect(describeAudience({ kind: 'groups', groupIds: ['nope'] }, w.groups)).toBe('Groep: verwijderde groep');
    expect(describeAudience({ kind: 'personal' }, w.groups)).toMatch(/persoonlijke chats/);
  });
});
