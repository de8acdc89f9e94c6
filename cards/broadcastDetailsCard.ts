import type { FailureReason } from '../bot/broadcasts/backoff.ts';
import type { DetailsView } from '../bot/broadcasts/broadcastService.ts';
import type { SkipReason } from '../bot/broadcasts/broadcastStore.ts';
import { adaptiveCard, escapeText, execute, factSet, heading, statusText, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { BROADCAST_VERBS } from './broadcastVerbs.ts';

const FAILURE_TEXT: Record<FailureReason, string> = {
  removed: 'Meldwijzer is uit de chat of het kanaal verwijderd. Daar sturen we niets meer heen.',
  rejected: 'Teams weigerde het bericht. Opnieuw proberen helpt meestal niet.',
  throttled: 'Teams bleef melden dat het te druk was, ook na herhaalde pogingen.',
  'server-error': 'Teams had een storing, ook na herhaalde pogingen.',
  network: 'Geen verbinding met Teams, of geen antwoord op tijd.',
};
const SKIP_TEXT: Record<SkipReason, string> = {
  cancelled: 'Niet verstuurd, omdat de update is gestopt.',
  'opted-out': 'Wil geen updates meer (typte geen updates).',
  inactive: 'Meldwijzer zit niet meer in deze chat.',
};

/** Failures by reason (with the HTTP status codes for whoever maintains the bot) and what was skipped. */
export function broadcastDetailsCard(v: DetailsView): AdaptiveCard {
  const c = v.counts;
  const body: CardElement[] = [
    heading('Details van de update'),
    text(`**${escapeText(v.title)}**`, { spacing: 'None' }),
    factSet([
      { title: 'Ontvangers', value: String(c.total) },
      { title: 'Verstuurd', value: String(c.sent) },
      { title: 'Mislukt', value: String(c.failed) },
      { title: 'Nog te gaan', value: String(c.pending) },
      { title: 'Overgeslagen', value: String(c.skipped) },
    ]),
  ];
  if (v.failures.length === 0) {
    body.push(statusText('Niets is mislukt.', 'good', { spacing: 'Medium' }));
  } else {
    body.push(text('**Mislukt, per reden**', { spacing: 'Medium' }));
    for (const f of v.failures) {
      const codes = f.statuses.length > 0 ? ` (HTTP ${f.statuses.join(', ')})` : '';
      body.push(text(`**${f.count}×** ${FAILURE_TEXT[f.reason]}${codes}`, { spacing: 'Small' }));
    }
    if (v.failedPlaces.length > 0) body.push(text(`Kanalen en groepschats: ${v.failedPlaces.map(escapeText).join(', ')}`, { size: 'Small', isSubtle: true }));
  }
  if (v.skipped.length > 0) {
    body.push(text('**Overgeslagen**', { spacing: 'Medium' }));
    for (const s of v.skipped) body.push(text(`**${s.count}×** ${SKIP_TEXT[s.reason]}`, { spacing: 'Small' }));
  }
  const actions: CardElement[] = [];
  if (v.resendable > 0 && c.pending === 0) {
    body.push(text(`Opnieuw proberen kan bij ${v.resendable} ${v.resendable === 1 ? 'ontvanger' : 'ontvangers'}. Wie de update al heeft, krijgt hem niet nog eens.`, { size: 'Small', spacing: 'Medium' }));
    actions.push(execute('Opnieuw naar mislukte', BROADCAST_VERBS.resend, { id: v.id }, { style: 'positive', associatedInputs: 'none' }));
  }
  return adaptiveCard(body, { actions, fallbackText: `Details: ${c.sent} verstuurd, ${c.failed} mislukt, ${c.skipped} overgeslagen.` });
}
