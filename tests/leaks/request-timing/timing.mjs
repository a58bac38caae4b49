const SLOW_MS = 250;
const KEEP_SLOW = 20;

// request → when we started handling it
const startTimes = new Map();
const slow = [];

export function timingStart(req) {
  startTimes.set(req, process.hrtime.bigint());
}

/** Milliseconds since timingStart(req); remembers the slowest requests for /debug/slow. */
export function timingEnd(req, status) {
  const started = startTimes.get(req);
  if (started === undefined) return 0;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (ms > SLOW_MS) {
    slow.push({ method: req.method, url: req.url, status, ms, at: new Date().toISOString() });
    if (slow.length > KEEP_SLOW) slow.shift();
  }
  return ms;
}

export function slowRequests() {
  return { thresholdMs: SLOW_MS, requests: slow };
}
