"use strict";

const { formulary } = require("./formulary.cjs");

/**
 * Interaction checks are cached per patient and regimen: the refill screen calls the check on
 * every open and the pharmacist reopens a request several times.
 */
const MAX_CACHED = 64;
const interactionCache = new Map();
const counters = { checks: 0, hits: 0 };

function regimenKey(patientId, meds) {
  return `${patientId}:${meds.map((m) => m.code).sort().join(",")}`;
}

function renalFlags(patient, meds) {
  if (typeof patient.eGFR !== "number" || patient.eGFR >= 60) return [];
  return meds
    .filter((m) => formulary.drugs[m.code]?.renalAdjust)
    .map((m) => ({
      code: m.code,
      message: `${formulary.drugs[m.code].name} ${m.dose}: review dose, eGFR ${patient.eGFR}`,
    }));
}

function checkRegimen(patient, meds) {
  counters.checks++;
  const key = regimenKey(patient.id, meds);
  const hit = interactionCache.get(key);
  if (hit && hit.formularyVersion === formulary.version) {
    counters.hits++;
    return hit;
  }

  const codes = new Set(meds.map((m) => m.code));
  const warnings = formulary.interactions
    .filter((i) => codes.has(i.a) && codes.has(i.b))
    .map((i) => ({
      pair: `${formulary.drugs[i.a].name} + ${formulary.drugs[i.b].name}`,
      severity: i.severity,
      advice: i.advice,
    }));
  const unknown = meds.filter((m) => !formulary.drugs[m.code]).map((m) => m.code);
  const result = {
    key,
    patientId: patient.id,
    formularyVersion: formulary.version,
    checkedAt: new Date().toISOString(),
    regimen: meds.map((m) => `${m.code} ${m.dose} ${m.frequency}`),
    warnings,
    renal: renalFlags(patient, meds),
    allergies: (patient.allergies ?? []).slice(),
    unknown,
    blocking: warnings.some((w) => w.severity === "contraindicated"),
  };
  interactionCache.set(key, result);
  if (interactionCache.size > MAX_CACHED) {
    // Maps iterate in insertion order, so the first key is the oldest
    interactionCache.delete(interactionCache.keys().next());
  }
  return result;
}

function stats() {
  return { ...counters, cached: interactionCache.size };
}

module.exports = { checkRegimen, stats };
