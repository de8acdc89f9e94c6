import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnswerService } from '../../bot/answers/answerService.ts';
import { loadKnowledge } from '../../bot/answers/loadKnowledge.ts';
import { leaderOnlyText } from '../../bot/platform/roles.ts';
import { escapeText } from '../../cards/cardKit.ts';
import { INSIGHTS_VERBS } from '../../cards/insightsCard.ts';
import { executeInvoke, groupMessage, LEADER, personalMessage, PROFESSIONAL, submitValue, type Person } from '../../test-support/activities.ts';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { adaptiveCardProblems, messageBytes } from '../../test-support/validateCard.ts';

/**
 * `inzichten`: the project leader sees the questions the bot could not answer (as stored: without personal data)
 * and the 👍/👎 per answer, through /api/messages in local mode. Anyone else gets the polite refusal.
 */

const answers = createAnswerService(await loadKnowledge(fileURLToPath(new URL('../../knowledge', import.meta.url))));

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot({ env: { PROJECT_LEADERS: LEADER.aadObjectId } });
});
afterEach(async () => {
  await bot.stop();
});

const UNANSWERED = [
  'Wat wordt het weer morgen in Hilversum? Bel me op 06-12345678',
  'Welke *pizza* is het lekkerst in Bussum? Mail me: jan.jansen@example.nl',
];

/** Asks a question that has an answer and clicks 👍 or 👎 on it; returns the entry id. */
async function rate(question: string, helpful: boolean, from: Person = PROFESSIONAL): Promise<string> {
  bot.connector.reset();
  await bot.post(personalMessage(question, from));
  const button = cardActions(bot.connector.cards().at(-1)).find((a) => a.type === 'Action.Execute' && (a.data as { helpful?: boolean }).helpful === helpful);
  expect(button, `feedback button on the answer to "${question}"`).toBeDefined();
  const res = await bot.post(executeInvoke(String(button?.verb), button?.data as Record<string, unknown>, 'personal', from));
  expect(res.status).toBe(200);
  return (button?.data as { id: string }).id;
}

const lastCard = () => bot.connector.cards().at(-1);
const lastText = () => {
  const m = bot.connector.messages().at(-1)?.body;
  return typeof m?.text === 'string' ? m.text : '';
};

async function professionalUsesTheBot() {
  for (const q of UNANSWERED) {
    bot.connector.reset();
    await bot.post(personalMessage(q));
    expect(cardText(lastCard()), q).toMatch(/geen goed antwoord/);
  }
  const notHelpful = await rate('wat doet een aandachtsfunctionaris?', false);
  const helpful = await rate('wat zijn de stappen van de meldcode?', true);
  // The leader finds the first answer useful: one 👍 and one 👎 on the same answer.
  await rate('wat doet een aandachtsfunctionaris?', true, LEADER);
  return { notHelpful, helpful };
}

const titleOf = (id: string) => {
  const title = answers.byId(id)?.title;
  if (!title) throw new Error(`no entry ${id}`);
  // As the card shows it: escaped like all text that is not the card's own.
  return escapeText(title);
};

