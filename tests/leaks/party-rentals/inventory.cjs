"use strict";

// Rental stock per SKU. Availability for a date is the stock minus confirmed bookings and
// live holds (a hold keeps items for a customer while they complete the checkout).

const CATALOGUE = {
  "CHR-FOLD-WHT": { name: "Folding chair, white", stock: 12000, dayCents: 150 },
  "CHR-CROSS-OAK": { name: "Cross-back chair, oak", stock: 1200, dayCents: 450 },
  "TBL-ROUND-180": { name: "Round table 180 cm (10 pers.)", stock: 900, dayCents: 1200 },
  "TBL-TRESTLE-240": { name: "Trestle table 240 cm", stock: 2500, dayCents: 900 },
  "TENT-6X12": { name: "Party tent 6 x 12 m", stock: 40, dayCents: 42500 },
  "FLOOR-DANCE-5X5": { name: "Dance floor 5 x 5 m", stock: 6, dayCents: 32500 },
  "HEATER-PATIO": { name: "Patio heater (propane)", stock: 150, dayCents: 3500 },
};

// Items pulled from rental for repair or inspection, by SKU: none of them can be booked.
const outOfService = new Set(["FLOOR-DANCE-5X5"]);

function item(sku) {
  return CATALOGUE[sku];
}

function isOutOfService(sku) {
  return outOfService.has(sku);
}

function setOutOfService(sku, flag) {
  if (flag) outOfService.add(sku);
  else outOfService.delete(sku);
}

module.exports = { CATALOGUE, item, isOutOfService, setOutOfService };
