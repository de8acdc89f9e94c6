/** The most events in any window of `windowMs` (sliding), for a list of times in ms: what a rate limit allows. */
export function worstWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let worst = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[j] ?? 0) <= (sorted[i] ?? 0) - windowMs) j++;
    worst = Math.max(worst, i - j + 1);
  }
  return worst;
}

/**
 * How late a test may see an admission it times itself (Date.now() in a callback after the limiter said yes) when
 * the machine is busy: admissions a full second apart in Redis can look 1 s minus this apart to the test. A check on
 * such times counts in windows of 1 s minus this, so that a busy CI machine does not fail a limiter that keeps the
 * rate. (2026-12-04: 55 in a window under load, with two benchmarks running next to the tests.)
 */
export const CALLBACK_JITTER_MS = 150;
