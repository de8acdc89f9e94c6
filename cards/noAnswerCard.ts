import { HELPLINES } from '../bot/answers/helplines.ts';
import { actionSet, adaptiveCard, submit, text, type AdaptiveCard } from './cardKit.ts';
import { SHOW_ENTRY_VERB } from './answerCard.ts';
import { TOPICS_VERB } from './topicsCard.ts';

export interface NoAnswerView {
  closest: Array<{ id: string; title: string }>;
}

/** Honest "I don't know": never a guess. Offers the closest topics and the way to a person. */
export function noAnswerCard(view: NoAnswerView): AdaptiveCard {
  const body = [
    text('Daar heb ik geen goed antwoord op.', { weight: 'Bolder' }),
    text(`Ik beantwoord vragen over de meldcode, veiligheid en verwijzen bij huiselijk geweld en kindermishandeling. Probeer het anders te vragen, of kies een onderwerp. Twijfelt u over een situatie? Bel Veilig Thuis voor advies: ${HELPLINES.veiligThuis.phone} (gratis, dag en nacht).`),
  ];
  if (view.closest.length > 0) {
    body.push(text('Misschien zoekt u:', { spacing: 'Medium' }));
    body.push(actionSet(view.closest.slice(0, 3).map((e) => submit(e.title, { verb: SHOW_ENTRY_VERB, id: e.id }))));
  }
  body.push(actionSet([submit('Alle onderwerpen', { verb: TOPICS_VERB })]));
  return adaptiveCard(body, { fallbackText: 'Daar heb ik geen goed antwoord op. Typ "onderwerpen" om te bladeren.' });
}
