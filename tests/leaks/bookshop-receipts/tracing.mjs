// Request tracing without a vendor SDK: a trace per request, spans collected in it through
// AsyncLocalStorage, and a short list of finished traces for the /status page.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

const storage = new AsyncLocalStorage();
const RECENT_TRACES = 50;
const recent = [];
const totals = { traces: 0, spans: 0 };

export function currentTraceId() {
  return storage.getStore()?.id;
}

export function withTrace(name, fn) {
  const trace = { id: randomUUID().replaceAll("-", ""), name, startedAt: Date.now(), spans: [] };
  return storage.run(trace, async () => {
    try {
      return await fn(trace);
    } finally {
      finish(trace);
    }
  });
}

/** Times `fn` as a span of the current trace (if there is one). */
export async function span(name, attrs, fn) {
  const trace = storage.getStore();
  const started = performance.now();
  let ok = false;
  try {
    const result = await fn();
    ok = true;
    return result;
  } finally {
    if (trace) {
      const span = {
        name,
        traceId: trace.id,
        attrs,
        startedAt: Date.now(),
        ms: Math.round((performance.now() - started) * 100) / 100,
        ok,
      };
      trace.spans.push(span);
      totals.spans++;
    }
  }
}

function finish(trace) {
  totals.traces++;
  const ms = Date.now() - trace.startedAt;
  recent.push({ id: trace.id, name: trace.name, ms, spans: trace.spans.map((s) => s.name) });
  if (recent.length > RECENT_TRACES) recent.shift();
}

export function tracingStats() {
  return { ...totals, recent: recent.slice(-5) };
}
