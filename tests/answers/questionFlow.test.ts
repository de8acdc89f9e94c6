import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerService, AskResult } from '../../bot/answers/answerService.ts';
import type { KnowledgeEntry } from '../../bot/answers/knowledgeSchema.ts';
import { loadKnowledge } from '../../bot/answers/loadKnowledge.ts';
import { answerQuestion } from '../../bot/answers/questionFlow.ts';
import type { AnswerLogStore } from '../../bot/answers/answerLogStore.ts';

describe('answerQuestion: what is stored for an unanswered question', () => {
  let entries: KnowledgeEntry[];
  beforeAll(async () => {
    entries = (await loadKnowledge(path.resolve('knowledge'))).entries;
  });

  function setup(result: AskResult): { deps: Parameters<typeof answerQuestion>[0]; stored: string[] } {
    const stored: string[] = [];
    const answers = { ask: () => result, entries } as unknown as AnswerService;
    const answerLog = {
      recordUnanswered: async (input: { redactedText: string }) => {
        stored.push(input.redactedText);
      },
    } as unknown as AnswerLogStore;
    return { deps: { answers, answerLog }, stored };
  }
  const none: AskResult = { kind: 'none', closest: [] };

  it('stores the reduced form: known words kept, names and numbers out', async () => {
    const { deps, stored } = setup(none);
    await answerQuestion(deps, 'Jan de Vries (8) uit groep 5 komt vaak te laat, moet ik de kindcheck doen?', { conversationType: 'personal' });
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toMatch(/Jan|Vries|8|5/);
    expect(stored[0]).toMatch(/groep .* kindcheck/);
  });

  it('stores nothing when the question was answered', async () => {
    const entry = entries[0] as KnowledgeEntry;
    const { deps, stored } = setup({ kind: 'answer', entry, confidence: 0.9, alternatives: [] });
    await answerQuestion(deps, 'Sanne vraagt naar de meldcode', { conversationType: 'personal' });
    expect(stored).toHaveLength(0);
  });

  it.each([
    'Ik wil niet meer leven, Sanne weet ervan',
    'Mijn vader slaat mij nu en ik ben bang, help',
    'Mijn buurvrouw Henny wordt nu geslagen, ik hoor het door de muur',
  ])('stores nothing, not even reduced, when the screen signals danger: "%s"', async (text) => {
    const { deps, stored } = setup(none);
    const outcome = await answerQuestion(deps, text, { conversationType: 'personal' });
    expect(outcome.screen.acuteDanger || outcome.screen.suicide || outcome.screen.victim).toBe(true);
    expect(stored).toHaveLength(0);
  });
});
