// Open spans by request id, for the /debug/inflight page.
const inflight = new Map();

export function startSpan(requestId, name) {
  const span = { requestId, name, startedAt: performance.now(), events: [] };
  inflight.set(requestId, span);
  return span;
}

export function endSpan(span) {
  inflight.delete(span.requestId);
  return performance.now() - span.startedAt;
}

export function inflightCount() {
  return inflight.size;
}