describe('inzichten: the leader sees unanswered questions and feedback', () => {
  it('shows the redacted questions newest first with a date, the total, and 👍/👎 and times shown per answer by title', async () => {
    const { notHelpful, helpful } = await professionalUsesTheBot();
    bot.connector.reset();
    await bot.post(personalMessage('inzichten', LEADER));
    const messages = bot.connector.messages();
    expect(messages).toHaveLength(1);
    const card = lastCard();
    const text = cardText(card);

    expect(text).toMatch(/Inzichten/);
    expect(text).toMatch(/2 vragen in de laatste 90 dagen/);
    expect(text).not.toMatch(/12345678|jan\.jansen|example\.nl/);
    expect(text).toMatch(/\d{1,2} \p{L}+ 20\d\d, \d\d\.\d\d uur/u);

    // Answers by their title from the knowledge base, with 👍/👎 and how often they were shown.
    const lines = text.split('\n');
    const countsAfter = (title: string) => lines[lines.indexOf(title) + 1];
    const af = titleOf(notHelpful);
    const steps = titleOf(helpful);
    expect(text).toMatch(/Antwoorden die niet hielpen/);
    expect(text).toMatch(/Antwoorden die hielpen/);
    expect(text).toMatch(/Vaakst getoond/);
    expect(lines).toContain(af);
    expect(lines).toContain(steps);
    expect(countsAfter(af)).toBe('👍 1 · 👎 1 · 2 keer getoond');
    expect(countsAfter(steps)).toBe('👍 1 · 👎 0 · 1 keer getoond');
    // Entry ids are not shown where titles belong.
    expect(lines).not.toContain(notHelpful);

    expect(cardActions(card).map((a) => a.title)).toEqual(['Vernieuwen', 'Onderwerpen bekijken']);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(messageBytes(messages[0]?.body)).toBeLessThan(80 * 1024);
    expect(String(messages[0]?.body.summary)).toMatch(/2 vragen zonder antwoord/);

    // The questions exactly as stored (without personal data), escaped because they are user text, newest first.
    await bot.app.close();
    const stored = JSON.parse(await readFile(path.join(bot.dataDir, 'answers.json'), 'utf-8')) as { data: { unanswered: Array<{ redactedText: string }> } };
    const [older, newer] = stored.data.unanswered.map((u) => escapeText(u.redactedText));
    expect(older).toMatch(/weer morgen/);
    expect(lines).toContain(older);
    expect(lines).toContain(newer);
    expect(lines.indexOf(newer ?? '')).toBeLessThan(lines.indexOf(older ?? ''));
  });

  it('Vernieuwen replaces the card in place with the latest figures', async () => {
    await bot.post(personalMessage('inzichten', LEADER));
    expect(cardText(lastCard())).toMatch(/geen vragen zonder antwoord/);
    await bot.post(personalMessage(UNANSWERED[0] ?? ''));
    const res = await bot.post(executeInvoke(INSIGHTS_VERBS.refresh, {}, 'personal', LEADER));
    const body = res.body as { statusCode: number; type: string; value: Record<string, unknown> };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toMatch(/1 vraag in de laatste 90 dagen/);
    expect(cardText(body.value)).toMatch(/weer morgen/);
    expect(cardText(body.value)).not.toMatch(/12345678/);
  });

  it('is reachable from a button on the leader part of the help card (the command is hidden from the Teams menu)', async () => {
    await bot.post(personalMessage('help', LEADER));
    const help = lastCard();
    expect(cardText(help)).toMatch(/Voor de projectleider[\s\S]*inzichten/);
    const button = cardActions(help).find((a) => a.title === 'Inzichten bekijken');
    expect(button?.type).toBe('Action.Submit');
    expect(bot.app.router.commands.find((c) => c.verbs.includes('inzichten'))).toMatchObject({ hidden: true, leaderOnly: true, scopes: ['personal'] });
    bot.connector.reset();
    await bot.post(submitValue(button?.data as Record<string, unknown>, 'personal', LEADER));
    expect(cardText(lastCard())).toMatch(/Vragen zonder antwoord/);
  });

  it('only in the personal chat: a leader in a channel is told where to look, and no questions are shown there', async () => {
    await bot.post(personalMessage(UNANSWERED[0] ?? ''));
    bot.connector.reset();
    await bot.post(groupMessage('channel', 'inzichten', { from: LEADER }));
    expect(bot.connector.cards()).toHaveLength(0);
    expect(lastText()).toMatch(/persoonlijke chat/);
    const res = await bot.post(executeInvoke(INSIGHTS_VERBS.refresh, {}, 'channel', LEADER));
    expect((res.body as { value: unknown }).value).toMatch(/persoonlijke chat/);
    await bot.post(personalMessage('help', LEADER));
    bot.connector.reset();
    await bot.post(groupMessage('channel', 'help', { from: LEADER }));
    expect(cardActions(lastCard()).map((a) => a.title)).not.toContain('Inzichten bekijken');
  });
});

describe('inzichten: anyone else gets the polite refusal', () => {
  it('a professional typing inzichten gets the refusal and sees no questions or counts', async () => {
    await professionalUsesTheBot();
    bot.connector.reset();
    await bot.post(personalMessage('inzichten'));
    expect(bot.connector.cards()).toHaveLength(0);
    expect(bot.connector.messages()).toHaveLength(1);
    expect(lastText()).toBe(leaderOnlyText);
  });

  it('refuses the buttons too, and the professional help card has no Inzichten button', async () => {
    await bot.post(personalMessage(UNANSWERED[0] ?? ''));
    bot.connector.reset();
    await bot.post(submitValue({ verb: INSIGHTS_VERBS.show }));
    expect(lastText()).toBe(leaderOnlyText);
    const res = await bot.post(executeInvoke(INSIGHTS_VERBS.refresh, {}));
    expect((res.body as { value: unknown }).value).toBe(leaderOnlyText);
    await bot.post(personalMessage('help'));
    const help = lastCard();
    expect(cardActions(help).map((a) => a.title)).not.toContain('Inzichten bekijken');
    expect(cardText(help)).not.toMatch(/inzichten/);
    expect(JSON.stringify(bot.connector.calls)).not.toMatch(/weer morgen/);
  });

  it('"inzichten over de meldcode" from a professional is a question, not the command', async () => {
    await bot.post(personalMessage('inzichten over de meldcode stappen'));
    expect(lastText()).not.toBe(leaderOnlyText);
    expect(bot.connector.cards().length).toBeGreaterThan(0);
  });
});
