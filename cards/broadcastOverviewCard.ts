import type { BroadcastStatus } from '../bot/broadcasts/broadcastStore.ts';
import { adaptiveCard, container, escapeText, execute, heading, submit, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { statusHeading } from './broadcastReportCard.ts';
import { BROADCAST_VERBS } from './broadcastVerbs.ts';

export interface BroadcastOverviewView {
  items: ReadonlyArray<{ id: string; title: string; status: BroadcastStatus; when: string; sent: number | undefined; total: number | undefined }>;
}

/**
 * `update overzicht`: the latest updates with their state, for a leader who lost the report card. Each update is a
 * row to tap that opens its report (with Details there): no wall of identical buttons (cards/README.md, rule 4).
 */
export function broadcastOverviewCard(v: BroadcastOverviewView): AdaptiveCard {
  const body: CardElement[] = [heading('Laatste updates')];
  if (v.items.length === 0) body.push(text('Er zijn nog geen updates verstuurd.'));
  for (const item of v.items) {
    const counts = item.total !== undefined ? ` · ${item.sent ?? 0} van ${item.total} verstuurd` : '';
    const open: CardElement = { ...execute('Rapport', BROADCAST_VERBS.refresh, { id: item.id }, { associatedInputs: 'none' }), tooltip: `Rapport van ${item.title}` };
    body.push(
      container([text(`› **${escapeText(item.title)}**`, { color: 'Accent' }), text(`${statusHeading(item)} · ${item.when}${counts}`, { size: 'Small', isSubtle: true, spacing: 'None' })], {
        separator: true,
        spacing: 'Medium',
        selectAction: open,
      }),
    );
  }
  return adaptiveCard(body, {
    actions: [submit('Nieuwe update', { verb: BROADCAST_VERBS.compose })],
    fallbackText: `Laatste updates: ${v.items.length}`,
  });
}
