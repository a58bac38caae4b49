"use strict";

// World manufacturer identifiers the marketplace sees most; the full table has ~30k rows.
const WMI = {
  WVW: { make: "Volkswagen", country: "Germany" },
  WBA: { make: "BMW", country: "Germany" },
  VF1: { make: "Renault", country: "France" },
  YV1: { make: "Volvo", country: "Sweden" },
  JTD: { make: "Toyota", country: "Japan" },
  TMB: { make: "Škoda", country: "Czech Republic" },
};

const YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789";
const VIN_SHAPE = /^[A-HJ-NPR-Z0-9]{11,17}$/;

function modelYear(code) {
  const n = YEARS.indexOf(code);
  return n < 0 ? null : 2010 + n;
}

// Shorter VINs are pre-1981 or imports with a truncated plate entry; they decode partly.
function decodeVin(vin) {
  if (!VIN_SHAPE.test(vin)) {
    throw Object.assign(new Error("not a VIN (I, O and Q are not used)"), { status: 422 });
  }
  const maker = WMI[vin.slice(0, 3)] ?? { make: "unknown", country: "unknown" };
  return {
    vin,
    make: maker.make,
    country: maker.country,
    descriptor: vin.slice(3, 8),
    modelYear: vin.length === 17 ? modelYear(vin[9]) : null,
    plant: vin.length >= 11 ? vin[10] : null,
    serial: vin.slice(11),
    partial: vin.length < 17,
  };
}

module.exports = { decodeVin };
