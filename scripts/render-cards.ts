/**
 * `npm run cards:render -- "vraag 1" "vraag 2" ...`: renders what a professional sees for each question (the same
 * cards the bot sends, built by bot/answers/answerReplies.ts) to PNG files in data/cards/, with the Adaptive Cards
 * renderer, a Teams-like host config (Segoe-like font, Teams colours, 5 buttons a row at most) and Teams' chat
 * width (about 450 px for a card in the personal chat), in Debian's Chromium. Open the PNGs: clipped labels, walls
 * of buttons and lost line breaks are invisible in JSON. Development tool, not a test.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createAnswerService } from '../bot/answers/answerService.ts';
import { loadDutchWords } from '../bot/answers/dutchWords.ts';
import { loadKnowledge } from '../bot/answers/loadKnowledge.ts';
import { answerQuestion } from '../bot/answers/questionFlow.ts';
import type { AnswerLogStore } from '../bot/store/answerLogStore.ts';
import { repliesFor } from '../bot/answers/answerReplies.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'data', 'cards');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CARD_WIDTH = 450;

/** Close to Teams' light theme: its font stack, text colours and accent; the values are Teams' public defaults. */
const HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5B5FC7', subtle: '#5B5FC7' }, good: { default: '#0E700E', subtle: '#0E700E' }, warning: { default: '#835C00', subtle: '#835C00' }, attention: { default: '#C4314B', subtle: '#C4314B' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    attention: { backgroundColor: '#FDE7E9', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    good: { backgroundColor: '#E7F2DA', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
  },
  actions: { maxActions: 6, buttonSpacing: 8, showCard: { actionMode: 'inline' }, actionsOrientation: 'horizontal', actionAlignment: 'left' },
  supportsInteractivity: true,
};

/** Runs in the page: renders each reply with the Adaptive Cards library (a string, so no DOM types are needed here). */
const PAGE_SCRIPT = `
function renderAll(input) {
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    // Teams renders a subset of markdown: bold, links, lists and line breaks. Enough for a look.
    var escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    result.outputHtml = escaped
      .replace(/\\*\\*(.+?)\\*\\*/g, '<b>$1</b>')
      .replace(/\\[([^\\]]+)\\]\\(([^)]+)\\)/g, '<a href="$2">$1</a>')
      .replace(/\\n\\n/g, '<br><br>')
      .replace(/\\n/g, '<br>');
    result.didProcess = true;
  };
  document.querySelector('.q').textContent = input.question;
  var out = document.getElementById('out');
  input.replies.forEach(function (reply) {
    var box = document.createElement('div');
    if (reply.card !== undefined) {
      box.className = 'card';
      var card = new AdaptiveCards.AdaptiveCard();
      card.hostConfig = new AdaptiveCards.HostConfig(input.hostConfig);
      card.parse(reply.card);
      box.appendChild(card.render());
    } else {
      box.className = 'text';
      box.textContent = reply.text || '';
    }
    out.appendChild(box);
  });
}`;

const questions = process.argv.slice(2);
if (questions.length === 0) {
  console.error('gebruik: npm run cards:render -- "vraag" ["vraag" ...]');
  process.exit(2);
}

const [knowledge, words] = await Promise.all([loadKnowledge(path.join(ROOT, 'knowledge')), loadDutchWords()]);
const answers = createAnswerService({ ...knowledge, words });
const answerLog = { recordUnanswered: async () => undefined, recordAsked: () => undefined } as unknown as AnswerLogStore;
const library = await readFile(path.join(ROOT, 'node_modules/adaptivecards/dist/adaptivecards.js'), 'utf8');
const css = await readFile(path.join(ROOT, 'node_modules/adaptivecards/dist/adaptivecards.css'), 'utf8');

await mkdir(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: CARD_WIDTH + 40, height: 400 }, deviceScaleFactor: 1 });
  for (const [i, q] of questions.entries()) {
    const outcome = await answerQuestion({ answers, answerLog }, q, { conversationType: 'personal' });
    const replies = repliesFor(answers, outcome);
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
      body { margin: 0; padding: 20px; background: #F5F5F5; font-family: 'Segoe UI', Arial, sans-serif; }
      .q { width: ${CARD_WIDTH}px; margin: 0 0 12px auto; background: #E8EBFA; border-radius: 6px; padding: 8px 12px; font-size: 14px; }
      .card, .text { width: ${CARD_WIDTH}px; background: #fff; border-radius: 6px; margin-bottom: 12px; box-shadow: 0 1px 2px rgba(0,0,0,.15); overflow: hidden; }
      .text { padding: 12px 16px; font-size: 14px; white-space: pre-wrap; }
      </style><script>${library}</script><script>${PAGE_SCRIPT}</script></head><body><div class="q"></div><div id="out"></div></body></html>`;
    await page.setContent(html);
    await page.evaluate(`renderAll(${JSON.stringify({ question: q, replies, hostConfig: HOST_CONFIG })})`);
    const file = path.join(OUT, `${String(i + 1).padStart(2, '0')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await writeFile(file.replace(/\.png$/, '.txt'), `${q}\n`);
    console.log(`${file}: ${q}`);
  }
} finally {
  await browser.close();
}
