import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { adaptiveCardProblems, messageBytes } from '../../test-support/validateCard.ts';
import { composeQuery, composeSelectItem, groupMessage, submitValue } from '../../test-support/activities.ts';
import { DEFAULT_TOPICS, MAX_RESULTS, SEARCH_COMMAND_ID } from '../../bot/answers/messageExtension.ts';

interface Attachment {
  contentType: string;
  content: Record<string, unknown>;
  preview?: { contentType: string; content: { title?: string; text?: string; tap?: { type: string; value: Record<string, unknown> } } };
}
interface Body {
  composeExtension: { type: string; attachmentLayout?: string; attachments?: Attachment[]; text?: string };
}

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(async () => {
  await bot.stop();
});

async function query(activity: unknown): Promise<Body['composeExtension']> {
  const res = await bot.post(activity);
  expect(res.status).toBe(200);
  return (res.body as Body).composeExtension;
}

const search = (text: string) => query(composeQuery(text));

function initialRun() {
  const a = composeQuery('');
  return { ...a, value: { commandId: SEARCH_COMMAND_ID, parameters: [{ name: 'initialRun', value: 'true' }], queryOptions: { skip: 0, count: 25 } } };
}

function expectShareable(a: Attachment) {
  expect(a.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(adaptiveCardProblems(a.content)).toEqual([]);
  // Inserted into someone else's chat: only links and phone buttons, nothing that needs the bot.
  expect(cardActions(a.content).map((x) => x.type)).toEqual(expect.not.arrayContaining(['Action.Submit', 'Action.Execute']));
}

async function dataFilesText(dir: string): Promise<string> {
  const files = await readdir(dir);
  const parts = await Promise.all(files.filter((f) => f.endsWith('.json')).map((f) => readFile(path.join(dir, f), 'utf-8')));
  return parts.join('\n');
}

describe('composeExtension/query: searching from the compose box', () => {
  it('returns a list of matching answers: thumbnail preview with title and first line, the full answer card as content', async () => {
    const r = await search('stappen meldcode');
    expect(r.type).toBe('result');
    expect(r.attachmentLayout).toBe('list');
    const attachments = r.attachments ?? [];
    expect(attachments.length).toBeGreaterThan(0);
    expect(attachments.length).toBeLessThanOrEqual(MAX_RESULTS);
    expect(attachments[0]?.preview?.content.title).toMatch(/meldcode|stap/i);
    for (const a of attachments) {
      expectShareable(a);
      expect(a.preview?.contentType).toBe('application/vnd.microsoft.card.thumbnail');
      const preview = a.preview?.content;
      expect(preview?.title?.length).toBeGreaterThan(4);
      expect(preview?.text?.length).toBeGreaterThan(10);
      expect(preview?.text).not.toContain('\n');
      expect(preview?.tap).toEqual({ type: 'invoke', value: { meldwijzer: 'entry', id: expect.any(String) } });
      // The card is the answer the preview names.
      expect(cardText(a.content)).toContain(preview?.title ?? '<none>');
    }
  });

  it('keeps the whole response small enough for Teams', async () => {
    const res = await bot.post(composeQuery('veilig thuis'));
    expect(messageBytes(res.body)).toBeLessThan(80 * 1024);
  });

  it('works the same from a group chat', async () => {
    const g = groupMessage('groupChat', '');
    const r = await query({ ...composeQuery('kindcheck'), conversation: g.conversation, channelData: g.channelData });
    expect(r.type).toBe('result');
    expect(r.attachments?.[0]?.preview?.content.title).toMatch(/kindcheck/i);
  });

  it('puts the emergency numbers first when the search text signals danger', async () => {
    const r = await search('mijn man slaat mij nu');
    const first = r.attachments?.[0];
    expect(first?.preview?.content.title).toMatch(/112/);
    expect(first?.preview?.content.tap?.value).toMatchObject({ meldwijzer: 'emergency', victim: true });
    expectShareable(first as Attachment);
    expect(cardActions(first?.content).map((a) => a.url)).toEqual(expect.arrayContaining(['tel:112', 'tel:08002000']));
  });

  it('says so politely when nothing matches', async () => {
    const r = await search('qwxzvbn');
    expect(r.type).toBe('message');
    expect(r.text).toMatch(/Geen antwoord gevonden/);
  });

  it('pages with skip and count', async () => {
    const first = await query({ ...composeQuery('melden'), value: { commandId: SEARCH_COMMAND_ID, parameters: [{ name: 'zoekterm', value: 'melden' }], queryOptions: { skip: 0, count: 3 } } });
    const second = await query({ ...composeQuery('melden'), value: { commandId: SEARCH_COMMAND_ID, parameters: [{ name: 'zoekterm', value: 'melden' }], queryOptions: { skip: 3, count: 3 } } });
    expect(first.attachments).toHaveLength(3);
    const ids = (r: typeof first) => (r.attachments ?? []).map((a) => a.preview?.content.tap?.value.id);
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
  });

  it('does not store or log the query text', async () => {
    const secret = 'Zoekwoordje Jansen Kerkstraat';
    await search(`kindcheck ${secret}`);
    await bot.app.close();
    expect(await dataFilesText(bot.dataDir)).not.toContain('Jansen');
    expect(JSON.stringify(bot.logs)).not.toContain('Jansen');
    expect(bot.logs.some((l) => l.event === 'me-query')).toBe(true);
  });
});

describe('empty query and initialRun: the most asked topics', () => {
  it('shows the curated default topics before anything was counted', async () => {
    for (const activity of [initialRun(), composeQuery(''), composeQuery('   ')]) {
      const r = await query(activity);
      expect(r.type).toBe('result');
      const ids = (r.attachments ?? []).map((a) => a.preview?.content.tap?.value.id);
      expect(ids.slice(0, 3)).toEqual(DEFAULT_TOPICS.slice(0, 3));
      for (const a of r.attachments ?? []) expectShareable(a);
    }
  });

  it('puts what people look at most on top (answers shown in chat and items picked here both count)', async () => {
    for (let i = 0; i < 3; i++) await bot.post(submitValue({ verb: 'kb.show', id: 'verwijzen-kindertelefoon' }));
    await bot.post(composeSelectItem({ meldwijzer: 'entry', id: 'verwijzen-fier' }));
    const r = await query(initialRun());
    const ids = (r.attachments ?? []).map((a) => a.preview?.content.tap?.value.id);
    expect(ids.slice(0, 2)).toEqual(['verwijzen-kindertelefoon', 'verwijzen-fier']);
    expect(ids).toContain(DEFAULT_TOPICS[0]);
    expect(new Set(ids).size).toBe(ids.length);
    await bot.app.close();
    const stored = JSON.parse(await readFile(path.join(bot.dataDir, 'answers.json'), 'utf-8')) as { data: { asked: Record<string, number> } };
    expect(stored.data.asked).toEqual({ 'verwijzen-kindertelefoon': 3, 'verwijzen-fier': 1 });
  });
});

describe('composeExtension/selectItem: inserting the chosen answer', () => {
  it('returns the answer card to insert', async () => {
    const res = await bot.post(composeSelectItem({ meldwijzer: 'entry', id: 'meldcode-vijf-stappen-overzicht' }));
    expect(res.status).toBe(200);
    const r = (res.body as Body).composeExtension;
    expect(r.type).toBe('result');
    expect(r.attachments).toHaveLength(1);
    const a = r.attachments?.[0] as Attachment;
    expectShareable(a);
    expect(cardText(a.content)).toMatch(/Bronnen:/);
    expect(a.preview?.content.tap).toBeUndefined();
    expect(messageBytes(res.body)).toBeLessThan(80 * 1024);
  });

  it('inserts the emergency card when that result was picked', async () => {
    const r = (await bot.post(composeSelectItem({ meldwijzer: 'emergency', acuteDanger: true, suicide: false, victim: false }))).body as Body;
    const a = r.composeExtension.attachments?.[0] as Attachment;
    expectShareable(a);
    expect(cardActions(a.content).map((x) => x.url)).toContain('tel:112');
  });

  it('answers a removed entry with a message', async () => {
    const r = (await bot.post(composeSelectItem({ meldwijzer: 'entry', id: 'bestaat-niet' }))).body as Body;
    expect(r.composeExtension).toEqual({ type: 'message', text: expect.stringMatching(/bestaat niet meer/) });
  });

  it.each([
    ['an empty object', {}],
    ['a wrong kind', { meldwijzer: 'other', id: 'x' }],
    ['a number id', { meldwijzer: 'entry', id: 42 }],
    ['a C# tuple from another app', { Item1: 'a', Item2: 'b' }],
  ])('answers %s politely, never with an error status', async (_name, item) => {
    const res = await bot.post(composeSelectItem(item));
    expect(res.status).toBe(200);
    expect((res.body as Body).composeExtension.type).toBe('message');
  });
});

describe('invalid query payloads', () => {
  const base = composeQuery('x');
  it.each([
    ['no value', { ...base, value: undefined }],
    ['a null value', { ...base, value: null }],
    ['a string value', { ...base, value: 'meldcode' }],
    ['a number commandId', { ...base, value: { commandId: 5, parameters: [] } }],
    ['parameters that are not a list', { ...base, value: { commandId: SEARCH_COMMAND_ID, parameters: 'meldcode' } }],
    ['a negative skip', { ...base, value: { commandId: SEARCH_COMMAND_ID, parameters: [], queryOptions: { skip: -1, count: 5 } } }],
  ])('answers %s with a polite message, status 200', async (_name, activity) => {
    const r = await query(activity);
    expect(r.type).toBe('message');
    expect(r.text).toMatch(/begrijp ik niet/);
  });

  it('answers an unknown command id with a message', async () => {
    const r = await query({ ...base, value: { commandId: 'somethingElse', parameters: [{ name: 'q', value: 'meldcode' }] } });
    expect(r).toEqual({ type: 'message', text: expect.stringMatching(/ken ik niet/) });
  });

  it('treats a non-text parameter value as an empty search', async () => {
    const r = await query({ ...base, value: { commandId: SEARCH_COMMAND_ID, parameters: [{ name: 'zoekterm', value: { evil: true } }] } });
    expect(r.type).toBe('result');
    expect(r.attachments?.length).toBeGreaterThan(0);
  });
});
