import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { personalMessage, TENANT_ID } from '../../test-support/activities.ts';

// Its own file: two test bots in one process would share the nock connector stub at SERVICE_URL.
describe('ALLOWED_TENANTS', () => {
  let local: TestBot;
  const allowedAnswered = async () => {
    local.connector.reset();
    const res = await local.post(personalMessage('wat is de meldcode?'));
    expect(res.status).toBe(200);
    expect(cardText(local.connector.messages()[0]?.body.attachments)).toMatch(/meldcode/i);
  };
  beforeAll(async () => {
    local = await startTestBot({ env: { ALLOWED_TENANTS: `${TENANT_ID}, 33333333-3333-4333-8333-333333333333` } });
  });
  afterAll(async () => {
    await local.stop();
  });

  it('ignores an activity from another tenant: logged, no reply, nothing stored', async () => {
    await allowedAnswered(); // the stub does record replies in this file
    local.connector.reset();
    const other = '99999999-0000-4000-8000-000000000000';
    const a = personalMessage('wat is de meldcode?');
    const activity = { ...a, conversation: { ...a.conversation, tenantId: other }, channelData: { tenant: { id: other } } };
    const res = await local.post(activity);
    expect(res.status).toBe(200);
    expect(local.connector.calls).toHaveLength(0);
    expect(local.logs.some((l) => l.event === 'tenant-refused')).toBe(true);
    // Not remembered either: no conversation record for a foreign tenant.
    const stored = await readFile(`${local.dataDir}/conversations.json`, 'utf-8');
    expect(stored).not.toContain(other);
  });

  it('ignores an activity that names no tenant at all', async () => {
    const a = personalMessage('wat is de meldcode?');
    const { tenantId: _drop, ...conversation } = a.conversation;
    const res = await local.post({ ...a, conversation, channelData: {} });
    expect(res.status).toBe(200);
    expect(local.connector.calls).toHaveLength(0);
  });

  it('answers an activity from an allowed tenant', async () => {
    await allowedAnswered();
  });
});
