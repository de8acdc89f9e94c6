import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { quickTransport } from '../../test-support/fastClock.ts';
import { executeInvoke, LEADER, personalMessage, submitValue } from '../../test-support/activities.ts';
import { FEEDBACK_VERB, SHOW_ENTRY_VERB } from '../../cards/answerCard.ts';
import { CATEGORY_VERB } from '../../cards/topicsCard.ts';
import { escapeText } from '../../cards/cardKit.ts';
import { MAX_QUESTION_LENGTH } from '../../bot/answers/questionFlow.ts';
import { snapshotDataFiles } from './dataFiles.ts';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ env: { PROJECT_LEADERS: LEADER.aadObjectId }, app: quickTransport() });
});
afterAll(async () => {
  await bot.stop();
});
beforeEach(() => {
  bot.connector.reset();
});

const raw = (body: string, contentType?: string) => bot.post(undefined, { rawBody: body, headers: contentType === undefined ? {} : { 'content-type': contentType } });
const allText = () => [...bot.connector.cards().map(cardText), ...bot.connector.messages().map((m) => String(m.body.text ?? ''))].join('\n');

describe('HTTP-level bad input', () => {
  it('a body over 256 KB: 413, nothing processed', async () => {
    const big = JSON.stringify(personalMessage(`wat is de meldcode ${'x'.repeat(300 * 1024)}`));
    const res = await raw(big, 'application/json');
    expect(res.status).toBe(413);
    expect(bot.connector.calls).toHaveLength(0);
  });

  it('malformed JSON: 400', async () => {
    expect((await raw('{"type": "message", ', 'application/json')).status).toBe(400);
    expect((await raw('not json at all', 'application/json')).status).toBe(400);
  });

  it('a content type other than JSON: 415; none at all: refused too', async () => {
    expect((await raw(JSON.stringify(personalMessage('hallo')), 'text/plain')).status).toBe(415);
    expect((await raw('type=message', 'application/x-www-form-urlencoded')).status).toBeGreaterThanOrEqual(400);
    const none = await fetch(`${bot.app.url}/api/messages`, { method: 'POST', body: new Uint8Array(Buffer.from(JSON.stringify(personalMessage('hallo')))) });
    expect(none.status).toBeGreaterThanOrEqual(400);
    expect(none.status).toBeLessThan(500);
    expect(bot.connector.calls).toHaveLength(0);
  });

  it('JSON that is not an activity: 400 (botbuilder alone would answer some of these with 500)', async () => {
    const a = personalMessage('wat is de meldcode?');
    const { conversation: _c, ...noConversation } = a;
    const cases: unknown[] = [
      {},
      [],
      null,
      42,
      'message',
      { type: 5 },
      { type: '' },
      { type: 'message' },
      noConversation,
      { ...a, recipient: null },
      { ...a, from: 'someone' },
      { ...a, entities: 'x' },
      { ...a, membersAdded: [{}] },
      { ...a, serviceUrl: 'javascript:alert(1)' },
      { ...a, text: { nested: true } },
      { ...a, channelData: 'x' },
    ];
    for (const c of cases) {
      const res = await raw(JSON.stringify(c), 'application/json');
      expect({ body: c, status: res.status }).toEqual({ body: c, status: 400 });
    }
    expect(bot.connector.calls).toHaveLength(0);
    expect(bot.logs.filter((l) => l.event === 'turn-error')).toHaveLength(0);
  });
});

describe('local mode (no token) and the serviceUrl', () => {
  it('replies only to this machine and the Bot Framework; any other address is refused with 403 and gets nothing', async () => {
    const before = await snapshotDataFiles(bot.dataDir);
    for (const serviceUrl of ['https://evil.example/', 'http://10.0.0.5:8080/', 'https://smba.trafficmanager.net.evil.example/', 'https://botframework.com.evil.example/']) {
      const res = await bot.post({ ...personalMessage('wat is de meldcode?'), serviceUrl });
      expect({ serviceUrl, status: res.status }).toEqual({ serviceUrl, status: 403 });
    }
    expect(bot.connector.calls).toHaveLength(0);
    expect(bot.logs.filter((l) => l.event === 'activity-refused')).toHaveLength(4);
    expect(await snapshotDataFiles(bot.dataDir)).toEqual(before); // not even the conversation was remembered
    // The Bot Framework's own host (the one the fixtures use) still works.
    expect((await bot.post(personalMessage('wat is de meldcode?'))).status).toBe(200);
    expect(bot.connector.cards().length).toBeGreaterThan(0);
  });
});

