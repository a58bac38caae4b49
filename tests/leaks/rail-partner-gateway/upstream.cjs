"use strict";

/** The timetable and reservation systems behind the gateway (canned here). */

const STATIONS = {
  AMS: { code: "AMS", name: "Amsterdam Centraal", platforms: 15 },
  UT: { code: "UT", name: "Utrecht Centraal", platforms: 21 },
  RTD: { code: "RTD", name: "Rotterdam Centraal", platforms: 16 },
  EHV: { code: "EHV", name: "Eindhoven Centraal", platforms: 6 },
};

function hash(s) {
  let h = 17;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

function journey(id) {
  const h = hash(id);
  const codes = Object.keys(STATIONS);
  const from = codes[h % codes.length];
  const to = codes[(h >> 3) % codes.length] === from ? "UT" : codes[(h >> 3) % codes.length];
  const dep = new Date(Date.UTC(2024, 9, 1, 6 + (h % 14), (h >> 5) % 60));
  return {
    id,
    from: STATIONS[from],
    to: STATIONS[to],
    departs: dep.toISOString(),
    arrives: new Date(dep.getTime() + (25 + (h % 50)) * 60_000).toISOString(),
    train: `IC ${1700 + (h % 300)}`,
    platform: String(1 + (h % STATIONS[from].platforms)),
  };
}

function fares(id) {
  const base = 800 + (hash(id) % 2400);
  return [
    { class: "2", type: "single", cents: base },
    { class: "2", type: "return", cents: base * 2 - 150 },
    { class: "1", type: "single", cents: Math.round(base * 1.7) },
  ];
}

let bookingSeq = 90_000;
const bookingCounts = { booked: 0, seats: 0 };

function book(body) {
  const seats = Number(body.passengers ?? 1);
  bookingCounts.booked++;
  bookingCounts.seats += seats;
  return { reference: `NS-${++bookingSeq}`, journey: body.journey, seats, status: "confirmed" };
}

module.exports = { STATIONS, book, bookingCounts, fares, journey };
