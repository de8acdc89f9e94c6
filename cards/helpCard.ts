import { actionSet, adaptiveCard, factSet, heading, submit, text, type AdaptiveCard } from './cardKit.ts';
import { INSIGHTS_VERBS } from './insightsCard.ts';
import { TOPICS_VERB } from './topicsCard.ts';

export interface HelpView {
  commands: ReadonlyArray<{ verb: string; description: string; leaderOnly: boolean }>;
  isLeader: boolean;
  conversationType: 'personal' | 'groupChat' | 'channel';
}

export function helpCard(view: HelpView): AdaptiveCard {
  const everyone = view.commands.filter((c) => !c.leaderOnly);
  const leader = view.commands.filter((c) => c.leaderOnly);
  const body = [
    heading('Wat kan Meldwijzer?'),
    text(
      view.conversationType === 'personal'
        ? 'Stel uw vraag over de meldcode, veiligheid of verwijzen in uw eigen woorden. Bijvoorbeeld: *Wat zijn de stappen van de meldcode?*'
        : 'Noem mij met @Meldwijzer en stel uw vraag. Bijvoorbeeld: *@Meldwijzer wat zijn de stappen van de meldcode?*',
    ),
    text('Bij direct gevaar: bel 112. Advies over een situatie: Veilig Thuis 0800-2000 (gratis, dag en nacht).', { size: 'Small', color: 'Attention' }),
    text('**Opdrachten**', { spacing: 'Medium' }),
    factSet(everyone.map((c) => ({ title: c.verb, value: c.description }))),
  ];
  const insights = view.isLeader && view.conversationType === 'personal';
  if (view.isLeader && (leader.length > 0 || insights)) {
    body.push(text('**Voor de projectleider**', { spacing: 'Medium' }));
    if (leader.length > 0) body.push(factSet(leader.map((c) => ({ title: c.verb, value: c.description }))));
    if (insights) {
      // `inzichten` is hidden from Teams' command menu (10 per scope): the leader finds it here.
      body.push(
        text('Typ **inzichten** of kies de knop: zie welke vragen ik niet kon beantwoorden en hoe nuttig de antwoorden waren.', { spacing: 'Small' }),
        actionSet([submit('Inzichten bekijken', { verb: INSIGHTS_VERBS.show })], { spacing: 'Small' }),
      );
    }
  }
  body.push(text('Typ geen namen of details van een casus. Ik bewaar uw vragen niet bij uw naam.', { size: 'Small', isSubtle: true, spacing: 'Medium' }));
  body.push(actionSet([submit('Onderwerpen bekijken', { verb: TOPICS_VERB })]));
  return adaptiveCard(body, { fallbackText: `Meldwijzer beantwoordt vragen over de meldcode. Opdrachten: ${everyone.map((c) => c.verb).join(', ')}.` });
}
