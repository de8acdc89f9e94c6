/**
 * Renders Adaptive Cards the way Teams shows them, for people (`npm run cards:render`) and for the picture test
 * (tests/browser/cardPictures.test.ts): Microsoft's adaptivecards renderer in Debian's Chromium (playwright-core,
 * never a downloaded browser), a Teams-like host config and chat width, and measurements of what a person sees
 * (labels cut off, buttons per card, text contrast). The page side is scripts/cardRenderer.page.js.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Teams' chat column: a card in a chat on desktop, and on a phone. */
export const CARD_WIDTHS = { desktop: 450, phone: 360 } as const;
export type CardWidth = keyof typeof CARD_WIDTHS;

type Colors = { default: string; subtle: string; accent: string; good: string; warning: string; attention: string; link: string };
type Backgrounds = { default: string; emphasis: string; accent: string; good: string; warning: string; attention: string };
interface Palette {
  page: string;
  text: Colors;
  backgrounds: Backgrounds;
  button: { background: string; text: string; border: string; positiveBackground: string; positiveText: string; destructiveText: string };
}

export interface CardTheme {
  name: 'light' | 'dark' | 'high-contrast';
  /** Behind the cards: Teams' chat background. */
  pageBackground: string;
  hostConfig: Record<string, unknown>;
  css: string;
}

/**
 * Light: the colours of the Teams light host config that Microsoft 365 Agents Playground 0.2.28 ships (good is
 * light green #92C353 and warning yellow #F8D22A, as in Teams). Dark and high contrast: Teams' dark and contrast
 * palettes (Fluent UI), close enough to see which text colours hold up.
 */
const PALETTES: Record<CardTheme['name'], Palette> = {
  light: {
    page: '#F5F5F5',
    text: { default: '#FF252424', subtle: '#BF252424', accent: '#6264A7', good: '#92C353', warning: '#F8D22A', attention: '#C4314B', link: '#5B5FC7' },
    backgrounds: { default: '#FFFFFF', emphasis: '#FFF9F8F7', accent: '#C7DEF9', good: '#CCFFCC', warning: '#FFE2B2', attention: '#FFC5B2' },
    button: { background: '#FFFFFF', text: '#242424', border: '#D1D1D1', positiveBackground: '#5B5FC7', positiveText: '#FFFFFF', destructiveText: '#C4314B' },
  },
  dark: {
    page: '#1F1F1F',
    text: { default: '#FFFFFF', subtle: '#BFFFFFFF', accent: '#A6A7DC', good: '#92C353', warning: '#F8D22A', attention: '#F1707B', link: '#A6A7DC' },
    backgrounds: { default: '#292929', emphasis: '#1F1F1F', accent: '#2F2F4A', good: '#393D1B', warning: '#433519', attention: '#442726' },
    button: { background: '#292929', text: '#FFFFFF', border: '#666666', positiveBackground: '#4F52B2', positiveText: '#FFFFFF', destructiveText: '#F1707B' },
  },
  'high-contrast': {
    page: '#000000',
    text: { default: '#FFFFFF', subtle: '#FFFFFF', accent: '#FFFF01', good: '#3FF23F', warning: '#FFFF01', attention: '#FF6B6B', link: '#FFFF01' },
    backgrounds: { default: '#000000', emphasis: '#000000', accent: '#000000', good: '#000000', warning: '#000000', attention: '#000000' },
    button: { background: '#000000', text: '#FFFFFF', border: '#FFFFFF', positiveBackground: '#1AEBFF', positiveText: '#000000', destructiveText: '#FFFFFF' },
  },
};

function hostConfig(p: Palette): Record<string, unknown> {
  const foregroundColors = {
    default: { default: p.text.default, subtle: p.text.subtle },
    dark: { default: p.text.default, subtle: p.text.subtle },
    light: { default: p.text.default, subtle: p.text.subtle },
    accent: { default: p.text.accent, subtle: p.text.accent },
    good: { default: p.text.good, subtle: p.text.good },
    warning: { default: p.text.warning, subtle: p.text.warning },
    attention: { default: p.text.attention, subtle: p.text.attention },
  };
  const containerStyles = Object.fromEntries(Object.entries(p.backgrounds).map(([style, backgroundColor]) => [style, { backgroundColor, foregroundColors }]));
  const fontSizes = { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 };
  const fontWeights = { lighter: 200, default: 400, bolder: 600 };
  return {
    supportsInteractivity: true,
    spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: p.button.border },
    fontTypes: { default: { fontFamily: "'Segoe UI', 'Helvetica Neue', Arial, sans-serif", fontSizes, fontWeights }, monospace: { fontFamily: "'Courier New', monospace", fontSizes, fontWeights } },
    textStyles: { heading: { fontType: 'default', size: 'large', weight: 'bolder', color: 'default', isSubtle: false } },
    containerStyles,
    // The buttons of one ActionSet share a row and shrink to fit it (adaptivecards 3 does not wrap them): a row must fit
    // the phone's width, which is stricter than a Teams client that wraps.
    actions: { maxActions: 6, buttonSpacing: 8, showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' }, actionsOrientation: 'Horizontal', actionAlignment: 'Left' },
    factSet: { title: { weight: 'Bolder', color: 'Default', size: 'Default', wrap: true }, value: { weight: 'Default', color: 'Default', size: 'Default', wrap: true }, spacing: 16 },
  };
}

