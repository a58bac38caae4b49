"use strict";

const { MEL, deferralLimit } = require("./mel.js");

const MAX_FLIGHTS = 30;

class TechLogError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

class Aircraft {
  constructor(registration, type, hours, cycles) {
    this.registration = registration;
    this.type = type;
    this.hours = hours;
    this.cycles = cycles;
    this.defects = new Map();
    this.flights = [];
    this.restrictions = [];
    this.restrictionsAt = 0;
    this.grounded = false;
  }

  raiseDefect({ id, description, reportedBy, mel }, now = Date.now()) {
    if (this.defects.has(id)) throw new TechLogError(`defect ${id} already in the tech log`, 409);
    const melItem = mel ? MEL[mel] : null;
    if (mel && !melItem) throw new TechLogError(`${mel} is not in the MEL`);
    this.defects.set(id, {
      id,
      description,
      reportedBy,
      mel: mel ?? null,
      status: melItem ? "deferred" : "open",
      raisedAt: now,
      limitAt: melItem ? deferralLimit(melItem, now) : null,
    });
    this.refreshRestrictions(now);
    return this.defects.get(id);
  }

  rectify(id, { engineer, action }, now = Date.now()) {
    const defect = this.defects.get(id);
    if (!defect) throw new TechLogError(`no defect ${id} on ${this.registration}`, 404);
    if (!engineer || !action) throw new TechLogError("engineer and action taken are required");
    this.defects.delete(id);
    this.refreshRestrictions(now);
    return { ...defect, status: "closed", closedAt: now, engineer, action };
  }

  logFlight({ flightNo, from, to, blockMinutes }, now = Date.now()) {
    if (this.grounded) throw new TechLogError(`${this.registration} is grounded`, 409);
    this.hours += blockMinutes / 60;
    this.cycles += 1;
    this.flights.push({ flightNo, from, to, blockMinutes, loggedAt: now });
    if (this.flights.length > MAX_FLIGHTS) this.flights.shift();
    // Deferral limits run on, so the restrictions are derived again after every sector.
    this.refreshRestrictions(now);
  }

  /** Derives the operational restrictions from the deferred defects. */
  refreshRestrictions(now = Date.now()) {
    this.grounded = false;
    for (const defect of this.defects.values()) {
      if (defect.status !== "deferred") {
        if (defect.status === "open") this.grounded = true;
        continue;
      }
      const remainingDays = defect.limitAt === null
        ? null
        : Math.floor((defect.limitAt - now) / 86_400_000);
      if (remainingDays !== null && remainingDays < 0) this.grounded = true;
      for (const rule of MEL[defect.mel].restrictions) {
        const restriction = {
          code: rule.code,
          text: rule.text,
          defect: defect.id,
          mel: defect.mel,
          remainingDays,
          derivedAt: new Date(now).toISOString(),
        };
        this.restrictions.push(restriction);
      }
    }
    this.restrictionsAt = now;
  }
}

const fleet = new Map(
  [
    new Aircraft("PH-EXA", "E195-E2", 8412.5, 6120),
    new Aircraft("PH-EXB", "E195-E2", 7033.2, 5287),
    new Aircraft("PH-EXC", "E195-E2", 5120.8, 3904),
    new Aircraft("PH-EXD", "E175", 21877.1, 17640),
  ].map((a) => [a.registration, a]),
);

// Deferred defects carried since the last checks.
const seededAt = Date.now() - 2 * 86_400_000;
const exa = fleet.get("PH-EXA");
exa.raiseDefect({
  id: "TL-88121",
  description: "Pack 2 outlet temperature fluctuating, pack selected off",
  reportedBy: "Capt. de Graaf",
  mel: "21-51-01",
}, seededAt);
exa.raiseDefect({
  id: "TL-88140",
  description: "APU fails to start, EGT overtemp on two attempts",
  reportedBy: "FO Yildiz",
  mel: "49-11-01",
}, seededAt);
exa.raiseDefect({
  id: "TL-88152",
  description: "Weather radar display blank on both sides",
  reportedBy: "Capt. Mulder",
  mel: "34-43-02",
}, seededAt);

module.exports = { Aircraft, TechLogError, fleet };
