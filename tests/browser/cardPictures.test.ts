/**
 * Every card kind as a picture, and what a person would notice in it. Each case of tests/cards/cardCases.ts is
 * rendered with Microsoft's Adaptive Cards renderer in Debian's Chromium (scripts/cardRenderer.ts) with a
 * Teams-like host config at Teams' chat width: light at desktop width (the PNGs), light at phone width, and dark
 * and high contrast for the colours. The PNGs go to data/card-pictures/ (CI keeps that folder as an artifact).
 *
 * Fails when, in the DOM: a button label overflows its button (the title element's scrollWidth is larger than its
 * clientWidth), a button sticks out of the card, or a text block is wider than its box; a card shows more than 6
 * buttons (cards/README.md, rule 4); a text's contrast against its computed background is under WCAG AA (4.5:1, 3:1 for large text).
 */
import { copyFile, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../bot/main.ts';
import { sharedAnswers } from '../../test-support/harness.ts';
import { CARD_THEMES, CARD_WIDTHS, CardPage, launchCardBrowser, type CardMeasure } from '../../scripts/cardRenderer.ts';
import { allCases, cardCases, type Case } from '../cards/cardCases.ts';

export const PICTURES_DIR = path.resolve(import.meta.dirname, '../../data/card-pictures');
const MAX_BUTTONS = 6;

const dataDir = path.join(tmpdir(), `meldwijzer-card-pictures-${process.pid}`);
const answers = await sharedAnswers();
const app = await startApp({ env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test' }, listen: false, answers });
// As the help command passes them: every command with the places where it works.
const commands = app.router.commands.map((x) => ({ verb: x.verbs[0] ?? '', description: x.description, leaderOnly: x.leaderOnly === true, scopes: x.scopes }));
const cases = allCases(cardCases({ answers, commands }));

/** "answerCard.ts#answerCard: case name" -> "answerCard--case-name.png" */
export function pictureName(name: string, theme = 'light'): string {
  const [builder = name, rest = ''] = name.split(/: (.*)/s);
  const slug = `${builder.split('#')[1] ?? builder}--${rest}`
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/-{3,}/g, '--')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 120);
  return `${slug}${theme === 'light' ? '' : `.${theme}`}.png`;
}

let browser: Browser;
let pages: { light: CardPage; phone: CardPage; dark: CardPage; contrast: CardPage };

beforeAll(async () => {
  await rm(PICTURES_DIR, { recursive: true, force: true });
  await mkdir(PICTURES_DIR, { recursive: true });
  browser = await launchCardBrowser();
  const [light, phone, dark, contrast] = await Promise.all([
    CardPage.open(browser, CARD_THEMES.light, CARD_WIDTHS.desktop),
    CardPage.open(browser, CARD_THEMES.light, CARD_WIDTHS.phone),
    CardPage.open(browser, CARD_THEMES.dark, CARD_WIDTHS.desktop),
    CardPage.open(browser, CARD_THEMES['high-contrast'], CARD_WIDTHS.desktop),
  ]);
  pages = { light, phone, dark, contrast };
});

/**
 * The pictures in the README ("De eerste vijf minuten"), under docs/cards/. `DOCS_PICTURES=1 npm run test:browser --
 * tests/browser/cardPictures.test.ts` copies them there from this run, so the README shows what the test saw.
 */
const DOCS_DIR = path.resolve(import.meta.dirname, '../../docs/cards');
const DOCS_PICTURES: Readonly<Record<string, string>> = {
  'welcomeCard.ts#welcomeCard: personal': 'welkom.png',
  'answerCard.ts#answerCard: meldcode-stap-1-signalen (ask)': 'antwoord.png',
  'topicsCard.ts#topicsCard: all categories': 'onderwerpen.png',
  'helpCard.ts#helpCard: personal, leader=false': 'help.png',
  'meetingCard.ts#meetingCard: reminder, everything': 'herinnering.png',
  'meetingCard.ts#meetingCard: my answer yes, leader': 'vergadering-projectleider.png',
};

/** Every problem found, also written to data/card-pictures/problems.txt: one place to read them all. */
const found = new Map<string, string[]>();

afterAll(async () => {
  const report = [...found].map(([name, list]) => `${name}\n${list.map((p) => `  - ${p}`).join('\n')}`).join('\n\n');
  await writeFile(path.join(PICTURES_DIR, 'problems.txt'), found.size === 0 ? 'Geen problemen gevonden.\n' : `${report}\n`);
  if (process.env['DOCS_PICTURES'] === '1') {
    await mkdir(DOCS_DIR, { recursive: true });
    for (const [name, file] of Object.entries(DOCS_PICTURES)) {
      const from = path.join(PICTURES_DIR, pictureName(name));
      // Small enough for the repository: a picture in the README stays under 100 KB.
      if ((await stat(from)).size >= 100 * 1024) throw new Error(`${from} is 100 KB or more: choose a smaller case for docs/cards/${file}`);
      await copyFile(from, path.join(DOCS_DIR, file));
    }
  }
  await browser?.close();
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Status colours only show in cards that set a colour or a container style: those get dark and high-contrast pictures too. */
const usesColour = (card: Case['card']): boolean => /"(color|style)":"(?!default|heading|Default|compact|expanded|Url|Stretch)/.test(JSON.stringify(card));

async function look(page: CardPage, c: Case, picture?: string): Promise<CardMeasure> {
  await page.render([{ card: c.card, label: c.name }]);
  if (picture) await page.screenshot(path.join(PICTURES_DIR, picture));
  const [measure] = await page.measure();
  if (!measure) throw new Error(`${c.name}: nothing rendered`);
  return measure;
}

it('has a case for every picture in the README', () => {
  expect(Object.keys(DOCS_PICTURES).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
});

describe.each(cases)('$name', (c) => {
  it('shows every button label whole, at most 6 buttons, and readable text in light, dark and high contrast', async () => {
    const light = await look(pages.light, c, pictureName(c.name));
    const phone = await look(pages.phone, c);
    const colour = usesColour(c.card);
    const dark = await look(pages.dark, c, colour ? pictureName(c.name, 'dark') : undefined);
    const contrast = await look(pages.contrast, c, colour ? pictureName(c.name, 'high-contrast') : undefined);

    const problems = [
      ...light.overflow.map((o) => `cut off at ${CARD_WIDTHS.desktop} px: ${o}`),
      ...phone.overflow.map((o) => `cut off at ${CARD_WIDTHS.phone} px (phone): ${o}`),
      ...(light.buttons > MAX_BUTTONS ? [`${light.buttons} buttons (at most ${MAX_BUTTONS}): ${light.buttonLabels.join(' | ')}`] : []),
      ...light.contrast.map((t) => `light: ${t}`),
      ...dark.contrast.map((t) => `dark: ${t}`),
      ...contrast.contrast.map((t) => `high contrast: ${t}`),
    ];
    if (problems.length > 0) found.set(c.name, problems);
    expect(problems, `see data/card-pictures/${pictureName(c.name)}`).toEqual([]);
  });
});
