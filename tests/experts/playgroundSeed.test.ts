import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expertsChannel, readTenant, seedExperts } from '../../scripts/playground.ts';

/**
 * `npm run playground` gives a newcomer an experts' channel: the tenant file has one, and on a fresh data folder the
 * script makes the experts' group linked to it. A bot on a seeded folder: tests/experts/experts.e2e.test.ts.
 */

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-seed-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tenant = readTenant();
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
});
