"use strict";

// Parking zones and their permit tariffs (municipal decree 2025).

const zones = new Map([
  ["centrum", {
    name: "Binnenstad",
    yearlyCents: 58_400,
    maxPermitsPerAddress: 1,
    waitingList: true,
  }],
  ["oost", { name: "Oost", yearlyCents: 21_900, maxPermitsPerAddress: 2, waitingList: false }],
  ["west", { name: "West", yearlyCents: 19_800, maxPermitsPerAddress: 2, waitingList: false }],
  ["zuid", { name: "Zuid", yearlyCents: 24_300, maxPermitsPerAddress: 2, waitingList: false }],
]);

const EMISSION_SURCHARGE = { electric: 0, petrol: 0.1, diesel: 0.25, hybrid: 0.05 };

function permitPrice(zoneCode, fuel, months) {
  const zone = zones.get(zoneCode);
  if (!zone) return null;
  const base = Math.round((zone.yearlyCents * months) / 12);
  return base + Math.round(base * (EMISSION_SURCHARGE[fuel] ?? 0.25));
}

module.exports = { permitPrice, zones };
