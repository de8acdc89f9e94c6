import { actionSet, adaptiveCard, execute, factSet, statusText, text, type AdaptiveCard } from './cardKit.ts';

export const FORGET_CONFIRM_VERB = 'privacy.forget.confirm';
export const FORGET_CANCEL_VERB = 'privacy.forget.cancel';

/** The question before anything is erased: two Action.Execute buttons, the answer replaces this card. */
export function forgetMeConfirmCard(): AdaptiveCard {
  return adaptiveCard(
    [
      text('🗑️ **Alles wissen wat Meldwijzer over u bewaart?**'),
      text(
        'Dan wis ik: de groepen die u volgt, uw aan- en afmeldingen voor bijeenkomsten, uw beoordelingen van antwoorden (👍/👎), uw vragen aan experts, uw afmelding voor updates en het adres van deze chat voor berichten van mij. Dit kan niet ongedaan worden gemaakt.',
        { size: 'Small' },
      ),
      actionSet([
        execute('Ja, wis alles', FORGET_CONFIRM_VERB, {}, { style: 'destructive' }),
        execute('Nee', FORGET_CANCEL_VERB),
      ]),
    ],
    { fallbackText: 'Alles wissen wat Meldwijzer over u bewaart? Kies "Ja, wis alles" of "Nee".' },
  );
}

export interface ErasedView {
  /** Label -> count, only kinds that had something. */
  erased: Array<{ label: string; count: number }>;
  /** True when a kind failed to erase: the user is told to try again. */
  incomplete: boolean;
}

export function forgetMeDoneCard(view: ErasedView): AdaptiveCard {
  const total = view.erased.reduce((n, e) => n + e.count, 0);
  const body = [
    view.incomplete ? statusText('**Niet alles is gewist**', 'warning') : statusText('**Gewist**', 'good'),
    text(total === 0 ? 'Ik had niets over u bewaard. Er is niets gewist.' : 'Dit heb ik over u gewist:'),
  ];
  if (total > 0) body.push(factSet(view.erased.filter((e) => e.count > 0).map((e) => ({ title: e.label, value: String(e.count) }))));
  if (view.incomplete) body.push(statusText('Een deel kon ik nu niet wissen. Typ straks opnieuw **vergeet mij**.', 'warning'));
  body.push(
    text(
      'Schrijft u mij later weer, dan bewaar ik opnieuw alleen wat nodig is om u te antwoorden. Wilt u geen updates meer ontvangen? Typ dan opnieuw **geen updates**.',
      { size: 'Small', isSubtle: true },
    ),
  );
  const summary = view.erased.filter((e) => e.count > 0).map((e) => `${e.label}: ${e.count}`).join(', ');
  return adaptiveCard(body, { fallbackText: total === 0 ? 'Er was niets over u bewaard.' : `Gewist: ${summary}` });
}

export function forgetMeCancelledCard(): AdaptiveCard {
  return adaptiveCard([text('Er is niets gewist.')], { fallbackText: 'Er is niets gewist.' });
}
