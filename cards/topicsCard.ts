import { CATEGORIES, type CategoryId } from '../bot/answers/knowledgeSchema.ts';
import { actionSet, adaptiveCard, choiceRows, heading, submit, text, type AdaptiveCard } from './cardKit.ts';
import { entryRows, type EntryLink } from './answerCard.ts';

export const TOPICS_VERB = 'kb.topics';
export const CATEGORY_VERB = 'kb.category';

/** Step 1 of browsing: the categories, each with the number of answers in it, as rows to tap. */
export function topicsCard(counts: ReadonlyMap<CategoryId, number>): AdaptiveCard {
  const rows = (Object.entries(CATEGORIES) as Array<[CategoryId, string]>)
    .filter(([id]) => (counts.get(id) ?? 0) > 0)
    .map(([id, label]) => ({ text: `${label} (${counts.get(id) ?? 0})`, label: `${label} (${counts.get(id) ?? 0})`, action: submit(label, { verb: CATEGORY_VERB, category: id }) }));
  return adaptiveCard([heading('Onderwerpen'), text('Kies een onderwerp. U kunt ook gewoon uw vraag typen.'), ...choiceRows(rows, { spacing: 'Medium' })], {
    fallbackText: `Onderwerpen: ${Object.values(CATEGORIES).join(', ')}`,
  });
}

/** Step 2: the answers in one category, as rows to tap (a category can hold 40 answers; titles are long). */
export function categoryCard(category: CategoryId, entries: readonly EntryLink[]): AdaptiveCard {
  const label = CATEGORIES[category];
  return adaptiveCard(
    [heading(label), ...entryRows(entries, { spacing: 'Medium' }), actionSet([submit('Terug naar alle onderwerpen', { verb: TOPICS_VERB })], { spacing: 'Medium' })],
    { fallbackText: `${label}: ${entries.map((e) => e.title).join('; ')}` },
  );
}
