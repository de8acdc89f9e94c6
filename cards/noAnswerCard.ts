import { HELPLINES } from '../bot/answers/helplines.ts';
import { actionSet, adaptiveCard, container, submit, text, type AdaptiveCard, type CardElement } from './cardKit.ts';
import type { KnowledgeEntry } from '../bot/answers/knowledgeSchema.ts';
import { entryRows, nextStepsBlock, type EntryLink } from './answerCard.ts';
import { TOPICS_VERB } from './topicsCard.ts';
import { ASK_EXPERT_LABEL, EXPERT_VERBS } from './expertVerbs.ts';

export interface NoAnswerView {
  closest: EntryLink[];
  /** The entry that comes closest, shown with its text and sources, marked as not certain. */
  tentative?: KnowledgeEntry;
  /** With a case description: the meldcode's steps ("Wat doet u nu?"), under the tentative answer or on their own. */
  nextSteps?: KnowledgeEntry;
  /** Where an expert can be asked (personal chat, experts' channel set up): the button, with the question prefilled. */
  askExpert?: { question: string };
}

/** Under an answer shown without certainty: Veilig Thuis for advice, and no case details here. */
function adviceLine(): CardElement {
  return text(`Twijfelt u over een situatie? Bel Veilig Thuis voor advies: ${HELPLINES.veiligThuis.phone} (gratis, dag en nacht). Typ geen namen of details van een casus.`, {
    spacing: 'Medium',
  });
}

/** Honest "I don't know": never a guess. Offers the closest topics and the way to a person. */
export function noAnswerCard(view: NoAnswerView): AdaptiveCard {
  const body: CardElement[] = [];
  const t = view.tentative;
  if (t !== undefined) {
    // Not hidden behind a button: the closest answer itself, clearly marked as not certain, with its sources.
    body.push(text('Ik weet niet zeker of dit uw vraag beantwoordt. Dit komt het dichtst in de buurt:', { weight: 'Bolder' }));
    const sources = t.sources.map((s) => (s.url ? `[${s.title}](${s.url})` : `${s.title} (${s.document ?? ''})`)).join(' · ');
    const inner: CardElement[] = [text(t.title, { weight: 'Bolder' }), text(t.answer)];
    if (t.steps && t.steps.length > 0) inner.push(text(t.steps.map((step, i) => `${i + 1}. ${step}`).join('\n'), { spacing: 'Small' }));
    inner.push(text(`Bronnen: ${sources}`, { size: 'Small', isSubtle: true, spacing: 'Small' }));
    body.push(container(inner, { style: 'emphasis' }));
    body.push(...nextStepsBlock(view.nextSteps));
    body.push(adviceLine());
  } else if (view.nextSteps !== undefined) {
    // A situation no entry fits well: no guess at a topic, but the route that holds for every worry.
    body.push(text('Ik weet niet welk onderwerp precies bij deze situatie past. Wat altijd geldt:', { weight: 'Bolder' }));
    body.push(...nextStepsBlock(view.nextSteps));
    body.push(adviceLine());
  } else {
    body.push(
      text('Daar heb ik geen goed antwoord op.', { weight: 'Bolder' }),
      text(`Ik beantwoord vragen over de meldcode, veiligheid en verwijzen bij huiselijk geweld en kindermishandeling. Probeer het anders te vragen, of kies een onderwerp. Twijfelt u over een situatie? Bel Veilig Thuis voor advies: ${HELPLINES.veiligThuis.phone} (gratis, dag en nacht).`),
    );
  }
  if (view.closest.length > 0) {
    body.push(text('Misschien zoekt u:', { spacing: 'Medium' }));
    // Rows to tap: long titles wrap instead of being cut off.
    body.push(...entryRows(view.closest.slice(0, 3)));
  }
  const actions = [submit('Alle onderwerpen', { verb: TOPICS_VERB })];
  if (view.askExpert) actions.unshift(submit(ASK_EXPERT_LABEL, { verb: EXPERT_VERBS.ask, question: view.askExpert.question }));
  body.push(actionSet(actions));
  return adaptiveCard(body, {
    fallbackText: t === undefined ? 'Daar heb ik geen goed antwoord op. Typ "onderwerpen" om te bladeren.' : `Niet zeker: ${t.title}`,
  });
}
