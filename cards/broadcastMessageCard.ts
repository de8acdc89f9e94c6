import type { BroadcastContent } from '../bot/broadcasts/draft.ts';
import { actionSet, adaptiveCard, escapeText, openUrl, text, userMarkdown, type AdaptiveCard, type CardElement } from './cardKit.ts';

export interface BroadcastMessageView {
  content: BroadcastContent;
  conversationType: 'personal' | 'groupChat' | 'channel';
}

/**
 * The update itself, as every recipient gets it. The title is plain text (escaped); the body is Teams markdown
 * written by the project leader, on purpose: bold, lists and links are part of a good update.
 */
export function broadcastMessageCard(v: BroadcastMessageView): AdaptiveCard {
  return adaptiveCard(broadcastMessageBody(v), { fallbackText: `${v.content.title}: ${v.content.text.slice(0, 300)}` });
}

/** The elements of the update, so the preview and the approval request can show exactly the same thing. */
export function broadcastMessageBody(v: BroadcastMessageView): CardElement[] {
  const { content } = v;
  const body: CardElement[] = [
    text('Update van het programma Geweld hoort nergens thuis', { size: 'Small', isSubtle: true, spacing: 'None' }),
    text(escapeText(content.title), { size: 'Large', weight: 'Bolder', style: 'heading', spacing: 'Small' }),
  ];
  if (content.imageUrl) body.push({ type: 'Image', url: content.imageUrl, altText: content.title.slice(0, 100), size: 'Stretch', spacing: 'Medium' });
  // Every line the leader typed stays a line (Teams joins single newlines); bold, lists and links stay.
  body.push(text(userMarkdown(content.text, { links: true }), { spacing: 'Medium' }));
  if (content.link) body.push(actionSet([openUrl(content.link.title, content.link.url)], { spacing: 'Medium' }));
  body.push(
    text(
      v.conversationType === 'personal'
        ? 'U krijgt dit bericht van Meldwijzer. Geen updates meer? Typ **geen updates**.'
        : 'Dit bericht komt van Meldwijzer, de Teams-app van het programma.',
      { size: 'Small', isSubtle: true, spacing: 'Medium', separator: true },
    ),
  );
  return body;
}

/** Plain text for the notification and screen readers. */
export function broadcastSummary(content: BroadcastContent): string {
  return `Update: ${content.title}`.slice(0, 200);
}
