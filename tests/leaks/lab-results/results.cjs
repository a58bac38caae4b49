"use strict";

const { EventEmitter } = require("node:events");

const config = { INTERPRETATION_TTL_MS: process.env.INTERPRETATION_TTL_MS ?? "1500" };

/** Short-lived memo of interpretations, capped by count and by age. */
class InterpretationCache {
  constructor({ ttlMs, maxEntries }) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.entries = new Map();
  }

  get(key) {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key, value) {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value);
    }
  }
}

const PATIENTS = new Map([
  ["p-1001", { id: "p-1001", age: 34, sex: "F" }],
  ["p-1002", { id: "p-1002", age: 71, sex: "M" }],
  ["p-1003", { id: "p-1003", age: 52, sex: "M" }],
]);

function createResultsService({ ranges }) {
  const cache = new InterpretationCache({
    ttlMs: Number(config.INTERPRETATION_TTL_MS),
    maxEntries: 64,
  });
  const history = new Map();
  const HISTORY_PER_PATIENT = 20;
  const feed = new EventEmitter();

  function patientOr404(id) {
    const p = PATIENTS.get(id);
    if (!p) throw Object.assign(new Error("no such patient"), { status: 404 });
    return p;
  }

  async function interpretOne(patient, analyte, value) {
    const key = `${patient.age >= 70 ? "70+" : "adult"}|${patient.sex}|${analyte}|${value}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const range = await ranges.rangeFor(analyte, patient);
    const flag = value < range.low ? "L" : value > range.high ? "H" : "N";
    const result = { analyte, value, unit: range.unit, low: range.low, high: range.high, flag };
    cache.set(key, result);
    return result;
  }

  return {
    async record(patientId, body) {
      const patient = patientOr404(patientId);
      const interpreted = await interpretOne(patient, body.analyte, Number(body.value));
      let list = history.get(patient.id);
      if (!list) history.set(patient.id, list = []);
      list.push({ ...interpreted, sampledAt: body.sampledAt ?? new Date().toISOString() });
      if (list.length > HISTORY_PER_PATIENT) list.splice(0, list.length - HISTORY_PER_PATIENT);
      feed.emit("result", patient.id, interpreted);
      return interpreted;
    },

    // deno-lint-ignore require-await -- callers await every method of the service alike
    async list(patientId) {
      const patient = patientOr404(patientId);
      return history.get(patient.id) ?? [];
    },

    /** Interprets a panel; critical values seen meanwhile for the same patient are included. */
    async interpret(body) {
      const patient = patientOr404(body.patientId);
      const critical = [];
      const onResult = (id, r) => {
        if (id === patient.id && r.flag !== "N") critical.push(r);
      };
      feed.on("result", onResult);
      try {
        const out = [];
        for (const [analyte, value] of Object.entries(body.values ?? {})) {
          out.push(await interpretOne(patient, analyte, Number(value)));
        }
        return { patientId: patient.id, results: out, alsoFlagged: critical };
      } finally {
        feed.off("result", onResult);
      }
    },
  };
}

module.exports = { createResultsService };
