/** The activities the bot sends, as plain data (what the Bot Framework connector receives). */
export interface OutgoingActivity {
  type: 'message';
  summary?: string;
  text?: string;
  textFormat?: 'markdown';
  attachments?: Array<{ contentType: string; content: unknown }>;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** A message with one Adaptive Card; `summary` is the plain text for notifications and screen readers. */
export function adaptiveCardMessage(card: Record<string, unknown>, summary: string): OutgoingActivity {
  return { type: 'message', summary, attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }] };
}

/** A text message; Teams renders its markdown (bold, lists, links). */
export function textMessage(text: string): OutgoingActivity {
  return { type: 'message', text, textFormat: 'markdown' };
}
