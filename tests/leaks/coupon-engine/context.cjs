"use strict";

/** Request ids and breadcrumbs for error reports, carried by AsyncLocalStorage. */
const { AsyncLocalStorage } = require("node:async_hooks");

const storage = new AsyncLocalStorage();
const MAX_BACKGROUND_BREADCRUMBS = 100;

/** Where breadcrumbs logged outside a request go (startup, timers); trimmed as it fills. */
const backgroundContext = { requestId: "background", breadcrumbs: [] };

function runWithContext(requestId, fn) {
  return storage.run({ requestId, breadcrumbs: [] }, fn);
}

function breadcrumb(message, data = {}) {
  const ctx = storage.getStore() ?? backgroundContext;
  ctx.breadcrumbs.push({ at: Date.now(), message, data });
  if (ctx === backgroundContext && ctx.breadcrumbs.length > MAX_BACKGROUND_BREADCRUMBS) {
    ctx.breadcrumbs.shift();
  }
}

function requestId() {
  return (storage.getStore() ?? backgroundContext).requestId;
}

/**
 * Keeps the last requests on globalThis so the REPL attached in production (node --inspect) can
 * look at them; DEBUG_RECENT sets how many.
 */
const MAX_RECENT = Number(process.env.DEBUG_RECENT) || 50;
globalThis.__couponRecent ??= [];

function remember(summary) {
  const recent = globalThis.__couponRecent;
  recent.push(summary);
  while (recent.length > MAX_RECENT) recent.shift();
}

module.exports = { breadcrumb, remember, requestId, runWithContext };
