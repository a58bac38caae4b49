"use strict";

const MENU = {
  "bitterballen": { name: "Bitterballen (8)", cents: 850, station: "kitchen" },
  "soup-day": { name: "Soup of the day", cents: 725, station: "kitchen" },
  "steak-frites": { name: "Steak frites", cents: 2450, station: "kitchen" },
  "fish-stew": { name: "Fish stew", cents: 2250, station: "kitchen" },
  "apple-pie": { name: "Apple pie", cents: 575, station: "kitchen" },
  "pils": { name: "Pils 25cl", cents: 375, station: "bar" },
  "house-red": { name: "House red", cents: 550, station: "bar" },
  "fresh-mint": { name: "Fresh mint tea", cents: 395, station: "bar" },
};

function linesFor(items) {
  if (!Array.isArray(items) || !items.length) return undefined;
  const lines = [];
  for (const { dish, qty } of items) {
    const entry = MENU[dish];
    if (!entry || !(Number.isInteger(qty) && qty > 0 && qty < 50)) return undefined;
    lines.push({ dish, name: entry.name, qty, cents: entry.cents * qty, station: entry.station });
  }
  return lines;
}

module.exports = { MENU, linesFor };
