/**
 * A retry budget, as Finagle and Envoy have them: over the last `windowMs`, retries may add at
 * most `ratio` of the first attempts, plus a floor of `minRetriesPerSecond`, so that a
 * struggling speech-to-text backend is not buried under our retries as well.
 */
export function createRetryBudget(
  { ratio = 0.2, minRetriesPerSecond = 2, windowMs = 10_000 } = {},
) {
  // The calls in the window, oldest first; each says what it was, so /debug/retry-budget can
  // show which episodes spend the budget.
  const calls = [];

  function prune(now) {
    const cutoff = now - windowMs;
    while (calls.length > 0 && calls[0] < cutoff) calls.shift();
  }

  function counts() {
    let retries = 0;
    for (const call of calls) if (call.attempt > 1) retries++;
    return { firstAttempts: calls.length - retries, retries };
  }

  return {
    /** Every call to the backend, first attempts and retries alike. */
    record({ op, episodeId, attempt, requestId, reason }) {
      const now = Date.now();
      calls.push({ at: now, op, episodeId, attempt, requestId, reason });
      prune(now);
    },

    canRetry() {
      prune(Date.now());
      const { firstAttempts, retries } = counts();
      const floor = (minRetriesPerSecond * windowMs) / 1000;
      return retries < floor + ratio * firstAttempts;
    },

    snapshot() {
      return { windowMs, ratio, ...counts(), oldest: calls[0]?.at ?? null };
    },
  };
}
