import { z } from 'zod';
import { FORGET_CANCEL_VERB, FORGET_CONFIRM_VERB, forgetMeCancelledCard, forgetMeConfirmCard, forgetMeDoneCard } from '../../cards/forgetMeCard.ts';
import type { Logger } from '../platform/log.ts';
import { executeAction, type Feature } from '../teams/feature.ts';

/** What each eraser's name means to the person (counts per kind on the result card, in this order). */
const LABELS: Record<string, string> = {
  feedback: 'Beoordelingen van antwoorden',
  'updates-opt-out': 'Afmelding voor updates',
  'group-follows': 'Gevolgde groepen',
  rsvps: 'Aan- en afmeldingen voor bijeenkomsten',
  broadcasts: 'Vermeldingen als afzender of beoordelaar van updates',
  'expert-tickets': 'Vragen aan experts',
  'personal-chat': 'Adres van uw chat met Meldwijzer',
};
const ORDER = Object.keys(LABELS);
/** The card's order, whatever order the modules' erasers ran in; kinds without a label go last. */
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

export interface PrivacyFeatureDeps {
  /**
   * Erases everything stored about a person across all stores; counts per eraser name. An eraser that failed
   * is missing from `counts` and named in `failed`. The id is the turn's userId: the Azure AD object id in
   * Teams (what every store keys people by), the channel account id where there is none (Emulator).
   */
  erasePerson(userId: string): Promise<{ counts: Record<string, number>; failed: string[] }>;
  log: Logger;
}

/**
 * `vergeet mij`: after a confirmation (Action.Execute, so the answer replaces the question card), erase what
 * the stores hold about the person who clicks, and tell them what went, per kind. Only in the personal chat:
 * in a channel the question would be public.
 */
export function createPrivacyFeature(deps: PrivacyFeatureDeps): Feature {
  return {
    name: 'privacy',
    commands: [
      {
        verbs: ['vergeet mij', 'wis mijn gegevens', 'forget me'],
        description: 'Wis alles wat Meldwijzer over u bewaart',
        scopes: ['personal'],
        takesArgs: true, // extra words ("... alstublieft") change nothing
        async run(turn) {
          if (turn.conversationType !== 'personal') {
            await turn.reply('Typ **vergeet mij** in uw persoonlijke chat met Meldwijzer; dan wis ik daar wat ik over u bewaar.');
            return;
          }
          await turn.reply(forgetMeConfirmCard(), 'Alles wissen wat Meldwijzer over u bewaart?');
        },
      },
    ],
    executes: [
      executeAction({
        verb: FORGET_CONFIRM_VERB,
        schema: z.object({}),
        async run(turn) {
          if (turn.conversationType !== 'personal') return { message: 'Dit kan alleen in uw persoonlijke chat met Meldwijzer.' };
          const { counts, failed } = await deps.erasePerson(turn.userId);
          const erased = Object.entries(counts)
            .sort(([a], [b]) => rank(a) - rank(b))
            .map(([name, count]) => ({ label: LABELS[name] ?? name, count }));
          deps.log.info({ event: 'person-erased', counts, failed }, 'erased what was stored about a person');
          return { card: forgetMeDoneCard({ erased, incomplete: failed.length > 0 }) };
        },
      }),
      executeAction({
        verb: FORGET_CANCEL_VERB,
        schema: z.object({}),
        run: async () => ({ card: forgetMeCancelledCard() }),
      }),
    ],
  };
}
