/**
 * The base's booking system (a remote calendar in production; here a local one with the same
 * latency). A check gives up after 200 ms, and a shutdown cancels checks in progress.
 */
/** Weeks the owners keep for themselves (the calendar's only entries a broker cannot see). */
const ownerWeeks = new Map([
  ["sunreef-60", new Set(["2031-07-26", "2031-08-02"])],
  ["lagoon-42", new Set(["2031-10-04"])],
]);
const controller = new AbortController();
export const shutdown = controller.signal;
process.once("SIGTERM", () => controller.abort(new Error("shutting down")));

function remoteLookup(yacht, from, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(!ownerWeeks.get(yacht)?.has(from));
    }, 4);
    function onAbort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export async function isFree(yacht, from) {
  const done = new AbortController();
  const signal = AbortSignal.any([AbortSignal.timeout(200), done.signal]);
  // a shutdown cancels the check; the listener goes when the check is over
  shutdown.addEventListener("abort", () => done.abort(shutdown.reason), {
    once: true,
    signal: done.signal,
  });
  try {
    return await remoteLookup(yacht, from, signal);
  } finally {
    done.abort();
  }
}
