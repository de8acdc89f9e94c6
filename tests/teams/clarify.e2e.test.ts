import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardActions, cardText } from '../../test-support/connectorStub.ts';
import { startTestBot, type TestBot } from '../../test-support/harness.ts';
import { personalMessage, submitValue } from '../../test-support/activities.ts';
import { CLARIFY_VERB } from '../../cards/clarifyCard.ts';

/**
 * The clarifying question, end to end over HTTP: a question about a form of violence that does not say who is at
 * risk, with two entries on that form for different people, gets "Over wie maakt u zich zorgen?"; a tap (or a
 * typed word) answers with the entry for that person. A small knowledge base in a temp folder keeps the test
 * independent of the real content.
 */

const LEXICON = `forms:
  financieel:
    label: financieel misbruik
    terms: [financieel misbruik, geld afpakken, geld afgepakt, pinpas afgepakt]
subjects:
  kind:
    label: een kind
    terms: [kind, kinderen, leerling]
  oudere:
    label: een oudere
    terms: [oudere, oma, opa]
roles:
  onderwijs:
    label: onderwijs
    terms: [juf, leerkracht]
intents:
  nu-doen:
    label: wat ik nu doe
    terms: [wat moet ik doen, wat doe ik]
`;

function entry(id: string, title: string, subject: string, answer: string): string {
  return `---
id: ${id}
title: "${title}"
category: vormen
questions:
  - ${title}
  - wat doe ik bij financieel misbruik
  - iemand pakt geld af
keywords: [financieel misbruik, geld]
facets:
  forms: [financieel]
  subjects: [${subject}]
sources:
  - title: Rijksoverheid huiselijk geweld
    url: https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-is-huiselijk-geweld
reviewed: 2026-12-04
owner: Test
---
${answer}
`;
}

let knowledgeDir: string;
beforeAll(async () => {
  knowledgeDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-kb-'));
  await mkdir(path.join(knowledgeDir, 'entries'));
  await writeFile(path.join(knowledgeDir, 'synonyms.yaml'), 'synonyms:\n  vt: [veilig thuis]\n');
  await writeFile(path.join(knowledgeDir, 'lexicon.yaml'), LEXICON);
  await writeFile(
    path.join(knowledgeDir, 'entries', 'vormen-financieel-oudere.md'),
    entry('vormen-financieel-oudere', 'Financieel misbruik van een oudere', 'oudere', 'Gaat het om een oudere? Bespreek het met de oudere zelf en vraag Veilig Thuis om advies. ANTWOORD-OUDERE.'),
  );
  await writeFile(
    path.join(knowledgeDir, 'entries', 'vormen-financieel-kind.md'),
    entry('vormen-financieel-kind', 'Financieel misbruik van een kind', 'kind', 'Gaat het om een kind? Bespreek het met de aandachtsfunctionaris en vraag Veilig Thuis om advies. ANTWOORD-KIND.'),
  );
});
afterAll(async () => {
  await rm(knowledgeDir, { recursive: true, force: true });
});

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot({ env: { KNOWLEDGE_DIR: knowledgeDir } });
});
afterEach(async () => {
  await bot.stop();
});

const QUESTION = 'ik denk dat er geld wordt afgepakt, financieel misbruik, wat moet ik doen?';

describe('a question that does not say who is at risk', () => {
  it('asks "Over wie maakt u zich zorgen?" with a button per person, then answers for the person tapped', async () => {
    await bot.post(personalMessage(QUESTION));
    const [question] = bot.connector.cards();
    expect(cardText(question)).toContain('Over wie maakt u zich zorgen?');
    const buttons = cardActions(question);
    expect(buttons.map((b) => b.title).sort()).toEqual(['Een kind', 'Een oudere', 'Iemand anders']);
    const oudere = buttons.find((b) => b.title === 'Een oudere');
    expect(oudere?.data).toEqual({ verb: CLARIFY_VERB, subject: 'oudere' });

    await bot.post(submitValue({ verb: CLARIFY_VERB, subject: 'oudere' }));
    const answer = bot.connector.cards().at(-1);
    expect(cardText(answer)).toContain('ANTWOORD-OUDERE');
    expect(cardText(answer)).not.toContain('ANTWOORD-KIND');
  });

  it('takes a typed word as the answer to the clarifying question', async () => {
    await bot.post(personalMessage(QUESTION));
    await bot.post(personalMessage('een kind'));
    const answer = bot.connector.cards().at(-1);
    expect(cardText(answer)).toContain('ANTWOORD-KIND');
  });

  it('asks nothing when the question says who it is about', async () => {
    await bot.post(personalMessage('mijn oma wordt financieel misbruik aangedaan, haar pinpas afgepakt, wat moet ik doen?'));
    const cards = bot.connector.cards();
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain('ANTWOORD-OUDERE');
  });

  it('says it no longer knows the question when a button is tapped with nothing waiting, and changes nothing', async () => {
    await bot.post(submitValue({ verb: CLARIFY_VERB, subject: 'kind' }));
    expect(cardText(bot.connector.cards().at(-1))).toContain('Ik weet uw vraag niet meer');
  });

  it('refuses a malformed clarify submit with a clear message', async () => {
    const res = await bot.post(submitValue({ verb: CLARIFY_VERB, subject: 42 }));
    expect(res.status).toBe(200);
    expect(bot.connector.calls.length).toBeGreaterThan(0);
    expect(cardText(bot.connector.cards().at(-1))).not.toContain('ANTWOORD');
  });

  it('never writes the waiting question to disk', async () => {
    await bot.post(personalMessage(QUESTION));
    const files = (await readdir(bot.dataDir)).filter((f) => f.endsWith('.json'));
    const text = (await Promise.all(files.map((f) => readFile(path.join(bot.dataDir, f), 'utf-8')))).join('\n');
    expect(text).not.toContain('afgepakt');
  });
});

describe('small talk and danger', () => {
  it('answers a greeting, thanks and English with a short reply and keeps nothing as an unanswered question', async () => {
    for (const text of ['hoi', 'dank je wel!', 'What should I do if a child tells me about abuse?']) await bot.post(personalMessage(text));
    const replies = bot.connector.messages().map((m) => String(m.body.text ?? ''));
    expect(replies[0]).toMatch(/^Hallo!/);
    expect(replies[1]).toMatch(/Graag gedaan/);
    // English: a short Dutch reply on a card with the help button, nothing more.
    const [english] = bot.connector.cards();
    expect(bot.connector.cards()).toHaveLength(1);
    expect(cardText(english)).toMatch(/Nederlands/);
    expect(cardText(english)).toMatch(/112/);
    expect(cardActions(english).map((a) => a.title)).toEqual(['Wat kan ik vragen?']);
    // Unanswered questions are saved on a timer or at the stop, not by a write each: stop first, then read the files.
    await bot.app.close();
    const files = (await readdir(bot.dataDir)).filter((f) => f.endsWith('.json'));
    const text = (await Promise.all(files.map((f) => readFile(path.join(bot.dataDir, f), 'utf-8')))).join('\n');
    expect(text).not.toMatch(/hoi|dank|What should/);
  });

  it('after the emergency card sends no "geen goed antwoord" card', async () => {
    await bot.post(personalMessage('hij staat nu met een mes in de keuken en schreeuwt dat hij haar vermoordt'));
    const cards = bot.connector.cards();
    expect(cardActions(cards[0]).map((a) => a.url)).toContain('tel:112');
    expect(cards.map((c) => cardText(c)).join('\n')).not.toContain('geen goed antwoord');
  });
});
