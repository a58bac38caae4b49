// Request context for the pick-list API: every request runs inside requestContext (an
// AsyncLocalStorage) so deep code can add spans and read the tenant, and the contexts of the
// requests in flight are listed on /debug/inflight and waited for on shutdown.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export const requestContext = new AsyncLocalStorage();
export const inflight = new Map();

export function withContext(req, res, fn) {
  const ctx = {
    id: randomUUID(),
    // The handhelds send their own id so a pick can be traced from the scanner to the API.
    traceId: req.headers["x-request-id"] ?? null,
    tenant: req.headers["x-tenant"] ?? "default",
    method: req.method,
    path: req.url,
    startedAt: Date.now(),
    spans: [],
  };
  const key = ctx.traceId ?? ctx.id;
  inflight.set(key, ctx);
  res.on("close", () => {
    inflight.delete(ctx.id);
  });
  return requestContext.run(ctx, fn);
}

export async function span(name, fn) {
  const ctx = requestContext.getStore();
  const started = performance.now();
  try {
    return await fn();
  } finally {
    ctx?.spans.push({ name, ms: performance.now() - started });
  }
}

export function current() {
  return requestContext.getStore();
}
