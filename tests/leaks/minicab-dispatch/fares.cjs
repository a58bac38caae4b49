"use strict";

// Postcode district centroids for the area the firms cover.
const PLACES = {
  "LS1": [53.7965, -1.5478],
  "LS6": [53.8196, -1.5744],
  "LS11": [53.7790, -1.5520],
  "LS16": [53.8479, -1.6237],
  "LS25": [53.7831, -1.3180],
  "LBA": [53.8659, -1.6606], // Leeds Bradford Airport
};

function km([lat1, lon1], [lat2, lon2]) {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function place(code) {
  const p = PLACES[code];
  if (!p) {
    const err = new Error(`we do not cover ${code}`);
    err.status = 422;
    throw err;
  }
  return p;
}

function quoteFare(firm, { pickup, dropoff, when, passengers = 1 }) {
  const road = km(place(pickup), place(dropoff)) * 1.3;
  const hour = new Date(when ?? Date.now()).getUTCHours();
  const night = hour >= 23 || hour < 6;
  const large = passengers > 4;
  let pence = firm.tariff.flag + road * firm.tariff.perKm;
  if (night) pence *= firm.tariff.nightMultiplier;
  if (large) pence += firm.tariff.largeVehicle;
  if (dropoff === "LBA" || pickup === "LBA") pence += firm.tariff.airport;
  return {
    km: Math.round(road * 10) / 10,
    pence: Math.max(firm.tariff.minimum, Math.round(pence / 10) * 10),
    night,
    vehicle: large ? "MPV" : "saloon",
  };
}

module.exports = { quoteFare, place, km };