describe('activities the bot does not handle', () => {
  it('unknown activity types: 200, no reply', async () => {
    const a = personalMessage('x');
    for (const type of ['event', 'typing', 'messageReaction', 'endOfConversation', 'messageUpdate', 'messageDelete', 'handoff', 'somethingNew']) {
      const res = await bot.post({ ...a, type });
      expect(res.status, type).toBe(200);
    }
    expect(bot.connector.messages()).toHaveLength(0);
  });

  it('an invoke with an unknown name: 200, nothing happens', async () => {
    const res = await bot.post({ ...personalMessage('x'), type: 'invoke', name: 'nobody/knows', value: { a: 1 } });
    expect(res.status).toBe(200);
    expect(bot.connector.calls).toHaveLength(0);
  });

  it('a Teams invoke kind the bot does not implement (task modules, link unfurling, sign-in): 501', async () => {
    // Decision: 501 Not Implemented, as botbuilder's TeamsActivityHandler answers unhandled Teams invokes;
    // Teams then shows its own "app could not be reached" instead of waiting for a card that never comes.
    for (const name of ['task/fetch', 'task/submit', 'composeExtension/queryLink', 'composeExtension/fetchTask', 'signin/verifyState']) {
      const res = await bot.post({ ...personalMessage('x'), type: 'invoke', name, value: {} });
      expect(res.status, name).toBe(501);
    }
    expect(bot.connector.calls).toHaveLength(0);
  });
});

describe('text', () => {
  it(`a very long question is answered on its first ${MAX_QUESTION_LENGTH} characters, and the user is told`, async () => {
    const question = 'Wat zijn de stappen van de meldcode?';
    const padding = ' .'.repeat(3000);
    let res = await bot.post(personalMessage(`${question}${padding}`));
    expect(res.status).toBe(200);
    let text = allText();
    expect(text).toContain(`Ik heb alleen de eerste ${MAX_QUESTION_LENGTH} tekens gelezen`);
    expect(text).toMatch(/Bronnen:/);
    expect(text).toMatch(/stap/i);
    // The same question after the first 1,000 characters is not read.
    bot.connector.reset();
    res = await bot.post(personalMessage(`${padding}${question}`));
    expect(res.status).toBe(200);
    text = allText();
    expect(text).toContain(`Ik heb alleen de eerste ${MAX_QUESTION_LENGTH} tekens gelezen`);
    expect(text).not.toMatch(/Bronnen:/);
  });

  it('a danger signal after the first 1,000 characters still shows 112 first', async () => {
    const long = `${'Ik heb een vraag over de meldcode en over de afspraken op school. '.repeat(30)} Mijn vader slaat mij nu.`;
    expect(long.indexOf('slaat')).toBeGreaterThan(MAX_QUESTION_LENGTH);
    await bot.post(personalMessage(long));
    expect(cardText(bot.connector.cards()[0])).toMatch(/112/);
  });

  it('a 200 KB message (just under the body limit) is answered', async () => {
    const res = await bot.post(personalMessage(`meldcode ${'🙂 é ש '.repeat(20_000)}`));
    expect(res.status).toBe(200);
    expect(bot.connector.messages().length).toBeGreaterThan(0);
  });

  it('emoji and right-to-left text: answered, nothing breaks', async () => {
    let res = await bot.post(personalMessage('🙂 wat zijn de stappen van de meldcode? 🙏👨‍👩‍👧'));
    expect(res.status).toBe(200);
    expect(allText()).toMatch(/stap/i);
    bot.connector.reset();
    res = await bot.post(personalMessage('ما هي خطوات رمز الإبلاغ؟ מה השלבים?'));
    expect(res.status).toBe(200);
    expect(bot.connector.cards().length).toBeGreaterThan(0);
    bot.connector.reset();
    // Bidi controls and a right-to-left mark in front of a command do not hide it.
    res = await bot.post(personalMessage('\u200f\u202ehelp\u202c'));
    expect(res.status).toBe(200);
    expect(allText()).toMatch(/Wat kan Meldwijzer|help/i);
    expect(bot.logs.filter((l) => l.event === 'turn-error')).toHaveLength(0);
  });
});

