"use strict";

/** Station readings, newest last, 24 per station. */
const STATIONS = new Map([
  ["de-bilt", { name: "De Bilt", lat: 52.1, lon: 5.18, readings: [] }],
  ["schiphol", { name: "Schiphol", lat: 52.3, lon: 4.77, readings: [] }],
  ["eelde", { name: "Groningen Eelde", lat: 53.12, lon: 6.58, readings: [] }],
]);
const KEEP_READINGS = 24;

function nearestStation(lat, lon) {
  let best;
  let bestDistance = Infinity;
  for (const [id, s] of STATIONS) {
    const d = (s.lat - lat) ** 2 + (s.lon - lon) ** 2;
    if (d < bestDistance) [best, bestDistance] = [{ id, ...s }, d];
  }
  return best;
}

function record(stationId, reading) {
  const station = STATIONS.get(stationId);
  if (!station) return false;
  station.readings.push(reading);
  if (station.readings.length > KEEP_READINGS) station.readings.shift();
  return true;
}

function forecast(lat, lon, days) {
  const station = nearestStation(lat, lon);
  const last = station.readings.at(-1) ?? { tempC: 11, windKmh: 14, rainMm: 0 };
  const out = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2026, 4, 1 + d)).toISOString().slice(0, 10);
    const swing = Math.sin((lat + lon + d) * 1.7) * 3;
    out.push({
      date,
      minC: Math.round(last.tempC - 4 + swing),
      maxC: Math.round(last.tempC + 3 + swing),
      windKmh: Math.round(last.windKmh + swing * 2),
      rainChance: Math.max(0, Math.min(100, Math.round(40 + swing * 12 + last.rainMm * 8))),
    });
  }
  return { station: station.name, days: out };
}

module.exports = { STATIONS, forecast, record };
