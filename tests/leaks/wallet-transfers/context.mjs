// Request-scoped context (request id, user, timing spans) for logs and the audit trail. No
// AsyncLocalStorage: this module is shared with the edge build, which has none. runWithContext()
// makes a context the active one for the duration of a call and puts the previous one back
// when the call is done.

let activeContext = null;
let nextId = 1;

export function createContext(name, fields = {}) {
  return {
    id: `${process.pid.toString(36)}-${(nextId++).toString(36)}`,
    name,
    parent: activeContext,
    fields: { ...activeContext?.fields, ...fields },
    startedAt: performance.now(),
    spans: [],
  };
}

export async function runWithContext(context, fn) {
  const previous = activeContext;
  activeContext = context;
  try {
    return await fn();
  } finally {
    activeContext = previous;
  }
}

/** Runs fn in a child of the active context (it inherits the request's fields). */
export function inChildContext(name, fn, fields) {
  return runWithContext(createContext(name, fields), fn);
}

export function currentContext() {
  return activeContext;
}

export async function span(name, fn) {
  const context = activeContext;
  const started = performance.now();
  try {
    return await fn();
  } finally {
    context?.spans.push({ name, ms: Math.round((performance.now() - started) * 100) / 100 });
  }
}

const LOG_LINES = 200;
const logLines = [];

export function log(level, message, extra = {}) {
  const context = activeContext;
  const line = JSON.stringify({
    at: new Date().toISOString(),
    level,
    message,
    requestId: context?.fields.requestId,
    user: context?.fields.user,
    ...extra,
  });
  logLines.push(line);
  if (logLines.length > LOG_LINES) logLines.shift();
  if (level === "error") console.error(line);
}

export function recentLog(limit = 50) {
  return logLines.slice(-limit);
}
