"use strict";

const activity = require("./activity.cjs");
const { FINAL, canMove } = require("./workflow.cjs");

class OrderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const SLA_HOURS = { P1: 4, P2: 24, P3: 72 };
const ARCHIVE_KEPT = 40;

const live = new Map();
const archive = [];

function create(body) {
  const ref = String(body.ref ?? "");
  if (!ref) throw new OrderError(400, "a work order needs a ref");
  if (live.has(ref)) throw new OrderError(409, `${ref} exists`);
  const priority = SLA_HOURS[body.priority] ? body.priority : "P3";
  const order = {
    ref,
    site: String(body.site ?? ""),
    location: String(body.location ?? ""),
    category: String(body.category ?? "general"),
    description: String(body.description ?? "").slice(0, 2000),
    priority,
    dueBy: new Date(Date.now() + SLA_HOURS[priority] * 3600_000).toISOString(),
    reportedBy: String(body.reportedBy ?? ""),
    technician: null,
    state: "open",
    history: [],
  };
  live.set(ref, order);
  activity.record({
    order: ref,
    site: order.site,
    from: null,
    to: "open",
    by: order.reportedBy,
    note: order.description.slice(0, 80),
  });
  return order;
}

function move(ref, body) {
  const order = live.get(ref);
  if (!order) throw new OrderError(404, `no open work order ${ref}`);
  const to = String(body.to ?? "");
  const role = String(body.role ?? "");
  if (!canMove(order.state, to, role)) {
    throw new OrderError(409, `${role} cannot move ${ref} from ${order.state} to ${to}`);
  }
  const from = order.state;
  order.state = to;
  if (to === "assigned") order.technician = String(body.technician ?? "");
  order.history.push({ from, to, by: String(body.by ?? role), at: Date.now() });
  activity.record({
    order: ref,
    site: order.site,
    from,
    to,
    by: String(body.by ?? role),
    note: String(body.note ?? ""),
  });

  if (FINAL.has(to)) {
    live.delete(ref);
    archive.unshift({
      ref,
      site: order.site,
      state: to,
      closedAt: new Date().toISOString(),
      moves: order.history.length,
    });
    if (archive.length > ARCHIVE_KEPT) archive.length = ARCHIVE_KEPT;
  }
  return { ref, state: order.state };
}

function get(ref) {
  const order = live.get(ref);
  if (order) return order;
  const done = archive.find((o) => o.ref === ref);
  if (!done) throw new OrderError(404, `no work order ${ref}`);
  return done;
}

function stats() {
  return { live: live.size, archived: archive.length, events: activity.count() };
}

module.exports = { OrderError, create, get, move, stats };
