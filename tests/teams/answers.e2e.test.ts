import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { leaderOnlyText } from '../../bot/platform/roles.ts';
import {
  BOT_ID,
  LEADER,
  botAdded,
  executeInvoke,
  groupMessage,
  personalMessage,
  submitValue,
  installationUpdate,
} from '../../test-support/activities.ts';

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(async () => {
  await bot.stop();
});

async function dataFilesText(dir: string): Promise<string> {
  const files = await readdir(dir);
  const parts = await Promise.all(files.filter((f) => f.endsWith('.json')).map((f) => readFile(path.join(dir, f), 'utf-8')));
  return parts.join('\n');
}

describe('a professional asks a question in the personal chat (local mode)', () => {
  it('answers with a sourced answer card at once (no typing indicator before a ready answer) and a plain-text summary', async () => {
    const res = await bot.post(personalMessage('wat zijn de stappen van de meldcode?'));
    expect(res.status).toBe(200);
    expect(bot.connector.calls[0]?.body.type).toBe('message');
    expect(bot.connector.calls.some((c) => c.body.type === 'typing')).toBe(false);
    const [card] = bot.connector.cards();
    const text = cardText(card);
    expect(text).toMatch(/stap/i);
    expect(text).toMatch(/Bronnen: \[.+\]\(https?:\/\/.+\)/);
    expect(text).toMatch(/Gecontroleerd op \d{1,2} \w+ 20\d\d/);
    const message = bot.connector.messages()[0]?.body;
    expect(typeof message?.summary).toBe('string');
    expect(String(message?.summary).length).toBeGreaterThan(10);
    const feedback = cardActions(card).filter((a) => a.type === 'Action.Execute');
    expect(feedback.map((a) => a.title)).toEqual(['👍 Ja, nuttig', '👎 Nee, niet nuttig']);
    // Replies go to the conversation the question came from.
    expect(bot.connector.calls.every((c) => c.conversationId === 'a:1personal-chat-with-professional')).toBe(true);
  });

  it('a case description from a named role gets the answer and, under it, what to do now: the meldcode steps with their source', async () => {
    await bot.post(personalMessage('ik ben wijkverpleegkundige, een oudere meneer wordt door zijn zoon van zijn geld beroofd. wat moet ik doen?'));
    const [card] = bot.connector.cards();
    const text = cardText(card);
    expect(text).toMatch(/financieel|ouderen/i);
    expect(text).toContain('Wat doet u nu?');
    expect(text).toMatch(/aandachtsfunctionaris/);
    expect(text).toMatch(/Bron: \[.+\]\(https:\/\/.+\)/);
    expect(cardActions(card).map((a) => a.title)).toContain('De 5 stappen van de meldcode op een rij');
    // A question about what something is gets no steps.
    await bot.post(personalMessage('wat is ouderenmishandeling?'));
    expect(cardText(bot.connector.cards()[1])).not.toContain('Wat doet u nu?');
  });

  it('gives the Veilig Thuis number as a tel: button when asked for it', async () => {
    await bot.post(personalMessage('tel nr VT?'));
    const [card] = bot.connector.cards();
    const urls = cardActions(card).map((a) => a.url);
    expect(urls).toContain('tel:08002000');
  });

  it('shows the emergency card first when the message signals acute danger, then still answers', async () => {
    await bot.post(personalMessage('Een leerling durft niet naar huis omdat haar vader haar slaat, wat moet ik doen?'));
    const cards = bot.connector.cards();
    expect(cards.length).toBeGreaterThanOrEqual(2);
    const first = cards[0];
    const urls = cardActions(first).map((a) => a.url);
    expect(urls).toContain('tel:112');
    expect(urls).toContain('tel:08002000');
    expect(cardText(first)).toMatch(/112/);
  });

  it('shows 113 and 112 for suicidal thoughts', async () => {
    await bot.post(personalMessage('mijn cliënt zegt dat hij niet meer wil leven'));
    const urls = cardActions(bot.connector.cards()[0]).map((a) => a.url);
    expect(urls).toContain('tel:08000113');
    expect(urls).toContain('tel:112');
  });

  it('after the 113 card, a message with suicidal thoughts gets the entry on referring to 113, not a guess on its other words', async () => {
    // Before: "melding doen bij Veilig Thuis" (on "belt") after the emergency card; another such message got the 2019 programme.
    await bot.post(personalMessage('mijn cliënt belt me net en zegt dat hij bij het spoor staat en er klaar mee is'));
    const cards = bot.connector.cards();
    expect(cards).toHaveLength(2);
    expect(cardActions(cards[0]).map((a) => a.url)).toContain('tel:08000113');
    expect(cardText(cards[1])).toMatch(/113 Zelfmoordpreventie: doorverwijzen/);
    expect(cardText(cards[1])).not.toMatch(/melding doen/i);
  });

  it('after the 113 card, an answer about another worry in the message stays (partner violence)', async () => {
    await bot.post(personalMessage('verpleegkundige hier, een vrouw die net door haar man is mishandeld zegt dat ze niet meer verder wil en loopt richting het station'));
    const cards = bot.connector.cards();
    expect(cardActions(cards[0]).map((a) => a.url)).toContain('tel:08000113');
    expect(cardText(cards.at(-1))).toMatch(/partner/i);
    expect(cardText(cards.at(-1))).not.toMatch(/113 Zelfmoordpreventie: doorverwijzen/);
  });

  it.each([
    // The lookup's pick was about marital captivity abroad: partner violence is named, but that entry is not about it.
    ['verpleegkundige hier, een vrouw die net door haar man is mishandeld zegt dat ze niet meer verder wil', /gevangenschap/i],
    // The pick was the entry on a child who tells: a youth worker's sector, but not what that entry is for.
    ['jongerenwerker hier, een jongen van 16 zit op het dak van de flat en zegt dat hij eraf springt', /kind vertelt/i],
    // The pick was violence by staff: "collega + appt" is a weak sign (an "a + b" term), here a goodbye.
    ["mijn collega appt me 'het is goed zo, zeg tegen de kids dat ik van ze hou' en neemt niet meer op", /door een medewerker/i],
  ])('after the 113 card, a pick that is not about the worry the message names gives way to the 113 entry: %s', async (text, wrong) => {
    await bot.post(personalMessage(text));
    const cards = bot.connector.cards();
    expect(cardActions(cards[0]).map((a) => a.url)).toContain('tel:08000113');
    expect(cardText(cards.at(-1))).toMatch(/113 Zelfmoordpreventie: doorverwijzen/);
    expect(cardText(cards.at(-1))).not.toMatch(wrong);
  });

  it('does not show the emergency card for an ordinary professional question about violence', async () => {
    await bot.post(personalMessage('hoe herken ik signalen van kindermishandeling?'));
    const cards = bot.connector.cards();
    expect(cards).toHaveLength(1);
    expect(cardActions(cards[0]).map((a) => a.url)).not.toContain('tel:112');
  });

  it('warns about personal data, still answers, and stores and logs none of it', async () => {
    await bot.post(personalMessage('Mijn leerling Sanne de Vries (BSN 111222333) heeft blauwe plekken. Moet ik dat melden bij Veilig Thuis?'));
    const cards = bot.connector.cards();
    const texts = cards.map(cardText);
    expect(texts.some((t) => /privacy/i.test(t) && /niet bewaard/.test(t))).toBe(true);
    expect(texts.some((t) => /Bronnen:/.test(t))).toBe(true);
    await bot.app.close();
    const stored = await dataFilesText(bot.dataDir);
    expect(stored).not.toMatch(/Sanne|111222333|blauwe/);
    expect(JSON.stringify(bot.logs)).not.toMatch(/Sanne|111222333|blauwe plekken/);
  });

  it('says honestly it has no answer for an unrelated question, offers topics, and keeps the question without personal data', async () => {
    await bot.post(personalMessage('Wat wordt het weer morgen in Hilversum? Bel me op 06-12345678'));
    const cards = bot.connector.cards();
    const last = cards.at(-1);
    expect(cardText(last)).toMatch(/geen goed antwoord/);
    expect(cardActions(last).some((a) => (a.data as { verb?: string } | undefined)?.verb === 'kb.topics')).toBe(true);
    await bot.app.close();
    const stored = JSON.parse(await readFile(path.join(bot.dataDir, 'answers.json'), 'utf-8')) as { data: { unanswered: Array<{ redactedText: string }> } };
    expect(stored.data.unanswered).toHaveLength(1);
    expect(stored.data.unanswered[0]?.redactedText).toMatch(/weer morgen/);
    expect(stored.data.unanswered[0]?.redactedText).not.toMatch(/12345678/);
  });

  it('never logs the message text', async () => {
    await bot.post(personalMessage('moet ik melden als ik al hulp geef aan het gezin?'));
    expect(bot.logs.some((l) => l.event === 'question')).toBe(true);
    expect(JSON.stringify(bot.logs)).not.toMatch(/hulp geef/);
  });
});

