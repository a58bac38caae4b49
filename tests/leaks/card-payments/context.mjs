/**
 * Per-request context for logs and error reports: a request id and the breadcrumbs that led to
 * an error, attached to the Sentry-style report when something fails.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const storage = new AsyncLocalStorage();

/** Breadcrumbs logged outside any request (startup, the settlement timer) go here. */
const backgroundContext = { requestId: "background", startedAt: Date.now(), breadcrumbs: [] };

export function runWithContext(requestId, fn) {
  return storage.run({ requestId, startedAt: Date.now(), breadcrumbs: [] }, fn);
}

export function currentContext() {
  return storage.getStore() ?? backgroundContext;
}

export function breadcrumb(message, data = {}) {
  const ctx = currentContext();
  ctx.breadcrumbs.push({ at: Date.now() - ctx.startedAt, message, data });
}

/** What an error report carries: the request id and the last few breadcrumbs. */
export function errorReport(err) {
  const ctx = currentContext();
  return {
    requestId: ctx.requestId,
    error: String(err?.stack ?? err),
    breadcrumbs: ctx.breadcrumbs.slice(-20),
  };
}

breadcrumb("process started", { pid: process.pid, node: process.version });
