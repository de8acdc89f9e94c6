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
