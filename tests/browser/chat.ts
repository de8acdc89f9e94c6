/**
 * Driving Microsoft 365 Agents Playground (0.2.x) in Debian's Chromium with playwright-core.
 *
 * What the Playground renders, as found in its DOM: every Adaptive Card is a `.ac-adaptiveCard` (Teams' renderer),
 * its heading a `[role=heading]`; buttons are real buttons named by their title; the compose box is a Lexical
 * editor (`[data-lexical-editor]`); conversations are tree items in the left rail; typing `@` opens a
 * listbox to mention the bot. Only the selected conversation is in the DOM.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { it, type TestContext } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright gives every launch a fresh temporary profile (user-data-dir) and removes it on close. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Parsing the Playground's 9 MB bundle takes 10-40 s on a small, busy machine. */
const PAGE_LOAD_MS = 120_000;
/** A bot reply normally takes well under a second. */
const REPLY_MS = 20_000;

export const PERSONAL_CHAT = 'Personal Chat';

export class Chat {
  /** Console messages, page errors and failed requests, for the artifacts of a failed test. */
  readonly log: string[] = [];
  #current = PERSONAL_CHAT;
  readonly #opened = new Set<string>([PERSONAL_CHAT]);

  private constructor(
    readonly who: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /** Opens the Playground; it installs the app in the personal chat, so the welcome card is the first thing shown. */
  static async open(browser: Browser, url: string, who: string): Promise<Chat> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Europe/Amsterdam', locale: 'en-US' });
    // The Playground asks a CDN for fonts and an animation worklet; offline that only costs time. Localhost only.
    await context.route((u) => !/^(https?:\/\/(localhost|127\.0\.0\.1)[:/]|data:|blob:)/.test(u.href), (r) => r.abort('blockedbyclient'));
    context.setDefaultTimeout(REPLY_MS);
    const page = await context.newPage();
    const chat = new Chat(who, context, page);
    const stamp = () => new Date().toISOString().slice(11, 23);
    page.on('console', (m) => chat.log.push(`${stamp()} console.${m.type()} ${m.text()}`));
    page.on('pageerror', (e) => chat.log.push(`${stamp()} pageerror ${e.stack ?? e.message}`));
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_BLOCKED_BY_CLIENT') chat.log.push(`${stamp()} requestfailed ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) chat.log.push(`${stamp()} http ${r.status()} ${r.request().method()} ${r.url()}`);
    });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_LOAD_MS });
    await chat.cards().filter({ hasText: 'Welkom bij Meldwijzer' }).first().waitFor({ timeout: PAGE_LOAD_MS });
    return chat;
  }

  /** The cards of the selected conversation, oldest first. */
  cards(): Locator {
    return this.page.locator('.ac-adaptiveCard');
  }

  card(index: number): Locator {
    return this.cards().nth(index);
  }

  /** The log length when the cards were last counted: newCards() explains a timeout with what came after. */
  #mark = 0;

  async cardCount(): Promise<number> {
    this.#mark = this.log.length;
    return this.cards().count();
  }

  static async title(card: Locator): Promise<string> {
    return (await card.locator('[role=heading]').first().innerText()).trim();
  }

  /**
   * Selects a conversation in the left rail: "Personal Chat", the group chat's name, or "Team - Channel".
   * The first time, the Playground installs the app there, so we wait for that welcome card.
   */
  async openConversation(name: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('treeitem', { name, exact: true }).click();
    this.#current = name;
    if (!this.#opened.has(name)) {
      this.#opened.add(name);
      await this.cards().filter({ hasText: 'Welkom bij Meldwijzer' }).first().waitFor();
    }
  }

  /** Types a message and sends it; in a group chat or channel with an @mention of the bot first. */
  async send(text: string, options: { mention?: boolean } = {}): Promise<void> {
    const box = this.page.locator('[data-lexical-editor="true"]');
    await box.click();
    if (options.mention ?? this.#current !== PERSONAL_CHAT) {
      await this.page.keyboard.type('@');
      await this.page.getByRole('listbox').getByText('Meldwijzer', { exact: true }).click();
      await this.page.keyboard.type(' ');
    }
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Waits until `count` cards more than `before` are shown and returns them in order. */
  async newCards(before: number, count = 1, timeout = REPLY_MS): Promise<Locator[]> {
    const logged = this.#mark;
    try {
      await waitUntil(async () => (await this.cards().count()) >= before + count, timeout, `${count} new card(s) after the ${before} shown`);
    } catch (err) {
      throw new Error(`${(err as Error).message}${this.#explain(logged)}`);
    }
    return Array.from({ length: count }, (_, i) => this.card(before + i));
  }

  /** Sends a message and returns the first card(s) the bot answers with. */
  async ask(text: string, options: { mention?: boolean; cards?: number } = {}): Promise<Locator[]> {
    const before = await this.cardCount();
    await this.send(text, options);
    return this.newCards(before, options.cards ?? 1);
  }

  /** What the page reported since log line `from`, with a hint for errors we know. */
  #explain(from: number): string {
    const errors = this.log.slice(from).filter((l) => / pageerror /.test(l));
    if (errors.length === 0) return '';
    const known = errors.some((l) => l.includes('Cannot add property msTeams') || l.includes("Cannot assign to read only property 'msTeams'"))
      ? "\nKnown Agents Playground 0.2.x bug: its card renderer throws on an Action.Submit whose data has `msteams` (messageBack/imBack), so nothing is sent. Plain Action.Submit data works."
      : '';
    return `\nThe page reported:\n${errors.map((l) => `  ${l.split('\n')[0]}`).join('\n')}${known}`;
  }

  /** Runs `action` and waits until one more plain text message (not a card) with this text is shown. */
  async expectNewText(text: string, action: () => Promise<void>): Promise<void> {
    const shown = this.page.getByText(text);
    const before = await shown.count();
    await action();
    await waitUntil(async () => (await shown.count()) > before, REPLY_MS, `a new message "${text}"`);
  }

  /** Names of the buttons in a card (or in every card of the conversation), as a screen reader announces them. */
  static async buttonNames(scope: Locator): Promise<string[]> {
    return scope.locator('button').evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()));
  }

  /** After a failed journey: close menus and dialogs it may have left open, so the next journey can start. */
  async recover(): Promise<void> {
    try {
      await this.page.keyboard.press('Escape');
      const cancel = this.page.getByRole('dialog').getByRole('button', { name: 'Cancel' });
      if (await cancel.isVisible()) await cancel.click({ timeout: 5000 });
      await this.page.keyboard.press('Escape');
    } catch {
      // Best effort.
    }
  }

  /** Screenshot, what the conversation shows, and the page's log, for a failed test. */
  async saveArtifacts(dir: string): Promise<void> {
    fs.mkdirSync(dir, { recursive: true });
    const base = path.join(dir, this.who.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
    try {
      await this.page.screenshot({ path: `${base}.png`, timeout: 10_000 });
    } catch (err) {
      this.log.push(`screenshot failed: ${(err as Error).message}`);
    }
    try {
      const transcript = await this.page.locator('body').innerText({ timeout: 5000 });
      fs.writeFileSync(`${base}.page.txt`, `conversation: ${this.#current}\n\n${transcript}`);
    } catch {
      // The page may be gone.
    }
    fs.writeFileSync(`${base}.console.log`, `${this.log.join('\n')}\n`);
  }
}

