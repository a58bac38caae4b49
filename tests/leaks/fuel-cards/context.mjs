// Request context for the logs, on AsyncLocalStorage.

import { AsyncLocalStorage } from "node:async_hooks";

export const requestContext = new AsyncLocalStorage();

const LINES = 100;
const lines = [];

export function log(level, message, extra = {}) {
  const context = requestContext.getStore();
  lines.push({ at: Date.now(), level, message, requestId: context?.requestId, ...extra });
  if (lines.length > LINES) lines.splice(0, lines.length - LINES);
}

export function recentLines(limit = 20) {
  return lines.slice(-limit);
}
