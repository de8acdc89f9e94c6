import type { BroadcastContent } from '../bot/broadcasts/draft.ts';
import { adaptiveCard, container, execute, factSet, heading, statusBox, statusText, text, type AdaptiveCard } from './cardKit.ts';
import { broadcastMessageBody } from './broadcastMessageCard.ts';
import { BROADCAST_VERBS } from './broadcastVerbs.ts';

export interface BroadcastPreviewView {
  id: string;
  content: BroadcastContent;
  audienceLabel: string;
  /** How many conversations would get it now. */
  count: number;
  optedOut: number;
  inactive: number;
  sendAtText: string | undefined;
  approvalRequired: boolean;
  /** A problem from the last click (e.g. nobody to approve), shown at the top. */
  problem?: string | undefined;
}

/** The exact update as recipients will see it, the number of recipients, and Versturen / Aanpassen / Annuleren. */
export function broadcastPreviewCard(v: BroadcastPreviewView): AdaptiveCard {
  const facts = [
    { title: 'Naar', value: v.audienceLabel },
    { title: 'Ontvangers', value: recipientsText(v.count) },
    { title: 'Wanneer', value: v.sendAtText ?? 'Meteen na Versturen' },
  ];
  const left: string[] = [];
  if (v.optedOut > 0) left.push(`${v.optedOut} ${v.optedOut === 1 ? 'persoon wil' : 'personen willen'} geen updates`);
  if (v.inactive > 0) left.push(`${v.inactive} ${v.inactive === 1 ? 'chat heeft' : 'chats hebben'} Meldwijzer niet meer`);
  const body = [
    heading('Voorbeeld van uw update'),
    ...(v.problem ? [statusBox(v.problem, 'attention')] : []),
    text('Zo ziet het bericht eruit in een persoonlijke chat:', { size: 'Small', isSubtle: true, spacing: 'None' }),
    container(broadcastMessageBody({ content: v.content, conversationType: 'personal' }), { style: 'emphasis', spacing: 'Small' }),
    factSet(facts),
  ];
  if (left.length > 0) body.push(text(`Overgeslagen: ${left.join('; ')}.`, { size: 'Small', isSubtle: true, spacing: 'None' }));
  if (v.count === 0) body.push(statusText('Er is niemand in deze doelgroep. Kies **Aanpassen** en kies een andere doelgroep.', 'warning'));
  body.push(
    text(
      v.approvalRequired
        ? 'Er is nog niets verstuurd. Na **Versturen** gaat het concept eerst naar de andere projectleiders; zodra één van hen goedkeurt, gaat de update weg.'
        : 'Er is nog niets verstuurd. Controleer alles en kies **Versturen**.',
      { size: 'Small', spacing: 'Medium' },
    ),
  );
  return adaptiveCard(body, {
    actions: [
      execute('Versturen', BROADCAST_VERBS.confirm, { id: v.id }, { style: 'positive', associatedInputs: 'none' }),
      execute('Aanpassen', BROADCAST_VERBS.edit, { id: v.id }, { associatedInputs: 'none' }),
      execute('Annuleren', BROADCAST_VERBS.discard, { id: v.id }, { style: 'destructive', associatedInputs: 'none' }),
    ],
    fallbackText: `Voorbeeld van de update "${v.content.title}" voor ${recipientsText(v.count)}.`,
  });
}

export function recipientsText(n: number): string {
  return n === 1 ? '1 chat of kanaal' : `${n} chats en kanalen`;
}