/** Polls until `ok` is true (usable in hooks too, unlike expect.poll). */
export async function waitUntil(ok: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Words: at least two letters in a row. An emoji or a sign alone is no label for a screen reader or an emoji-less font. */
export function hasWords(label: string): boolean {
  return /\p{L}{2,}/u.test(label);
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80);
}

export interface JourneyOptions {
  /** The chats whose screenshot and log to save when the journey fails. */
  chats: () => ReadonlyArray<Chat | undefined>;
  timeout?: number;
  resultsDir: string;
}

/** A test that saves each chat's screenshot and log under test-results/ when it fails. */
export function journey(name: string, options: JourneyOptions, fn: (ctx: TestContext) => Promise<void>): void {
  it(
    name,
    async (ctx) => {
      try {
        await fn(ctx);
        // BROWSER_SCREENSHOTS=all keeps what every journey ended with, to look at (failures are always kept).
        if (process.env.BROWSER_SCREENSHOTS === 'all') {
          for (const chat of options.chats()) await chat?.saveArtifacts(path.join(options.resultsDir, 'passed', slug(name)));
        }
      } catch (err) {
        const dir = path.join(options.resultsDir, slug(name));
        fs.mkdirSync(dir, { recursive: true });
        for (const chat of options.chats()) await chat?.saveArtifacts(dir);
        for (const chat of options.chats()) await chat?.recover();
        fs.writeFileSync(path.join(dir, 'error.txt'), `${(err as Error).stack ?? String(err)}\n`);
        throw err;
      }
    },
    options.timeout,
  );
}
