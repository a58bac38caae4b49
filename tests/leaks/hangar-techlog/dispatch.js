"use strict";

/**
 * Dispatch status for the ops controllers: GO, GO with restrictions, or NO-GO. Two defects
 * can impose the same restriction (both packs' items say FL250), so each is listed once.
 */
function dispatchStatus(aircraft) {
  const byCode = new Map();
  for (const r of aircraft.restrictions) byCode.set(r.code, r);
  const restrictions = [...byCode.values()].map((r) => ({
    code: r.code,
    text: r.text,
    because: `MEL ${r.mel} (${r.defect})`,
    remainingDays: r.remainingDays,
  }));
  const status = aircraft.grounded ? "NO-GO" : restrictions.length ? "GO-IF" : "GO";
  return {
    registration: aircraft.registration,
    type: aircraft.type,
    status,
    restrictions,
    openDefects: aircraft.defects.size,
    hours: Math.round(aircraft.hours * 10) / 10,
    cycles: aircraft.cycles,
    lastSector: aircraft.flights.at(-1) ?? null,
  };
}

module.exports = { dispatchStatus };
