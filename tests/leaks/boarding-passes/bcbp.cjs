"use strict";

// IATA Resolution 792 "bar coded boarding pass" (BCBP) mandatory items, format M1.

function pad(value, width) {
  return String(value ?? "").toUpperCase().padEnd(width, " ").slice(0, width);
}

function julianDay(isoDate) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 0);
  return String(Math.floor((d.getTime() - start) / 86400000)).padStart(3, "0");
}

function bcbpString(booking, passenger, segment) {
  const name = `${passenger.lastName}/${passenger.firstName}`;
  return [
    "M1",
    pad(name, 20),
    "E",
    pad(booking.pnr, 7),
    pad(segment.from, 3),
    pad(segment.to, 3),
    pad(segment.carrier, 3),
    pad(segment.flight.padStart(4, "0"), 5),
    julianDay(segment.date),
    pad(segment.cabin, 1),
    pad(passenger.seat[segment.flight] ?? "", 4),
    pad(String(passenger.sequence).padStart(4, "0"), 5),
    "1",
    "00",
  ].join("");
}

module.exports = { bcbpString };
