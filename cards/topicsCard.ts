import { CATEGORIES, type CategoryId } from '../bot/answers/knowledgeSchema.ts';
import { actionSet, actionSets, adaptiveCard, heading, submit, text, type AdaptiveCard } from './cardKit.ts';
import { SHOW_ENTRY_VERB } from './answerCard.ts';

export const TOPICS_VERB = 'kb.topics';
export const CATEGORY_VERB = 'kb.category';

/** Step 1 of browsing: the categories, each with the number of answers in it. */
export function topicsCard(counts: ReadonlyMap<CategoryId, number>): AdaptiveCard {
  const buttons = (Object.entries(CATEGORIES) as Array<[CategoryId, string]>)
    .filter(([id]) => (counts.get(id) ?? 0) > 0)
    .map(([id, label]) => submit(`${label} (${counts.get(id) ?? 0})`, { verb: CATEGORY_VERB, category: id }));
  return adaptiveCard([heading('Onderwerpen'), text('Kies een onderwerp. U kunt ook gewoon uw vraag typen.'), ...actionSets(buttons)], {
    fallbackText: `Onderwerpen: ${Object.values(CATEGORIES).join(', ')}`,
  });
}

/** Step 2: the answers in one category. */
export function categoryCard(category: CategoryId, entries: ReadonlyArray<{ id: string; title: string }>): AdaptiveCard {
  const label = CATEGORIES[category];
  return adaptiveCard(
    [
      heading(label),
      ...actionSets(entries.map((e) => submit(e.title, { verb: SHOW_ENTRY_VERB, id: e.id }))),
      actionSet([submit('Terug naar alle onderwerpen', { verb: TOPICS_VERB })]),
    ],
    { fallbackText: `${label}: ${entries.map((e) => e.title).join('; ')}` },
  );
}
