"use strict";

const { holdUntil } = require("./lapse.cjs");
const { machines } = require("./machines.cjs");

class PlanError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Provisional milling slots: the CAD station reserves one when a design goes to the dentist for
 * approval; the technician confirms it (it becomes a milling job) or it lapses.
 */
const reservations = new Map();
const counters = { reserved: 0, confirmed: 0, lapsed: 0, released: 0 };

const MATERIALS = new Set(["zirconia", "lithium-disilicate", "pmma", "cobalt-chrome"]);

function reserve(design) {
  const machine = machines.get(design.machine);
  if (!machine) throw new PlanError(404, `no milling machine ${design.machine}`);
  if (typeof design.caseId !== "string" || !design.caseId) throw new PlanError(400, "caseId?");
  if (!MATERIALS.has(design.material)) throw new PlanError(400, `cannot mill ${design.material}`);
  if (!Number.isInteger(design.units) || design.units < 1) {
    throw new PlanError(400, "units must be a positive whole number");
  }
  const id = `R-${design.caseId}`;
  if (reservations.has(id)) throw new PlanError(409, `case ${design.caseId} already has a slot`);
  const now = Date.now();
  const reservation = {
    id,
    caseId: design.caseId,
    practice: design.practice,
    dentist: design.dentist,
    patientRef: design.patientRef,
    material: design.material,
    shade: design.shade ?? null,
    units: design.units,
    teeth: design.teeth ?? [],
    machine: machine.id,
    designFile: design.designFile,
    minutes: machine.minutesFor(design.material, design.units),
    reservedAt: now,
    holdUntil: holdUntil(now),
  };
  reservations.set(reservation.id, reservation);
  counters.reserved++;
  return reservation;
}

function release(id, why) {
  const reservation = reservations.get(id);
  if (!reservation) return null;
  reservations.delete(id);
  counters[why === "lapsed" ? "lapsed" : "released"]++;
  return reservation;
}

function confirm(id, technician) {
  const reservation = reservations.get(id);
  if (!reservation) throw new PlanError(410, `reservation ${id} has lapsed or was confirmed`);
  release(id, "confirmed");
  counters.confirmed++;
  const job = machines.get(reservation.machine).enqueue({
    caseId: reservation.caseId,
    material: reservation.material,
    units: reservation.units,
    minutes: reservation.minutes,
    technician,
  });
  return { reservation: id, job: job.id, position: job.position };
}

function planFor(machineId) {
  const machine = machines.get(machineId);
  if (!machine) throw new PlanError(404, `no milling machine ${machineId}`);
  // the planner shows provisional slots after the confirmed queue
  const provisional = [];
  for (const r of reservations.values()) {
    if (r.machine === machineId && r.holdUntil > Date.now()) {
      provisional.push({ id: r.id, caseId: r.caseId, minutes: r.minutes, until: r.holdUntil });
    }
  }
  return { machine: machine.id, queue: machine.queueView(), provisional };
}

function stats() {
  return { ...counters };
}

module.exports = { PlanError, reservations, reserve, release, confirm, planFor, stats };
