"use strict";

/** The deli counter's recipes, as the kitchen manager keeps them. */
const recipes = new Map([
  ["SW-CORONATION", {
    sku: "SW-CORONATION",
    name: "Coronation chicken on malted bloomer",
    ingredients: [
      { name: "malted bloomer", contains: ["wheat", "barley", "soya"] },
      { name: "chicken breast", contains: [] },
      { name: "mayonnaise", contains: ["egg", "mustard"] },
      { name: "mango chutney", contains: [] },
      { name: "curry powder", contains: ["mustard", "celery"] },
      { name: "toasted almonds", contains: ["almonds"] },
    ],
    shelfLifeHours: 48,
    storage: "Keep refrigerated below 5°C",
  }],
  ["SAL-FALAFEL", {
    sku: "SAL-FALAFEL",
    name: "Falafel, tabbouleh and tahini salad box",
    ingredients: [
      { name: "falafel", contains: ["sesame"] },
      { name: "bulgur wheat", contains: ["wheat"] },
      { name: "tahini dressing", contains: ["sesame", "sulphites"] },
      { name: "cucumber, tomato, parsley, mint", contains: [] },
    ],
    shelfLifeHours: 36,
    storage: "Keep refrigerated below 5°C",
  }],
]);

const ALLERGENS = [
  "celery",
  "wheat",
  "barley",
  "crustaceans",
  "egg",
  "fish",
  "lupin",
  "milk",
  "molluscs",
  "mustard",
  "almonds",
  "peanuts",
  "sesame",
  "soya",
  "sulphites",
];

function update(sku, patch) {
  const current = recipes.get(sku);
  if (!current) return null;
  const next = { ...current, ...patch, sku };
  recipes.set(sku, next);
  return next;
}

module.exports = { ALLERGENS, recipes, update };
