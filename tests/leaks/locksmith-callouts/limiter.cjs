"use strict";

/** A fixed window per client address: 30 call-out reports a minute. */

const WINDOW_MS = 60_000;
const LIMIT = 30;
const MAX_CLIENTS = 64;
const windows = new Map();

/** The gateway writes the visitor as `ip:port` in X-Forwarded-For; the port changes per connection. */
function clientOf(req) {
  const first = String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim();
  if (!first) return req.socket.remoteAddress;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(first);
  return v4WithPort ? v4WithPort[1] : first;
}

function allow(req, now = Date.now()) {
  const client = clientOf(req);
  let w = windows.get(client);
  if (!w || now - w.start >= WINDOW_MS) w = { start: now, count: 0 };
  windows.delete(client); // re-insert: most recent last
  windows.set(client, w);
  if (windows.size > MAX_CLIENTS) windows.delete(windows.keys().next().value);
  w.count++;
  return w.count <= LIMIT;
}

module.exports = { allow };
