"use strict";

const tickets = require("./tickets.js");
const metrics = require("./metrics/registry.js");

const GATES = new Map(
  [
    ["north-1", "north"],
    ["north-2", "north"],
    ["north-3", "north"],
    ["east-1", "east"],
    ["south-1", "south"],
    ["west-1", "west"],
  ],
);

/** One scan at a turnstile: open it or say why not, timed for the latency dashboard. */
function scan(gateId, barcode, trace) {
  const stand = GATES.get(gateId);
  if (!stand) return { status: 404, body: { error: "unknown gate" } };
  const done = metrics.scanDuration.startTimer({ stand });
  const ticket = tickets.verify(barcode);
  let result;
  if (!ticket.ok) result = { open: false, reason: ticket.reason };
  else if (ticket.stand !== stand) {
    result = { open: false, reason: `use the ${ticket.stand} stand` };
  } else {
    const entry = tickets.enter(ticket, gateId);
    result = entry.ok ? { open: true, block: ticket.block } : { open: false, reason: entry.reason };
  }
  metrics.inc("turnstile_scans_total", { gate: gateId, result: result.open ? "open" : "deny" });
  const seconds = done({ trace_id: trace.traceId, span_id: trace.spanId, gate: gateId });
  return { status: 200, body: { ...result, ms: Math.round(seconds * 1e4) / 10 } };
}

function exit(gateId, barcode) {
  if (!GATES.has(gateId)) return { status: 404, body: { error: "unknown gate" } };
  const ticket = tickets.verify(barcode);
  if (!ticket.ok) return { status: 422, body: { error: ticket.reason } };
  return { status: 200, body: { left: tickets.leave(ticket.serial) } };
}

module.exports = { scan, exit };
