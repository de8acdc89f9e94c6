import type { ApprovalView } from '../bot/broadcasts/broadcastService.ts';
import { adaptiveCard, container, escapeText, execute, factSet, heading, statusText, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { broadcastMessageBody } from './broadcastMessageCard.ts';
import { recipientsText } from './broadcastPreviewCard.ts';
import { BROADCAST_VERBS } from './broadcastVerbs.ts';

/**
 * Sent to the other project leaders when approval is required. One of them approves or rejects; the cards of
 * the others are then updated to say who did, so nobody acts twice.
 */
export function broadcastApprovalCard(v: ApprovalView): AdaptiveCard {
  const who = v.composerName ? escapeText(v.composerName) : 'Een andere projectleider';
  const body: CardElement[] = [heading(stateHeading(v)), text(`${who} wil deze update versturen. Een tweede projectleider moet hem eerst goedkeuren.`, { spacing: 'None' })];
  body.push(
    container(broadcastMessageBody({ content: v.content, conversationType: 'personal' }), { style: 'emphasis', spacing: 'Small' }),
    factSet([
      { title: 'Naar', value: v.audienceLabel },
      { title: 'Ontvangers nu', value: recipientsText(v.estimate) },
      { title: 'Wanneer', value: v.sendAtText ?? 'Meteen na goedkeuring' },
    ]),
  );
  const by = v.decidedByName ? ` door ${escapeText(v.decidedByName)}` : '';
  if (v.state === 'approved') body.push(statusText(`Goedgekeurd${by}. De update gaat weg${v.sendAtText ? ' op het geplande moment' : ''}.`, 'good'));
  if (v.state === 'rejected') body.push(statusText(`Afgewezen${by}. Er is niets verstuurd.`, 'warning'));
  if (v.state === 'withdrawn') body.push(text('Ingetrokken: deze update wacht niet meer op goedkeuring.', { isSubtle: true }));
  const actions =
    v.state === 'open'
      ? [
          execute('Goedkeuren', BROADCAST_VERBS.approve, { id: v.id }, { style: 'positive', associatedInputs: 'none' }),
          execute('Afwijzen', BROADCAST_VERBS.reject, { id: v.id }, { style: 'destructive', associatedInputs: 'none' }),
        ]
      : [];
  return adaptiveCard(body, { actions, fallbackText: `${stateHeading(v)}: ${v.content.title}` });
}

function stateHeading(v: ApprovalView): string {
  return v.state === 'open' ? 'Goedkeuring gevraagd' : v.state === 'approved' ? 'Goedgekeurd' : v.state === 'rejected' ? 'Afgewezen' : 'Ingetrokken';
}

export function approvalSummary(v: ApprovalView): string {
  return `${stateHeading(v)}: ${v.content.title}`.slice(0, 200);
}
