"use strict";

/** The deli's online range (prices in cents, VAT included). */
const products = new Map([
  ["OLIVE-OIL-1L", { name: "Arbequina olive oil, 1 l", priceMinor: 1895, category: "pantry" }],
  ["SOURDOUGH-KIT", { name: "Sourdough starter kit", priceMinor: 2450, category: "baking" }],
  ["ANCHOVY-TIN", { name: "Cantabrian anchovies, 120 g", priceMinor: 1275, category: "pantry" }],
  ["COFFEE-ESP-500", { name: "Espresso blend beans, 500 g", priceMinor: 1640, category: "coffee" }],
  ["HONEY-HEATHER", { name: "Heather honey, 340 g", priceMinor: 1120, category: "pantry" }],
]);

module.exports = { products };
