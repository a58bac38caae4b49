"use strict";

const parts = require("./parts.cjs");

const open = new Map();
const recent = [];
const RECENT = 30;

/** A watch taken in for repair at a branch counter. */
function intake(branch, { id, watch, issue, customer }) {
  if (open.has(id)) return { error: "repair exists" };
  const repair = {
    id,
    branch: branch.id,
    watch,
    issue,
    customer,
    status: "diagnosis",
    estimate: null,
    waitingFor: new Set(),
    stopWaiting: [],
    takenInAt: new Date().toISOString(),
  };
  open.set(id, repair);
  branch.intake++;
  return { repair };
}

/** The watchmaker's estimate; parts not in stock are waited for. */
function estimate(branch, repair, { parts: needed, labourMinutes }) {
  repair.estimate = {
    parts: needed,
    labourCents: Math.round((labourMinutes / 60) * branch.labourPerHourCents),
  };
  for (const part of needed) {
    if (parts.inStock(part)) {
      parts.take(part);
      continue;
    }
    repair.waitingFor.add(part);
    repair.stopWaiting.push(parts.waitFor(part, () => {
      repair.waitingFor.delete(part);
      if (repair.waitingFor.size === 0 && repair.status === "waiting for parts") {
        repair.status = "in repair";
      }
    }));
  }
  repair.status = repair.waitingFor.size ? "waiting for parts" : "in repair";
  return repair;
}

function collect(branch, repair) {
  for (const stop of repair.stopWaiting.splice(0)) stop();
  open.delete(repair.id);
  branch.collected++;
  recent.push({ id: repair.id, brand: repair.watch.brand, at: new Date().toISOString() });
  if (recent.length > RECENT) recent.splice(0, recent.length - RECENT);
  repair.status = "collected";
  return repair;
}

function find(id) {
  return open.get(id);
}

function view(repair) {
  const { id, branch, watch, issue, status, estimate } = repair;
  return { id, branch, watch, issue, status, estimate, waitingFor: [...repair.waitingFor] };
}

function overview() {
  return { open: open.size, recent: recent.slice(-5) };
}

module.exports = { intake, estimate, collect, find, view, overview };