describe('buttons on the cards', () => {
  it('browses onderwerpen -> category -> entry', async () => {
    await bot.post(personalMessage('onderwerpen'));
    const topics = bot.connector.cards()[0];
    const categoryButton = cardActions(topics).find((a) => (a.data as { verb?: string }).verb === 'kb.category');
    expect(categoryButton).toBeDefined();
    bot.connector.reset();
    await bot.post(submitValue(categoryButton?.data as Record<string, unknown>));
    const category = bot.connector.cards()[0];
    const entryButton = cardActions(category).find((a) => (a.data as { verb?: string }).verb === 'kb.show');
    expect(entryButton).toBeDefined();
    bot.connector.reset();
    await bot.post(submitValue(entryButton?.data as Record<string, unknown>));
    const answer = bot.connector.cards()[0];
    expect(cardText(answer)).toContain(String(entryButton?.title));
    expect(cardText(answer)).toMatch(/Bronnen:/);
  });

  it('records feedback per entry (no question text) and refreshes the card in place', async () => {
    await bot.post(personalMessage('wat doet een aandachtsfunctionaris?'));
    const card = bot.connector.cards()[0];
    const up = cardActions(card).find((a) => a.type === 'Action.Execute' && (a.data as { helpful?: boolean }).helpful === true);
    expect(up).toBeDefined();
    const res = await bot.post(executeInvoke(String(up?.verb), up?.data as Record<string, unknown>));
    expect(res.status).toBe(200);
    const body = res.body as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toMatch(/Bedankt voor uw reactie/);
    await bot.app.close();
    const stored = JSON.parse(await readFile(path.join(bot.dataDir, 'answers.json'), 'utf-8')) as { data: { feedback: Array<Record<string, unknown>> } };
    expect(stored.data.feedback).toEqual([expect.objectContaining({ entryId: (up?.data as { id: string }).id, helpful: true })]);
    expect(JSON.stringify(stored)).not.toMatch(/aandachtsfunctionaris\?/);
  });

  it('refuses a submit whose payload does not match its schema, and changes nothing', async () => {
    await bot.post(submitValue({ verb: 'kb.category', category: 'bestaat-niet' }));
    expect(cardText(bot.connector.cards()[0])).toMatch(/werkt niet/);
    const res = await bot.post(executeInvoke('kb.feedback', { id: 42, helpful: 'ja' }));
    expect(res.status).toBe(400);
    expect((res.body as { type: string; value: { message: string } }).value.message).toMatch(/werkt niet/);
    await bot.app.close();
    const stored = JSON.parse(await readFile(path.join(bot.dataDir, 'answers.json'), 'utf-8')) as { data: { feedback: unknown[] } };
    expect(stored.data.feedback).toEqual([]);
  });
});

