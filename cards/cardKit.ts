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

export function container(items: CardElement[], options: { style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent'; spacing?: TextOptions['spacing']; separator?: boolean } = {}): CardElement {
  return { type: 'Container', items, ...options };
}

/** Actions per ActionSet (or per card's `actions`): the Adaptive Cards host config default; more fail validation. */
export const MAX_ACTIONS = 5;

export function actionSet(actions: CardElement[], options: { spacing?: TextOptions['spacing'] } = {}): CardElement {
  return { type: 'ActionSet', actions, ...options };
}

/** A long list of buttons as consecutive ActionSets of at most MAX_ACTIONS each. */
export function actionSets(actions: CardElement[], options: { spacing?: TextOptions['spacing'] } = {}): CardElement[] {
  const sets: CardElement[] = [];
  for (let i = 0; i < actions.length; i += MAX_ACTIONS) sets.push(actionSet(actions.slice(i, i + MAX_ACTIONS), i === 0 ? options : { spacing: 'Small' }));
  return sets;
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

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** "29 november 2026" for an ISO date (YYYY-MM-DD). */
export function dutchDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T12:00:00Z`));
}
