import { adaptiveCard, text, type AdaptiveCard } from './cardKit.ts';

/** A short message in a card; used for refusals, confirmations and errors. */
export function noticeCard(message: string, options: { title?: string; tone?: 'default' | 'good' | 'warning' | 'attention' } = {}): AdaptiveCard {
  const color = options.tone === 'good' ? 'Good' : options.tone === 'warning' ? 'Warning' : options.tone === 'attention' ? 'Attention' : 'Default';
  const body = options.title ? [text(options.title, { weight: 'Bolder', color }), text(message)] : [text(message, { color })];
  return adaptiveCard(body, { fallbackText: options.title ? `${options.title}: ${message}` : message });
}

export function invalidInputCard(): AdaptiveCard {
  return noticeCard('Deze knop werkt niet (meer). Er is niets veranderd. Typ **help** om te zien wat ik kan.', { tone: 'warning' });
}
