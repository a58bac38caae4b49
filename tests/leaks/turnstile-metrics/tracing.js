"use strict";

const crypto = require("node:crypto");

/**
 * The trace context of a request: continued from a W3C traceparent header when the turnstile
 * controller sends one, otherwise a new root trace.
 */
function traceContext(req) {
  const header = req.headers.traceparent;
  const m = /^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$/.exec(header ?? "");
  return {
    traceId: m ? m[1] : crypto.randomBytes(16).toString("hex"),
    spanId: crypto.randomBytes(8).toString("hex"),
    parentId: m ? m[2] : undefined,
  };
}

module.exports = { traceContext };
