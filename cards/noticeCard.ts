import { adaptiveCard, statusText, text, type AdaptiveCard } from './cardKit.ts';

/** A short message in a card; used for refusals, confirmations and errors. */
export function noticeCard(message: string, options: { title?: string; tone?: 'default' | 'good' | 'warning' | 'attention' } = {}): AdaptiveCard {
  // A tone is an icon with default text, never a pale status colour (cards/README.md, rule 13).
  const tone = options.tone === undefined || options.tone === 'default' ? undefined : options.tone;
  const title = options.title;
  const body = title ? [tone ? statusText(`**${title}**`, tone) : text(title, { weight: 'Bolder' }), text(message)] : [tone ? statusText(message, tone) : text(message)];
  return adaptiveCard(body, { fallbackText: options.title ? `${options.title}: ${message}` : message });
}

export function invalidInputCard(): AdaptiveCard {
  return noticeCard('Deze knop werkt niet (meer). Er is niets veranderd. Typ **help** om te zien wat ik kan.', { tone: 'warning' });
}
