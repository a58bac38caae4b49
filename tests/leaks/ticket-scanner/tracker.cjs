const { randomUUID } = require("node:crypto");

// Requests being handled right now, for the gate supervisors' live view ("which scanner is
// stuck?"). Scanners send their own X-Request-Id; other clients get one generated here.
const inflight = new Map();
let finished = 0;
let slowest = { path: null, ms: 0 };

function trackRequests(req, res, next) {
  req.id = req.headers["x-request-id"] || randomUUID();
  res.setHeader("X-Request-Id", req.id);
  inflight.set(req.id, {
    id: req.id,
    req,
    res,
    gate: req.signedCookies?.gate ?? null,
    path: req.path,
    startedAt: Date.now(),
  });
  res.on("finish", () => {
    const entry = inflight.get(req.id);
    const ms = entry ? Date.now() - entry.startedAt : 0;
    if (ms > slowest.ms) slowest = { path: req.path, ms };
    finished++;
    inflight.delete(req.headers["x-request-id"]);
  });
  next();
}

function liveView() {
  const now = Date.now();
  const stuck = [];
  for (const entry of inflight.values()) {
    const age = now - entry.startedAt;
    if (age > 5_000) stuck.push({ id: entry.id, gate: entry.gate, path: entry.path, age });
  }
  return { inflight: inflight.size, finished, slowest, stuck: stuck.slice(0, 20) };
}

module.exports = { trackRequests, liveView };
