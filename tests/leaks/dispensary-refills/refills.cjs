"use strict";

const { PharmacyFeed } = require("./pharmacy.cjs");

class RefillError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const pharmacy = new PharmacyFeed();
/** Refills from request to collection (or rejection), by refill id. */
const active = new Map();
/** Closed refills, newest last, for the counter staff's lookup. */
const history = [];
const HISTORY_KEPT = 40;
const counters = { requested: 0, dispensed: 0, rejected: 0, collected: 0 };

function close(refill) {
  active.delete(refill.id);
  history.push({ id: refill.id, rx: refill.rx, status: refill.status, at: Date.now() });
  if (history.length > HISTORY_KEPT) history.splice(0, history.length - HISTORY_KEPT);
}

function requestRefill(body) {
  if (!body.id || !body.rx || !body.patient) {
    throw new RefillError(400, "id, rx and patient required");
  }
  if (active.has(body.id)) throw new RefillError(409, `${body.id} already requested`);
  const refill = {
    id: body.id,
    rx: body.rx,
    patient: body.patient,
    drug: body.drug,
    strength: body.strength,
    quantity: body.quantity,
    directions: body.directions,
    prescriber: body.prescriber,
    controlled: body.controlled === true,
    collectFrom: body.collectFrom ?? "main counter",
    requestedAt: new Date().toISOString(),
    status: "queued",
    bin: null,
    note: null,
  };
  // the counter may scan the bag label before the robot reports back
  refill.ready = new Promise((resolve) => (refill.markReady = resolve));
  active.set(refill.id, refill);
  counters.requested++;

  pharmacy.once(`dispensed:${refill.id}`, (slot) => {
    refill.status = "ready";
    refill.bin = slot.bin;
    counters.dispensed++;
    refill.markReady();
    pharmacy.removeAllListeners(`rejected:${refill.id}`);
  });
  pharmacy.once(`rejected:${refill.id}`, (reason) => {
    refill.status = "rejected";
    refill.note = `${reason.code}: ${reason.text}`;
    counters.rejected++;
    pharmacy.removeAllListeners(`dispensed:${refill.rx}`);
    close(refill);
  });
  pharmacy.submit({ id: refill.id, controlled: refill.controlled, released: false });
  return refill;
}

async function collect(id, body) {
  const refill = active.get(id);
  if (!refill) throw new RefillError(404, `no refill ${id}`);
  if (refill.status === "queued" && !refill.controlled) await refill.ready;
  if (refill.status !== "ready") throw new RefillError(409, `${id} is ${refill.status}`);
  refill.status = "collected";
  refill.note = `collected by ${body.collectedBy ?? "patient"}`;
  counters.collected++;
  close(refill);
  return { id: refill.id, rx: refill.rx, bin: refill.bin, note: refill.note };
}

function lookup(id) {
  const refill = active.get(id);
  if (refill) {
    const { ready: _ready, markReady: _markReady, ...view } = refill;
    return view;
  }
  return history.find((h) => h.id === id) ?? null;
}

function stats() {
  return { ...counters, active: active.size, backlog: pharmacy.backlog };
}

module.exports = { RefillError, collect, lookup, requestRefill, stats };
