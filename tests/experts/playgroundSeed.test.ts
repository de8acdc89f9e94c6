import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expertsChannel, readTenant, seedExperts, type Tenant } from '../../scripts/playground.ts';
import { botAdded, CHANNEL, LEADER, personalMessage } from '../../test-support/activities.ts';
import { channelToken, makeSigningKey, serveBotFrameworkMetadata, serveTokenEndpoint, type BotFrameworkKeys } from '../../test-support/botFrameworkAuth.ts';
import { cardText } from '../../test-support/connectorStub.ts';
import { startTestBot } from '../../test-support/harness.ts';

/**
 * `npm run playground` gives a newcomer an experts' channel: the tenant file has one, and on a fresh data folder the
 * script makes the experts' group linked to it. Here the seeded folder is used by a real bot (JWT on), as the
 * Playground would, with the tenant's channel id replaced by the test channel's.
 */

const APP_ID = '0d7e3f1a-5b2c-4d6e-8f90-123456789abc';
let dir: string;
let keys: BotFrameworkKeys;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-seed-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tenant = readTenant();
const withChannel = (id: string): Tenant => ({ ...tenant, team: { ...tenant.team, channels: tenant.team.channels.map((c) => (c === expertsChannel(tenant) ? { ...c, id } : c)) } });
const file = async (name: string) => JSON.parse(await readFile(path.join(dir, name), 'utf-8')) as { data: Record<string, unknown> };

describe('the Playground tenant and its experts', () => {
  it('has an experts\u2019 channel in the team', () => {
    expect(expertsChannel(tenant)).toEqual({ id: '19:vragen-aan-experts@thread.tacv2', name: 'Vragen aan experts' });
  });

  it('a fresh data folder gets the experts\u2019 group, linked to that channel; a second start changes nothing', async () => {
    expect(await seedExperts(dir, tenant)).toBe('Netwerk aandachtsfunctionarissen');
    const groups = (await file('groups.json')).data.groups as Array<{ id: string; name: string; linkedConversations: string[] }>;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ name: 'Netwerk aandachtsfunctionarissen', linkedConversations: ['19:vragen-aan-experts@thread.tacv2'] });
    expect((await file('experts.json')).data.expertsGroupId).toBe(groups[0]?.id);

    expect(await seedExperts(dir, tenant)).toBeUndefined();
    expect((await file('groups.json')).data.groups).toHaveLength(1);
  });

  it('once the app is in that channel, a professional can ask an expert at once (the bot reads the seeded data)', async () => {
    await seedExperts(dir, withChannel(CHANNEL));
    keys ??= await makeSigningKey();
    const bot = await startTestBot({ dataDir: dir, env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret-not-real', PROJECT_LEADERS: LEADER.aadObjectId } });
    try {
      serveBotFrameworkMetadata(keys);
      serveTokenEndpoint();
      const post = async (activity: unknown) => {
        const res = await bot.post(activity, { token: await channelToken(keys, { appId: APP_ID, serviceUrl: 'https://smba.trafficmanager.net/emea/' }) });
        expect(res.status).toBeLessThan(300);
      };
      await post(personalMessage('vraag een expert'));
      expect(JSON.stringify(bot.connector.messages().at(-1)?.body)).toMatch(/nog geen kanaal voor de experts/);
      // The Playground adds the app to the channel when it is first opened.
      await post(botAdded('channel', LEADER));
      await post(personalMessage('vraag een expert'));
      expect(cardText(bot.connector.cards().at(-1))).toMatch(/Typ geen namen/);
    } finally {
      await bot.stop();
    }
  });
});
