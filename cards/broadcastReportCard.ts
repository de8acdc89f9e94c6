import type { ReportView } from '../bot/broadcasts/broadcastService.ts';
import { adaptiveCard, escapeText, execute, factSet, heading, statusText, submit, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { recipientsText } from './broadcastPreviewCard.ts';
import { BROADCAST_VERBS } from './broadcastVerbs.ts';

/**
 * The composer's card through the life of an update: waiting for approval, scheduled, sending (counting up,
 * updated in place), done (with the time taken), stopped. Buttons: Stoppen, Opnieuw naar mislukte, Details.
 */
export function broadcastReportCard(v: ReportView): AdaptiveCard {
  const title = escapeText(v.title);
  const body: CardElement[] = [heading(statusHeading(v)), text(`**${title}**`, { spacing: 'None' })];
  const facts: Array<{ title: string; value: string }> = [{ title: 'Naar', value: v.audienceLabel }];
  const actions: CardElement[] = [];
  const id = { id: v.id };

  switch (v.status) {
    case 'draft':
    case 'awaiting-approval':
      body.push(text('Een andere projectleider moet deze update eerst goedkeuren. Zodra dat gebeurt, ziet u het hier.', { spacing: 'Small' }));
      break;
    case 'rejected':
      body.push(statusText(`Afgewezen${v.approval.byName ? ` door ${escapeText(v.approval.byName)}` : ''}. Er is niets verstuurd. U kunt de update aanpassen en opnieuw aanbieden.`, 'warning', { spacing: 'Small' }));
      actions.push(execute('Aanpassen', BROADCAST_VERBS.edit, id, { associatedInputs: 'none' }), execute('Weggooien', BROADCAST_VERBS.discard, id, { style: 'destructive', associatedInputs: 'none' }));
      break;
    case 'scheduled':
      body.push(text(`Wordt verstuurd op **${v.sendAtText ?? '?'}**. Tot die tijd kunt u het nog stoppen.`, { spacing: 'Small' }));
      break;
    case 'sending':
      body.push(text('Bezig met versturen. Deze kaart telt mee.', { spacing: 'Small' }));
      break;
    case 'done':
      body.push(v.counts && v.counts.failed === 0 ? statusText('De update is verstuurd.', 'good', { spacing: 'Small' }) : statusText('Klaar met versturen. Niet alles is aangekomen; zie hieronder.', 'warning', { spacing: 'Small' }));
      break;
    case 'cancelled':
      body.push(statusText(`Gestopt${v.cancelledByName ? ` door ${escapeText(v.cancelledByName)}` : ''}. Wie de update nog niet had, krijgt hem niet meer.`, 'warning', { spacing: 'Small' }));
      break;
  }

  if (v.approval.required && v.approval.decision === 'approved') facts.push({ title: 'Goedgekeurd door', value: v.approval.byName ?? 'een andere projectleider' });
  if (v.counts) {
    const c = v.counts;
    facts.push({ title: 'Verstuurd', value: `${c.sent} van ${c.total}` }, { title: 'Mislukt', value: String(c.failed) }, { title: 'Nog te gaan', value: String(c.pending) });
    if (c.skipped > 0) facts.push({ title: 'Overgeslagen', value: String(c.skipped) });
    if (v.startedAtText) facts.push({ title: 'Begonnen', value: v.startedAtText });
    if (v.durationText) facts.push({ title: 'Duur', value: v.durationText });
  } else {
    if (v.estimate !== undefined) facts.push({ title: 'Ontvangers nu', value: recipientsText(v.estimate) });
    if (v.sendAtText && v.status !== 'scheduled') facts.push({ title: 'Gepland', value: v.sendAtText });
  }
  body.push(factSet(facts));

  if (v.canCancel) actions.push(execute(v.status === 'sending' ? 'Stoppen' : 'Annuleren', BROADCAST_VERBS.cancel, id, { style: 'destructive', associatedInputs: 'none' }));
  if (v.status === 'sending') actions.push(execute('Vernieuwen', BROADCAST_VERBS.refresh, id, { associatedInputs: 'none' }));
  if (v.canResend) actions.push(execute('Opnieuw naar mislukte', BROADCAST_VERBS.resend, id, { style: 'positive', associatedInputs: 'none' }));
  if (v.counts) actions.push(submit('Details', { verb: BROADCAST_VERBS.details, id: v.id }));

  const c = v.counts;
  return adaptiveCard(body, {
    actions,
    fallbackText: c ? `${statusHeading(v)}: ${v.title}. Verstuurd ${c.sent} van ${c.total}, mislukt ${c.failed}, nog te gaan ${c.pending}.` : `${statusHeading(v)}: ${v.title}.`,
  });
}

export function statusHeading(v: Pick<ReportView, 'status'>): string {
  switch (v.status) {
    case 'draft':
      return 'Concept';
    case 'awaiting-approval':
      return 'Wacht op goedkeuring';
    case 'rejected':
      return 'Afgewezen';
    case 'scheduled':
      return 'Ingepland';
    case 'sending':
      return 'Update wordt verstuurd';
    case 'done':
      return 'Update verstuurd';
    case 'cancelled':
      return 'Update gestopt';
  }
}

export function reportSummary(v: ReportView): string {
  const c = v.counts;
  return c ? `${statusHeading(v)}: ${c.sent} van ${c.total} verstuurd` : `${statusHeading(v)}: ${v.title}`.slice(0, 200);
}
