"use strict";

// Menus are edited in the back office and read from its database.
const stores = {
  "S1": { name: "Deansgate", opens: "07:00", closes: "15:00" },
  "S2": { name: "Spinningfields", opens: "07:30", closes: "14:30" },
  "S3": { name: "Northern Quarter", opens: "08:00", closes: "16:00" },
};

const items = [
  { id: "blt", name: "BLT on sourdough", pricePence: 595, allergens: ["gluten", "egg"] },
  {
    id: "falafel",
    name: "Falafel, hummus & pickles wrap",
    pricePence: 650,
    allergens: ["gluten", "sesame"],
  },
  {
    id: "reuben",
    name: "Reuben on rye",
    pricePence: 795,
    allergens: ["gluten", "milk", "mustard"],
  },
  {
    id: "soup",
    name: "Soup of the day with bread",
    pricePence: 450,
    allergens: ["gluten", "celery"],
  },
  { id: "flat-white", name: "Flat white", pricePence: 320, allergens: ["milk"] },
];

const soldOut = { S1: new Set(), S2: new Set(), S3: new Set() };
let loads = 0;

async function loadMenu(storeId) {
  loads++;
  await new Promise((r) => setTimeout(r, 4));
  const store = stores[storeId];
  if (!store) return null;
  return {
    store: storeId,
    ...store,
    items: items.map((i) => ({ ...i, soldOut: soldOut[storeId].has(i.id) })),
    builtAt: new Date().toISOString(),
  };
}

function setSoldOut(storeId, itemId, value) {
  if (!soldOut[storeId] || !items.some((i) => i.id === itemId)) return false;
  if (value) soldOut[storeId].add(itemId);
  else soldOut[storeId].delete(itemId);
  return true;
}

function menuLoads() {
  return loads;
}

module.exports = { loadMenu, menuLoads, setSoldOut };