describe('card submits and invokes that fail their schema: a clear message, nothing changed', () => {
  it('Action.Submit with a known verb and wrong data', async () => {
    const before = await snapshotDataFiles(bot.dataDir);
    for (const value of [{ verb: SHOW_ENTRY_VERB, id: 5 }, { verb: SHOW_ENTRY_VERB }, { verb: CATEGORY_VERB, category: 'geen-categorie' }, { verb: SHOW_ENTRY_VERB, id: 'x'.repeat(5000) }]) {
      bot.connector.reset();
      const res = await bot.post(submitValue(value));
      expect(res.status).toBe(200);
      expect(allText()).toContain('Er is niets veranderd');
    }
    expect(await snapshotDataFiles(bot.dataDir)).toEqual(before);
  });

  it('Action.Submit without a verb, or with an unknown one', async () => {
    for (const value of [{}, { verb: 'nope' }, { verb: 42 }, { id: 'x' }]) {
      bot.connector.reset();
      await bot.post(submitValue(value));
      expect(allText()).toContain('Deze knop werkt niet (meer)');
    }
  });

  it('Action.Execute with a known verb and wrong data: the Universal Actions error (400), and no feedback stored', async () => {
    const before = await snapshotDataFiles(bot.dataDir);
    for (const data of [{ id: 'afwegingskader-afweging-1-vermoeden', helpful: 'ja' }, { helpful: true }, { id: '', helpful: false }, { id: ['a'], helpful: true }]) {
      const res = await bot.post(executeInvoke(FEEDBACK_VERB, data));
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'Deze knop werkt niet (meer).' } });
    }
    expect(await snapshotDataFiles(bot.dataDir)).toEqual(before);
  });

  it('Action.Execute with an unknown verb or no action at all: the Universal Actions error (400), never a 500', async () => {
    const error = { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'Deze knop werkt niet (meer).' } };
    for (const activity of [executeInvoke('no.such.verb', {}), { ...executeInvoke(FEEDBACK_VERB, {}), value: { action: 'x' } }, { ...executeInvoke(FEEDBACK_VERB, {}), value: undefined }]) {
      const res = await bot.post(activity);
      expect(res.status).toBe(400);
      expect(res.body).toEqual(error);
    }
  });
});

describe('user text echoed into cards is escaped', () => {
  const PAYLOAD = '**vet** [klik hier](https://phish.example/x) <img src=x onerror=alert(1)> # kop\n1. lijst';
  const RAW = ['**vet**', '[klik hier](https://phish.example/x)', '<img'];

  it('escapeText neutralises markdown links, emphasis, HTML and lists', () => {
    const e = escapeText(PAYLOAD);
    for (const r of RAW) expect(e).not.toContain(r);
    expect(e).toContain('klik hier');
  });

  it('every command, given the payload as its argument, echoes it (if at all) escaped: also for the project leader', async () => {
    // Commands come from the router, so features added later are covered. Leader input (group names,
    // meeting and broadcast titles) is escaped too: a leader's account can be phished, and a link in a card
    // from Meldwijzer is trusted by everyone who receives it.
    const verbs = bot.app.router.commands.map((c) => c.verbs[0] ?? '').filter((v) => v !== '');
    expect(verbs.length).toBeGreaterThan(1);
    const echoed: string[] = [];
    for (const verb of verbs) {
      bot.connector.reset();
      const res = await bot.post(personalMessage(`${verb} ${PAYLOAD}`, LEADER));
      expect(res.status, verb).toBe(200);
      const texts = allText();
      for (const r of RAW) expect(texts, `${verb} echoed ${r}`).not.toContain(r);
      if (texts.includes('klik hier')) echoed.push(verb);
    }
    // Not vacuous: some commands do echo what was typed (e.g. "volg <naam>": "Ik ken geen groep met de naam ...").
    expect(echoed.length).toBeGreaterThan(0);
  });
});
