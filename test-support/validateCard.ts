import * as AC from 'adaptivecards';

/**
 * Parses a card with Microsoft's Adaptive Cards library at schema 1.5 and returns every parse and validation
 * event: an empty list means Teams' renderer (which uses the same object model) accepts it.
 */
export function adaptiveCardProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    problems.push(`validate: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  return problems;
}

/** Size of the whole message as Teams receives it; Teams refuses messages above ~80 KB. */
export function messageBytes(activity: unknown): number {
  return Buffer.byteLength(JSON.stringify(activity), 'utf-8');
}
