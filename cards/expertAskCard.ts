import { adaptiveCard, container, escapeText, execute, heading, statusText, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import { EXPERT_VERBS } from './expertVerbs.ts';

export const MAX_EXPERT_QUESTION = 1000;

export interface ExpertAskView {
  question: string;
  showName: boolean;
  /** The field error: what the personal-data screen found, in words. */
  error?: string;
}

/** The form: the question (prefilled, editable), what not to type, and whether the expert may see the name. */
export function expertAskCard(v: ExpertAskView): AdaptiveCard {
  const body: CardElement[] = [heading('Vraag het een expert')];
  if (v.error) body.push(container([statusText('**Er is niets verstuurd.** Verbeter wat hieronder in rood staat.', 'attention')], { style: 'attention' }));
  body.push(
    text('Een expert uit de regio leest uw vraag en stuurt het antwoord naar deze chat.'),
    {
      type: 'Input.Text',
      id: 'question',
      label: 'Uw vraag',
      isMultiline: true,
      isRequired: true,
      errorMessage: 'Vul uw vraag in.',
      maxLength: MAX_EXPERT_QUESTION,
      value: v.question,
    },
  );
  if (v.error) body.push(text(escapeText(v.error), { color: 'Attention', size: 'Small', spacing: 'None' }));
  body.push(
    text('Typ geen namen, geboortedata, adressen, BSN of details van een casus waaraan iemand te herkennen is.', { size: 'Small', isSubtle: true, spacing: 'Small' }),
    { type: 'Input.Toggle', id: 'showName', title: 'De expert mag mijn naam zien', value: v.showName ? 'true' : 'false', valueOn: 'true', valueOff: 'false' },
    text('Met uw naam kan de expert u zo nodig iets terugvragen.', { size: 'Small', isSubtle: true, spacing: 'None' }),
    text('Meldwijzer bewaart uw vraag en het antwoord tot 90 dagen na afloop. Met **vergeet mij** wist u ze eerder.', { size: 'Small', isSubtle: true }),
  );
  return adaptiveCard(body, {
    actions: [execute('Versturen', EXPERT_VERBS.send, {}, { style: 'positive', associatedInputs: 'auto' }), execute('Annuleren', EXPERT_VERBS.cancel, {}, { associatedInputs: 'none' })],
    fallbackText: 'Vraag het een expert: open dit bericht in Teams om het formulier in te vullen.',
  });
}

/** After Versturen: the question went to the experts. */
export function expertSentCard(v: { number: number; question: string }): AdaptiveCard {
  return adaptiveCard(
    [
      statusText(`**Uw vraag is doorgestuurd** (nummer ${v.number})`, 'good'),
      text(escapeText(v.question), { isSubtle: true }),
      text('U krijgt het antwoord van de expert in deze chat.'),
    ],
    { fallbackText: `Uw vraag is doorgestuurd (nummer ${v.number}).` },
  );
}

/** After Annuleren. */
export function expertCancelledCard(): AdaptiveCard {
  return adaptiveCard([text('Er is niets verstuurd.')], { fallbackText: 'Er is niets verstuurd.' });
}
