"use strict";

// Traffic recorder: keeps what the gateway was asked and what it answered, so a support case
// can be replayed against staging (GET /debug/tape?since=…).
const config = require("./config.cjs");

const tape = [];
let seq = 0;

function record(req, body, status, response, startedAt) {
  if (!config.recordTraffic) return;
  tape.push({
    seq: ++seq,
    at: new Date(startedAt).toISOString(),
    ms: Date.now() - startedAt,
    method: req.method,
    url: req.url,
    headers: { ...req.headers },
    body: config.recordBodies ? body : undefined,
    status,
    response: config.recordBodies ? response : undefined,
  });
}

function since(n) {
  return tape.filter((entry) => entry.seq > n).slice(0, 100);
}

module.exports = { record, since, tapeLength: () => tape.length };
