import { HELPLINES, telUri, type Helpline } from '../bot/answers/helplines.ts';
import { adaptiveCard, buttonRows, container, openUrl, text, type AdaptiveCard, type CardElement } from './cardKit.ts';

export interface EmergencyView {
  acuteDanger: boolean;
  suicide: boolean;
  victim: boolean;
}

const call = (h: Helpline): CardElement => openUrl(`Bel ${h.name}: ${h.phone}`, telUri(h.phone), { style: 'positive' });

/** Shown before anything else when the screen flags danger. Short: someone may be reading this in a hurry. */
export function emergencyCard(view: EmergencyView): AdaptiveCard {
  const body: CardElement[] = [];
  const actions: CardElement[] = [];
  const lines: string[] = [];
  if (view.acuteDanger || view.victim || view.suicide) {
    // Default text in the red-tinted box: red text on it is too pale to read (cards/README.md, rule 13).
    body.push(container([text('**Is er nu direct gevaar? Bel 112.**', { size: 'Large' })], { style: 'attention' }));
    actions.push(openUrl('Bel 112 (alarmnummer)', telUri(HELPLINES.emergency.phone), { style: 'destructive' }));
    lines.push('Direct gevaar: bel 112.');
  }
  if (view.suicide) {
    body.push(text(`Denkt iemand aan zelfdoding? Praat erover. Bel **113 Zelfmoordpreventie: ${HELPLINES.suicide.phone}** (${HELPLINES.suicide.when}). Of chat via 113.nl.`));
    actions.push(call(HELPLINES.suicide));
    lines.push(`113 Zelfmoordpreventie: ${HELPLINES.suicide.phone}.`);
  }
  if (view.victim) {
    body.push(text('Overkomt het u zelf? U staat er niet alleen voor. U mag bellen, ook anoniem.'));
    body.push(text(`**Veilig Thuis: ${HELPLINES.veiligThuis.phone}**, ${HELPLINES.veiligThuis.when}. Voor advies en hulp.`));
    body.push(text(`Slachtofferhulp: ${HELPLINES.victimSupport.phone}. Na seksueel geweld: Centrum Seksueel Geweld ${HELPLINES.sexualViolence.phone} (${HELPLINES.sexualViolence.when}). Voor kinderen: Kindertelefoon ${HELPLINES.childHelpline.phone}.`, { size: 'Small' }));
    actions.push(call(HELPLINES.veiligThuis), call(HELPLINES.victimSupport), call(HELPLINES.sexualViolence));
    lines.push(`Veilig Thuis: ${HELPLINES.veiligThuis.phone}.`);
  } else if (view.acuteDanger) {
    body.push(text(`Geen direct gevaar, wel zorgen? Bel **Veilig Thuis: ${HELPLINES.veiligThuis.phone}**, ${HELPLINES.veiligThuis.when}. U krijgt advies en kunt melden.`));
    actions.push(call(HELPLINES.veiligThuis));
    lines.push(`Veilig Thuis: ${HELPLINES.veiligThuis.phone}, dag en nacht.`);
  } else if (view.suicide) {
    actions.push(call(HELPLINES.veiligThuis));
  }
  // One a row: every number shows whole, also on a phone.
  body.push(...buttonRows(actions, 1));
  return adaptiveCard(body, { fallbackText: lines.join(' '), speak: lines.join(' ') });
}

export function emergencySummary(view: EmergencyView): string {
  const parts = ['Direct gevaar: bel 112.'];
  if (view.suicide) parts.push(`113 Zelfmoordpreventie: ${HELPLINES.suicide.phone}.`);
  parts.push(`Veilig Thuis: ${HELPLINES.veiligThuis.phone}, dag en nacht.`);
  return parts.join(' ');
}
