import { describe, expect, it } from 'vitest';
import { INSIGHTS_QUESTIONS, INSIGHTS_ROWS, insightsView, type InsightsSource } from '../../bot/insights/insightsFeature.ts';
import type { UnansweredQuestion } from '../../bot/answers/answerLogStore.ts';

/** The card's data from the answer log alone: retention, order, titles instead of ids, and the limits. */
const NOW = new Date('2027-03-12T13:05:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

function source(options: { unanswered?: UnansweredQuestion[]; feedback?: Record<string, { up: number; down: number }>; asked?: Record<string, number>; titles?: Record<string, string> }): InsightsSource {
  const asked = options.asked ?? {};
  const titles = options.titles ?? {};
  return {
    answerLog: {
      unanswered: () => options.unanswered ?? [],
      feedbackSummary: () => new Map(Object.entries(options.feedback ?? {})),
      mostAsked: (n) => Object.entries(asked).sort((a, b) => b[1] - a[1]).slice(0, n).map(([id]) => id),
      askedCount: (id) => asked[id] ?? 0,
    },
    titleOf: (id) => titles[id],
    retention: { unansweredDays: 90, feedbackDays: 365 },
    timezone: 'Europe/Amsterdam',
  };
}
const question = (i: number, daysAgo: number): UnansweredQuestion => ({ id: `q${i}`, redactedText: `vraag ${i}`, conversationType: 'personal', at: ago(daysAgo) });

describe('insightsView', () => {
  it('counts only the retention period and shows the newest 20 first, with a Dutch date and time', () => {
    const unanswered = [question(0, 120), ...Array.from({ length: 30 }, (_, i) => question(i + 1, 30 - i))];
    const view = insightsView(source({ unanswered }), NOW);
    expect(view.unansweredTotal).toBe(30);
    expect(view.unanswered).toHaveLength(INSIGHTS_QUESTIONS);
    expect(view.unanswered[0]?.text).toBe('vraag 30');
    expect(view.unanswered.map((q) => q.text)).not.toContain('vraag 0');
    expect(view.unanswered[0]?.when).toBe('11 maart 2027, 14.05 uur');
  });

  it('lists answers by title, most 👎 and most 👍 first, leaves out entries that no longer exist, and adds how often each was shown', () => {
    const feedback = { a: { up: 1, down: 4 }, b: { up: 6, down: 0 }, c: { up: 2, down: 2 }, gone: { up: 9, down: 9 } };
    const view = insightsView(source({ feedback, asked: { a: 10, b: 3, gone: 50, d: 7 }, titles: { a: 'Titel A', b: 'Titel B', c: 'Titel C', d: 'Titel D' } }), NOW);
    expect(view.mostDown.map((r) => [r.title, r.down])).toEqual([['Titel A', 4], ['Titel C', 2]]);
    expect(view.mostUp.map((r) => [r.title, r.up])).toEqual([['Titel B', 6], ['Titel C', 2], ['Titel A', 1]]);
    expect(view.mostShown).toEqual([
      { title: 'Titel A', up: 1, down: 4, shown: 10 },
      { title: 'Titel D', up: 0, down: 0, shown: 7 },
      { title: 'Titel B', up: 6, down: 0, shown: 3 },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/gone/);
  });

  it('keeps each list to its limit', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `e${i}`);
    const view = insightsView(
      source({
        feedback: Object.fromEntries(ids.map((id, i) => [id, { up: i + 1, down: i + 1 }])),
        asked: Object.fromEntries(ids.map((id, i) => [id, i])),
        titles: Object.fromEntries(ids.map((id) => [id, `Titel ${id}`])),
      }),
      NOW,
    );
    expect([view.mostDown.length, view.mostUp.length, view.mostShown.length]).toEqual([INSIGHTS_ROWS, INSIGHTS_ROWS, INSIGHTS_ROWS]);
    expect(view.mostDown[0]?.title).toBe('Titel e29');
  });
});
