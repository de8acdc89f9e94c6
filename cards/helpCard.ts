import { actionSet, adaptiveCard, factSet, heading, submit, text, type AdaptiveCard } from './cardKit.ts';
import { INSIGHTS_VERBS } from './insightsCard.ts';
import { TOPICS_VERB } from './topicsCard.ts';

type Scope = 'personal' | 'groupChat' | 'team';

export interface HelpView {
  /** Every command; `scopes` are where it works (all places when left out). */
  commands: ReadonlyArray<{ verb: string; description: string; leaderOnly: boolean; scopes?: readonly Scope[] }>;
  isLeader: boolean;
  conversationType: 'personal' | 'groupChat' | 'channel';
}

/** `inzichten` has its own line and button on the help card, not a row in the list. */
const INSIGHTS_COMMAND = 'inzichten';

/** `help`: what this person can do here: only commands that work in this place, the leader's only for a leader. */
export function helpCard(view: HelpView): AdaptiveCard {
  const scope: Scope = view.conversationType === 'channel' ? 'team' : view.conversationType;
  const here = view.commands.filter((c) => (c.scopes === undefined || c.scopes.includes(scope)) && c.verb !== INSIGHTS_COMMAND);
  const everyone = here.filter((c) => !c.leaderOnly);
  const leader = here.filter((c) => c.leaderOnly);
  const personal = view.conversationType === 'personal';
  const body = [
    heading('Wat kan Meldwijzer?'),
    text(
      personal
        ? 'Stel uw vraag over de meldcode, veiligheid of verwijzen in uw eigen woorden. Bijvoorbeeld: *Wat zijn de stappen van de meldcode?*'
        : 'Noem mij met @Meldwijzer en stel uw vraag. Bijvoorbeeld: *@Meldwijzer wat zijn de stappen van de meldcode?*',
    ),
    text('Bij direct gevaar: bel 112. Advies over een situatie: Veilig Thuis 0800-2000 (gratis, dag en nacht).', { size: 'Small', color: 'Attention' }),
    text(personal ? '**Opdrachten**' : '**Opdrachten** (typ ze na @Meldwijzer)', { spacing: 'Medium' }),
    factSet(everyone.map((c) => ({ title: c.verb, value: c.description }))),
  ];
  if (!personal && !view.isLeader) {
    body.push(text('Herinneringen zelf krijgen? Volg een groep in uw persoonlijke chat met Meldwijzer: typ daar **groepen**.', { size: 'Small', spacing: 'Small' }));
  }
  const insights = view.isLeader && personal;
  if (view.isLeader && (leader.length > 0 || insights)) {
    body.push(text(personal ? '**Voor de projectleider**' : '**Voor de projectleider, hier**', { spacing: 'Medium' }));
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
