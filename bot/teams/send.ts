import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';

/** A message with one Adaptive Card; `summary` is the plain text for notifications and screen readers. */
export function adaptiveCardMessage(card: Record<string, unknown>, summary: string): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    summary,
    attachments: [CardFactory.adaptiveCard(card)],
  };
}
