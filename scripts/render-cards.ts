/**
 * `npm run cards:render -- "vraag 1" "vraag 2" ...`: renders what a professional sees for each question (the same
 * cards the bot sends, built by bot/answers/answerReplies.ts) to PNG files in data/cards/, with the renderer of the
 * picture test (scripts/cardRenderer.ts: the Adaptive Cards renderer in Debian's Chromium, a Teams-like host config
 * at Teams' chat width). Open the PNGs: clipped labels, walls of buttons and lost line breaks are invisible in JSON.
 * Development tool, not a test; tests/browser/cardPictures.test.ts renders every card kind.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createAnswerService } from '../bot/answers/answerService.ts';
import { loadDutchWords } from '../bot/answers/dutchWords.ts';
import { loadKnowledge } from '../bot/answers/loadKnowledge.ts';
import { answerQuestion } from '../bot/answers/questionFlow.ts';
import type { AnswerLogStore } from '../bot/answers/answerLogStore.ts';
import { repliesFor } from '../bot/answers/answerReplies.ts';
import { CARD_THEMES, CARD_WIDTHS, CardPage, launchCardBrowser } from './cardRenderer.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'data', 'cards');

const questions = process.argv.slice(2);
if (questions.length === 0) {
  console.error('gebruik: npm run cards:render -- "vraag" ["vraag" ...]');
  process.exit(2);
}

const [knowledge, words] = await Promise.all([loadKnowledge(path.join(ROOT, 'knowledge')), loadDutchWords()]);
const answers = createAnswerService({ ...knowledge, words });
const answerLog = { recordUnanswered: async () => undefined, recordAsked: () => undefined } as unknown as AnswerLogStore;

await mkdir(OUT, { recursive: true });
const browser = await launchCardBrowser();
try {
  const page = await CardPage.open(browser, CARD_THEMES.light, CARD_WIDTHS.desktop);
  for (const [i, q] of questions.entries()) {
    const outcome = await answerQuestion({ answers, answerLog }, q, { conversationType: 'personal' });
    const replies = repliesFor(answers, outcome);
    await page.render([{ question: q }, ...replies.map((r) => ('card' in r ? { card: r.card } : { text: r.text }))]);
    const file = path.join(OUT, `${String(i + 1).padStart(2, '0')}.png`);
    await page.screenshot(file);
    await writeFile(file.replace(/\.png$/, '.txt'), `${q}\n`);
    console.log(`${file}: ${q}`);
  }
} finally {
  await browser.close();
}