function css(p: Palette): string {
  const b = p.button;
  return `
    body { margin: 0; padding: 16px; background: ${p.page}; font-family: 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; color: ${p.text.default.replace(/^#FF(?=[0-9A-F]{6}$)/i, '#')}; }
    #out > * { margin-bottom: 12px; border-radius: 6px; overflow: hidden; }
    #out > .card { background: ${p.backgrounds.default}; box-shadow: 0 1px 2px rgba(0,0,0,.2); }
    #out > .text { padding: 10px 16px; font-size: 14px; white-space: pre-wrap; background: ${p.backgrounds.default}; }
    #out > .question { padding: 8px 12px; font-size: 14px; margin-left: 15%; background: ${p.backgrounds.accent}; }
    .ac-adaptiveCard p { margin: 0; } .ac-adaptiveCard ul, .ac-adaptiveCard ol { margin: 0; padding-left: 24px; box-sizing: border-box; }
    a.ac-anchor, a.ac-anchor:link, a.ac-anchor:visited, a.ac-anchor:link:active, a.ac-anchor:visited:active { color: ${p.text.link}; }
    .ac-pushButton { background: ${b.background}; color: ${b.text}; border: 1px solid ${b.border}; border-radius: 4px; font: 600 14px 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; min-height: 32px; padding: 4px 12px; }
    .ac-pushButton.style-positive { background: ${b.positiveBackground}; color: ${b.positiveText}; border-color: ${b.positiveBackground}; }
    .ac-pushButton.expandable:after { content: ' ▾'; font-family: inherit; font-size: 12px; }
    .ac-pushButton.style-destructive { background: ${b.background}; color: ${b.destructiveText}; border-color: ${b.border}; }
    .ac-input, .ac-input select, .ac-input input, .ac-textInput, .ac-multichoiceInput { background: ${b.background}; color: ${b.text}; border: 1px solid ${b.border}; }
  `;
}

export const CARD_THEMES: Readonly<Record<CardTheme['name'], CardTheme>> = Object.fromEntries(
  (Object.entries(PALETTES) as Array<[CardTheme['name'], Palette]>).map(([name, p]) => [name, { name, pageBackground: p.page, hostConfig: hostConfig(p), css: css(p) }]),
) as Record<CardTheme['name'], CardTheme>;

export type RenderItem = { card: Record<string, unknown>; label?: string } | { text: string } | { question: string };

/** What a person sees of one card. */
export interface CardMeasure {
  label: string;
  /** Visible buttons. */
  buttons: number;
  buttonLabels: string[];
  /** Labels cut off inside their button, buttons past the card's edge, or text wider than its block. */
  overflow: string[];
  /** Texts under WCAG AA contrast against their background. */
  contrast: string[];
}

export function launchCardBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--font-render-hinting=none'],
  });
}

/** One page with the renderer loaded, for one theme and width; render, measure and photograph many times. */
export class CardPage {
  private constructor(
    readonly page: Page,
    readonly theme: CardTheme,
    readonly width: number,
  ) {}

  static async open(browser: Browser, theme: CardTheme, width: number): Promise<CardPage> {
    const [library, libraryCss, pageScript] = await Promise.all([
      readFile(path.join(ROOT, 'node_modules/adaptivecards/dist/adaptivecards.js'), 'utf8'),
      readFile(path.join(ROOT, 'node_modules/adaptivecards/dist/adaptivecards.css'), 'utf8'),
      readFile(path.join(ROOT, 'scripts/cardRenderer.page.js'), 'utf8'),
    ]);
    const page = await browser.newPage({ viewport: { width: width + 32, height: 300 }, deviceScaleFactor: 1 });
    // Cards may point at images on the web; pictures are made offline.
    await page.route(/^https?:/, (r) => r.abort('blockedbyclient'));
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>${libraryCss}</style><style>${theme.css}</style>
      <script>${library}</script><script>${pageScript}</script></head><body><div id="out" style="width:${width}px"></div></body></html>`;
    await page.setContent(html);
    return new CardPage(page, theme, width);
  }

  async render(items: RenderItem[]): Promise<void> {
    const plain = items.map((i) => ('card' in i ? { card: i.card, label: i.label } : 'question' in i ? { text: i.question, kind: 'question' } : { text: i.text }));
    await this.page.evaluate(`renderCards(${JSON.stringify({ items: plain, hostConfig: this.theme.hostConfig })})`);
  }

  measure(): Promise<CardMeasure[]> {
    return this.page.evaluate(`measureCards(${JSON.stringify(this.theme.pageBackground)})`) as Promise<CardMeasure[]>;
  }

  async screenshot(file: string): Promise<void> {
    await this.page.locator('#out').screenshot({ path: file, animations: 'disabled' });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
