import type { AppModule, Platform } from '../platform/module.ts';
import { createInsightsFeature, type InsightsSource } from './insightsFeature.ts';

/**
 * `inzichten` (leader): unanswered questions and 👍/👎 per answer, so the leader sees what is missing. It reads
 * the answers' log and titles; it stores nothing of its own.
 */
export function createInsightsModule(platform: Platform, source: Pick<InsightsSource, 'answerLog' | 'titleOf' | 'experts'>): AppModule {
  const { config, clock, log } = platform;
  return {
    name: 'insights',
    features: [createInsightsFeature({ answerLog: source.answerLog, titleOf: source.titleOf, ...(source.experts ? { experts: source.experts } : {}), retention: config.retention, timezone: config.timezone, now: () => clock.now(), log })],
  };
}
