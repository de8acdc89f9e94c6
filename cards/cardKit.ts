/**
 * Small typed builders for Adaptive Card 1.5 JSON. Cards are plain data: every card file is a function
 * from a typed view model to this JSON, so a test can render and validate it without Teams.
 */
export type CardElement = Record<string, unknown>;
export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: '1.5'; body: CardElement[] };

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export function adaptiveCard(body: CardElement[], options: { actions?: CardElement[]; fallbackText?: string; speak?: string; refresh?: CardElement } = {}): AdaptiveCard {
  const card: AdaptiveCard = { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: '1.5', body };
  if (options.actions && options.actions.length > 0) card.actions = options.actions;
  if (options.fallbackText) card.fallbackText = options.fallbackText;
  if (options.speak) card.speak = options.speak;
  if (options.refresh) card.refresh = options.refresh;
  card.msteams = { width: 'Full' };
  return card;
}

export interface TextOptions {
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  color?: 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
  separator?: boolean;
  style?: 'default' | 'heading';
}

/** A wrapping TextBlock. `value` is trusted markdown (our own content); escape user text with escapeText first. */
export function text(value: string, options: TextOptions = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function heading(value: string): CardElement {
  return text(value, { size: 'Large', weight: 'Bolder', style: 'heading' });
}

export function container(items: CardElement[], options: { style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent'; spacing?: TextOptions['spacing']; separator?: boolean; selectAction?: CardElement } = {}): CardElement {
  return { type: 'Container', items, ...options };
}

/** Actions per ActionSet (or per card's `actions`): the Adaptive Cards host config default; more fail validation. */
export const MAX_ACTIONS = 5;

export function actionSet(actions: CardElement[], options: { spacing?: TextOptions['spacing'] } = {}): CardElement {
  return { type: 'ActionSet', actions, ...options };
}

/**
 * Buttons in rows of `perRow` (one ActionSet a row): the buttons of a row share its width, and Teams cuts off a
 * label that does not fit without a sign. A row must fit a phone (about 300 px inside the card): 1 long, 2
 * medium or 3 short labels (cards/README.md, rule 5).
 */
export function buttonRows(actions: CardElement[], perRow: number, options: { spacing?: TextOptions['spacing'] } = {}): CardElement[] {
  const sets: CardElement[] = [];
  for (let i = 0; i < actions.length; i += perRow) sets.push(actionSet(actions.slice(i, i + perRow), i === 0 ? options : { spacing: 'Small' }));
  return sets;
}

/**
 * A list of choices as rows to tap (the "list" card of Microsoft's Teams card design): each row is a container
 * whose `selectAction` is the choice, so a long title wraps and shows whole, and a list of 40 is not a wall of
 * 40 buttons (cards/README.md, rules 4 and 5). `label` is what a screen reader says (the action's title).
 */
export function choiceRows(rows: ReadonlyArray<{ text: string; label: string; action: CardElement }>, options: { spacing?: TextOptions['spacing'] } = {}): CardElement[] {
  return rows.map((r, i) =>
    container([text(`› ${escapeText(r.text)}`, { color: 'Accent' })], { spacing: i === 0 ? (options.spacing ?? 'Small') : 'Small', selectAction: { ...r.action, title: r.label } }),
  );
}

/** Status tones: readable as default text with an icon, because Teams' light theme draws Good and Warning text too pale. */
const STATUS_ICONS = { good: '✅', warning: '⚠️', attention: '⛔' } as const;
export type StatusTone = keyof typeof STATUS_ICONS;

/** A status line (done, take care, not allowed): an icon and default text, never a pale status colour (cards/README.md, rule 13). */
export function statusText(value: string, tone: StatusTone, options: Omit<TextOptions, 'color'> = {}): CardElement {
  return text(`${STATUS_ICONS[tone]} ${value}`, options);
}

/** A status in a box tinted with the tone's container style; the text stays default, so it stays readable. */
export function statusBox(value: string, tone: StatusTone, options: { spacing?: TextOptions['spacing'] } = {}): CardElement {
  return container([statusText(value, tone)], { style: tone, ...options });
}

export function openUrl(title: string, url: string, options: { style?: 'default' | 'positive' | 'destructive' } = {}): CardElement {
  return { type: 'Action.OpenUrl', title, url, ...options };
}

/**
 * Navigation: Teams posts `data` as the value of a message activity. Plain data, no `msteams` messageBack
 * wrapper: Agents Playground's renderer throws on that wrapper, and the echo text it adds in Teams is not needed.
 */
export function submit(title: string, data: Record<string, unknown>): CardElement {
  return { type: 'Action.Submit', title, data };
}

/** State change: Universal Action; the bot answers with a card that replaces this one. */
export function execute(title: string, verb: string, data: Record<string, unknown> = {}, options: { style?: 'default' | 'positive' | 'destructive'; associatedInputs?: 'auto' | 'none' } = {}): CardElement {
  return { type: 'Action.Execute', title, verb, data, ...options };
}

export function factSet(facts: Array<{ title: string; value: string }>): CardElement {
  return { type: 'FactSet', facts };
}

/**
 * Escapes text that came from a user (or any outside source) before it goes into a TextBlock:
 * Adaptive Card markdown would otherwise render links, emphasis and lists from it.
 */
export function escapeText(value: string): string {
  return value
    .replace(/[\\`*_{}[\]()#+!|>~-]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.');
}

/**
 * Text written by a person that may use the markdown Teams renders (an agenda, an update): keeps every line, numbered
 * and bulleted lists, **bold** and _italic_ (and [links](https://…) with `links: true`: an update may link); escapes
 * what would become a link, an image, a heading, a quote, code or HTML (cards/README.md, rules 15 and 16). Teams ignores a single newline outside a list, so plain lines are
 * separated by a blank line, and a list by single newlines.
 */
export function userMarkdown(value: string, options: { links?: boolean } = {}): string {
  const lines = value.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let previous: 'list' | 'text' | 'blank' = 'blank';
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      previous = 'blank';
      continue;
    }
    const item = /^\s*(?:(\d{1,3})[.)]|[-*+•·])\s+(.*)$/.exec(line);
    const content = inlineMarkdown(item ? (item[2] ?? '') : line.trim(), options.links === true);
    const kind = item ? 'list' : 'text';
    const marker = item ? (item[1] !== undefined ? `${item[1]}. ` : '- ') : '';
    if (out.length > 0) out.push(kind === 'list' && previous === 'list' ? '\n' : '\n\n');
    out.push(`${marker}${kind === 'text' ? content.replace(/^(\d+)\./, '$1\\.').replace(/^([-+])/, '\\$1') : content}`);
    previous = kind;
  }
  return out.join('');
}

/** Inside a line: keeps * and _ (bold, italic), and links when allowed; escapes images, code, headings, quotes and HTML. */
function inlineMarkdown(value: string, links: boolean): string {
  return value
    .replace(links ? /[\\`{}|~]/g : /[\\`[\]{}|~]/g, (c) => `\\${c}`)
    .replace(/!(?=\\?\[)/g, '\\!')
    .replace(/^([#>])/, '\\$1')
    .replace(/</g, '&lt;');
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** "29 november 2026" for an ISO date (YYYY-MM-DD). */
export function dutchDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T12:00:00Z`));
}
