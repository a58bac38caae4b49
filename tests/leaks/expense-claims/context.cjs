"use strict";

// Request context for log lines and audit records, carried across callbacks and awaits by
// async_hooks (this service predates AsyncLocalStorage and nobody has moved it over yet).

const asyncHooks = require("node:async_hooks");
const { randomUUID } = require("node:crypto");

/** asyncId → the context of the request that (transitively) created that async resource. */
const contexts = new Map();

asyncHooks.createHook({
  init(asyncId, _type, triggerAsyncId) {
    const ctx = contexts.get(asyncHooks.executionAsyncId()) ?? contexts.get(triggerAsyncId);
    if (ctx) contexts.set(asyncId, ctx);
  },
  // No destroy hook: with one enabled, V8 has to track every promise for GC. The request's
  // context is dropped when its response finishes instead.
}).enable();

function runWithRequest(req, res, fn) {
  const resource = new asyncHooks.AsyncResource("EXPENSE_REQUEST");
  const rootId = resource.asyncId();
  const ctx = {
    requestId: req.headers["x-request-id"] ?? randomUUID(),
    employee: req.headers["x-employee"] ?? "anonymous",
    route: `${req.method} ${req.url}`,
    startedAt: Date.now(),
    notes: [],
  };
  contexts.set(rootId, ctx);
  res.on("finish", () => {
    contexts.delete(rootId);
  });
  return resource.runInAsyncScope(fn);
}

function current() {
  return contexts.get(asyncHooks.executionAsyncId());
}

/** Adds a note to the current request's context (shown in its audit record). */
function note(text) {
  const ctx = current();
  if (ctx && ctx.notes.length < 20) ctx.notes.push(text);
}

module.exports = { current, note, runWithRequest };