describe('group chats and channels', () => {
  it('stays quiet in a group chat unless mentioned, and answers with the mention stripped', async () => {
    await bot.post(groupMessage('groupChat', 'wat is de kindcheck?', { mention: false }));
    expect(bot.connector.calls).toHaveLength(0);
    await bot.post(groupMessage('groupChat', 'wat is de kindcheck?'));
    const card = bot.connector.cards()[0];
    expect(cardText(card)).toMatch(/kindcheck/i);
    expect(bot.connector.calls.every((c) => c.conversationId === '19:werkgroep-verwijsindex-chat@thread.v2')).toBe(true);
  });

  it('answers in a channel when mentioned', async () => {
    await bot.post(groupMessage('channel', 'help'));
    expect(cardText(bot.connector.cards()[0])).toMatch(/Wat kan Meldwijzer/);
  });

  it('never replies to another bot', async () => {
    const fromBot = personalMessage('wat is de meldcode?');
    await bot.post({ ...fromBot, from: { id: '28:other-bot', name: 'Andere bot', role: 'bot' } });
    await bot.post({ ...fromBot, from: { id: BOT_ID, name: 'Meldwijzer' } });
    expect(bot.connector.calls).toHaveLength(0);
  });
});

describe('a question that starts with a command word', () => {
  it('"hulp" with a cry for help: the 113 card, not the help card', async () => {
    await bot.post(personalMessage('hulp ik wil niet meer leven'));
    const cards = bot.connector.cards();
    expect(cardText(cards[0])).toMatch(/113/);
    expect(cards.map(cardText).join('\n')).not.toMatch(/Wat kan Meldwijzer/);
  });

  it('"help" with acute danger: the 112 card first', async () => {
    await bot.post(personalMessage('help mijn buurvrouw wordt nu geslagen door haar man'));
    expect(cardText(bot.connector.cards()[0])).toMatch(/Bel 112/);
  });

  it('"hulp bij ..." is a question and gets an answer, bare "hulp" is the help card', async () => {
    await bot.post(personalMessage('hulp bij een melding bij Veilig Thuis'));
    const answer = cardText(bot.connector.cards()[0]);
    expect(answer).not.toMatch(/Wat kan Meldwijzer/);
    expect(answer).toMatch(/Veilig Thuis/);
    bot.connector.reset();
    await bot.post(personalMessage('hulp'));
    expect(cardText(bot.connector.cards()[0])).toMatch(/Wat kan Meldwijzer/);
  });

  it('a professional\'s question that starts with a leader\'s word is answered; the bare word is refused', async () => {
    await bot.post(personalMessage('update over de meldcode: wat is er veranderd in het afwegingskader?'));
    expect(bot.connector.messages().map((m) => String(m.body.text ?? ''))).not.toContain(leaderOnlyText);
    expect(cardText(bot.connector.cards()[0])).toMatch(/afwegingskader/i);
    bot.connector.reset();
    await bot.post(personalMessage('update'));
    expect(bot.connector.messages().map((m) => String(m.body.text ?? ''))).toContain(leaderOnlyText);
  });

  it('a professional who types a leader\'s command with danger in it gets the emergency card, not the refusal', async () => {
    await bot.post(personalMessage('update hij slaat me nu'));
    expect(cardText(bot.connector.cards()[0])).toMatch(/Bel 112/);
  });

  it('a leader whose command has danger in it also gets the emergency card first', async () => {
    await bot.stop();
    bot = await startTestBot({ env: { PROJECT_LEADERS: LEADER.aadObjectId } });
    await bot.post(personalMessage('update mijn man slaat mij nu', LEADER));
    expect(cardText(bot.connector.cards()[0])).toMatch(/Bel 112/);
    bot.connector.reset();
    await bot.post(personalMessage('update Orange the World in november', LEADER));
    expect(cardText(bot.connector.cards()[0])).toMatch(/Nieuwe update/);
  });

  it('extra words after "vergeet mij" still ask to erase', async () => {
    await bot.post(personalMessage('vergeet mij alstublieft'));
    expect(cardText(bot.connector.cards()[0])).toMatch(/wissen/i);
  });
});

describe('installation', () => {
  it.each(['personal', 'groupChat', 'channel'] as const)('sends a welcome card when added to a %s conversation and remembers it', async (scope) => {
    await bot.post(botAdded(scope));
    const card = bot.connector.cards()[0];
    expect(cardText(card)).toMatch(/Welkom bij Meldwijzer/);
    expect(cardText(card)).toMatch(/namen of details van een casus/);
    await bot.app.close();
    const stored = JSON.parse(await readFile(path.join(bot.dataDir, 'conversations.json'), 'utf-8')) as { data: { conversations: Record<string, unknown> } };
    expect(Object.keys(stored.data.conversations)).toHaveLength(1);
  });

  it('forgets the conversation when the app is uninstalled', async () => {
    await bot.post(botAdded('personal'));
    await bot.post(installationUpdate('personal', 'remove'));
    await bot.app.close();
    const stored = JSON.parse(await readFile(path.join(bot.dataDir, 'conversations.json'), 'utf-8')) as { data: { conversations: Record<string, unknown> } };
    expect(stored.data.conversations).toEqual({});
  });
});
