import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectorServer, type ConnectorServer } from '../../test-support/connectorServer.ts';
import { personalMessage } from '../../test-support/activities.ts';
import { bundleBot, spawnBot, type BotProcess } from './fixtures/botProcess.ts';

/**
 * Graceful shutdown of the real process: SIGTERM while a turn waits on a slow connector. The port closes at
 * once, the turn in flight finishes (its reply is delivered, its HTTP answer is 200), schedulers stop, the
 * stores are flushed (with the "asked" counts held in memory), and the process exits 0 within a few seconds.
 */
let connector: ConnectorServer;
let answerArrived: () => void = () => undefined;
const answerHeld = new Promise<void>((resolve) => (answerArrived = resolve));
let bot: BotProcess;
let dataDir: string;

beforeAll(async () => {
  await bundleBot();
  // The answer card (not a typing indicator) is held back a second: a turn in flight when SIGTERM arrives.
  connector = await startConnectorServer({ delayMs: (call) => (call.body.type === 'message' ? 1000 : 0), onCall: (call) => call.body.type === 'message' && answerArrived() });
  dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-shutdown-'));
  bot = await spawnBot({ DATA_DIR: dataDir });
}, 60_000);
afterAll(async () => {
  if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await connector.close();
});

describe('SIGTERM', () => {
  it('stops taking turns, finishes the one in flight, flushes, and exits 0 within a few seconds', async () => {
    const url = await bot.url;
    const question = { ...personalMessage('wat zijn de stappen van de meldcode?'), serviceUrl: connector.serviceUrl };
    const inFlight = fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(question) });
    // Wait until the turn is under way (its answer reached Teams, which holds the reply back), then ask the
    // process to stop, and wait until it says it is stopping: from then on the port is closed.
    await answerHeld;
    const termAt = Date.now();
    bot.child.kill('SIGTERM');
    await bot.logged('stopping');

    // A new request is not taken: the port is closed (or, on a kept-alive connection, 503).
    const late = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify(question) }).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);

    // The turn in flight completes: 200, and its answer card reached the connector.
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(connector.calls.filter((c) => c.body.type === 'message')).toHaveLength(1);

    const exit = await bot.exited;
    const took = Date.now() - termAt;
    expect(exit.code).toBe(0);
    expect(took).toBeLessThan(5000);
    const events = bot.logs.map((l) => l.event);
    expect(events).toContain('stopping');
    expect(events).toContain('draining');
    expect(bot.logs.find((l) => l.event === 'stopped')).toMatchObject({ unfinished: 0 });
    // Flushed: what the turn wrote is on disk.
    const conversations = await readFile(path.join(dataDir, 'conversations.json'), 'utf-8');
    expect(conversations).toContain(question.conversation.id);
    // The answer's "asked" count, held in memory (saved every 30 s), was saved by the shutdown.
    const answersFile = JSON.parse(await readFile(path.join(dataDir, 'answers.json'), 'utf-8')) as { data: { asked: Record<string, number> } };
    expect(Object.values(answersFile.data.asked)).toEqual([1]);
  }, 60_000);
});
