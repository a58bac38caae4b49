"use strict";

/**
 * Long-poll watches: a client asks for changes after the version it has and the request is
 * held until the namespace changes or the wait runs out (then 304 and the client asks again).
 */

const MAX_WAIT_MS = 250;

/** namespace name -> Set of waiting watches */
const waiting = new Map();
let notified = 0;
let timedOut = 0;

function watch(ns, req, res, { after, waitMs }) {
  if (after !== undefined && ns.version > after) {
    return respond(res, 200, ns.snapshot());
  }
  let set = waiting.get(ns.name);
  if (!set) {
    set = new Set();
    waiting.set(ns.name, set);
  }
  const w = { res, since: Date.now(), client: req.headers["x-client-id"] ?? null, timer: null };
  w.timer = setTimeout(() => {
    timedOut++;
    remove(ns.name, w);
    respond(res, 304, null);
  }, Math.min(Math.max(waitMs, 10), MAX_WAIT_MS));
  set.add(w);
  // the client gave up (deploy, network): forget it
  res.on("close", () => {
    if (!res.writableEnded) {
      clearTimeout(w.timer);
      remove(ns.name, w);
    }
  });
}

function remove(name, w) {
  const set = waiting.get(name);
  if (!set) return;
  set.delete(w);
  if (set.size === 0) waiting.delete(name);
}

function notify(ns) {
  const set = waiting.get(ns.name);
  if (!set) return 0;
  waiting.delete(ns.name);
  const body = ns.snapshot();
  for (const w of set) {
    clearTimeout(w.timer);
    respond(w.res, 200, body);
    notified++;
  }
  return set.size;
}

function respond(res, status, body) {
  if (res.writableEnded) return;
  if (status === 304) {
    res.writeHead(304);
    res.end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function stats() {
  let count = 0;
  for (const set of waiting.values()) count += set.size;
  return { waiting: count, notified, timedOut };
}

module.exports = { notify, respond, stats, watch };
