import { describe, expect, it } from 'vitest';
import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../bot/teams/adapter.ts';
import { loadConfig } from '../../bot/config.ts';
import { createLogger } from '../../bot/platform/log.ts';
import { BOT_ID, PROFESSIONAL, TENANT_ID } from '../../test-support/activities.ts';

/**
 * CloudAdapter builds a connector client and a user-token client for every incoming activity; the adapter shares
 * them between turns per service URL (their construction was a large part of a turn's CPU). Local mode (no app id),
 * through the adapter's own process(): the clients a turn sees are the ones the next turn sees.
 */
function activity(serviceUrl: string, n: number) {
  return {
    type: 'invoke',
    name: 'test/clients',
    id: `clients-${n}`,
    channelId: 'msteams',
    serviceUrl,
    from: PROFESSIONAL,
    recipient: { id: BOT_ID },
    conversation: { id: 'a:clients', conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
  };
}

async function clientsOfTurn(adapter: ReturnType<typeof createAdapter>, body: Record<string, unknown>) {
  let seen: { connector: unknown; tokens: unknown } | undefined;
  const res = { status: () => res, header: () => res, send: () => res, end: () => res, socket: {} };
  await adapter.process({ body, headers: {}, method: 'POST' } as never, res as never, async (ctx: TurnContext) => {
    seen = { connector: ctx.turnState.get(ctx.adapter.ConnectorClientKey), tokens: ctx.turnState.get((ctx.adapter as unknown as { UserTokenClientKey: symbol }).UserTokenClientKey) };
  });
  return seen;
}

describe('connector clients shared between turns', () => {
  const adapter = createAdapter(loadConfig({}), createLogger('silent'));

  it('two turns from one service URL get the same clients; another service URL its own connector client', async () => {
    const a = await clientsOfTurn(adapter, activity('https://smba.trafficmanager.net/emea/', 1));
    const b = await clientsOfTurn(adapter, activity('https://smba.trafficmanager.net/emea/', 2));
    const c = await clientsOfTurn(adapter, activity('https://smba.trafficmanager.net/amer/', 3));
    expect(a?.connector).toBeDefined();
    expect(b?.connector).toBe(a?.connector);
    expect(b?.tokens).toBe(a?.tokens);
    expect(c?.connector).toBeDefined();
    expect(c?.connector).not.toBe(a?.connector);
  });

  it('keeps at most 32 connector clients: the least recently used one is built again', async () => {
    const first = await clientsOfTurn(adapter, activity('https://first.example.nl/', 10));
    for (let i = 0; i < 32; i++) await clientsOfTurn(adapter, activity(`https://other-${i}.example.nl/`, 20 + i));
    const again = await clientsOfTurn(adapter, activity('https://first.example.nl/', 60));
    expect(again?.connector).toBeDefined();
    expect(again?.connector).not.toBe(first?.connector);
  });
});
