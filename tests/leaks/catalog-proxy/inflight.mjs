// Upstream calls in flight, so a shutdown (or an admin) can cancel them all at once.
const inflight = new Set();

/** Starts tracking one upstream call; call `done()` when it settles. */
export function track(label, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`${label}: upstream timeout`)),
    timeoutMs,
  );
  inflight.add(controller);
  const { signal } = controller;
  return {
    signal,
    done() {
      clearTimeout(timer);
      inflight.delete(signal);
    },
  };
}

export function cancelAll(reason) {
  for (const controller of inflight) controller.abort(reason);
  inflight.clear();
}

export const inflightCount = () => inflight.size;
