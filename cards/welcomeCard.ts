import { adaptiveCard, buttonRows, heading, submit, text, type AdaptiveCard } from './cardKit.ts';
import { TOPICS_VERB } from './topicsCard.ts';
import { HELP_VERB } from './verbs.ts';

export interface WelcomeView {
  conversationType: 'personal' | 'groupChat' | 'channel';
}

/** Sent once when the app is added. Says what Meldwijzer does and what it does with data. */
export function welcomeCard(view: WelcomeView): AdaptiveCard {
  const personal = view.conversationType === 'personal';
  return adaptiveCard(
    [
      heading('Welkom bij Meldwijzer'),
      text('Ik help professionals in Gooi en Vechtstreek bij vragen over de **meldcode huiselijk geweld en kindermishandeling**: de 5 stappen, het afwegingskader, wie verantwoordelijk is voor veiligheid en waar u naartoe verwijst. Elk antwoord heeft een bron.'),
      text(
        personal
          ? 'Stel uw vraag in uw eigen woorden. U krijgt hier ook herinneringen voor bijeenkomsten die u volgt, en updates van de projectleider. Geen updates meer? Typ **geen updates**.'
          : 'Noem mij met **@Meldwijzer** en stel uw vraag. In dit kanaal of deze chat kunnen ook herinneringen voor bijeenkomsten komen.',
      ),
      text('**Direct gevaar? Bel 112.** Advies over een situatie: Veilig Thuis **0800-2000** (gratis, dag en nacht).', { color: 'Attention' }),
      text('**Privacy:** typ geen namen of details van een casus. Ik bewaar uw vragen niet bij uw naam. Vragen die ik niet kon beantwoorden, bewaar ik zonder persoonsgegevens, hooguit 90 dagen. Typ **vergeet mij** om te wissen wat ik over u weet.', { size: 'Small' }),
      ...buttonRows([submit('Onderwerpen bekijken', { verb: TOPICS_VERB }), submit('Wat kan ik vragen?', { verb: HELP_VERB })], 1),
    ],
    { fallbackText: 'Welkom bij Meldwijzer. Stel uw vraag over de meldcode. Direct gevaar: 112. Veilig Thuis: 0800-2000.' },
  );
}
