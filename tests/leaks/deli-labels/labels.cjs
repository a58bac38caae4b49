"use strict";

const { memo } = require("./vendor/memo.cjs");
const { ALLERGENS, recipes, update } = require("./recipes.cjs");

class LabelError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * The allergen panel (Natasha's Law: full ingredients, allergens in bold) is the slow bit of a
 * label and only changes when the recipe does, so it is worked out once per recipe.
 */
const allergenPanel = memo((recipe) => {
  const bold = (s) => `**${s}**`;
  const parts = recipe.ingredients.map((ing) => {
    const tags = ing.contains.filter((a) => ALLERGENS.includes(a));
    return tags.length ? `${ing.name} (${tags.map(bold).join(", ")})` : ing.name;
  });
  const present = [...new Set(recipe.ingredients.flatMap((i) => i.contains))].sort();
  return [
    recipe.name.toUpperCase(),
    `INGREDIENTS: ${parts.join(", ")}.`,
    `ALLERGENS: ${present.map(bold).join(", ") || "none"}.`,
    "Made in a kitchen that also handles peanuts and milk.",
  ].join("\n");
});

let printed = 0;
const recent = [];

function useBy(packedAt, hours) {
  return new Date(Date.parse(packedAt) + hours * 3600_000).toISOString().slice(0, 16);
}

/** One pre-packed label: the recipe's panel plus this batch's dates. */
function printLabel({ sku, batch, packedAt }) {
  const base = recipes.get(sku);
  if (!base) throw new LabelError(404, `no recipe ${sku}`);
  if (!batch) throw new LabelError(400, "a label needs a batch code");
  const packed = packedAt ?? new Date().toISOString();
  const recipe = { ...base, batch: String(batch), packedAt: packed };
  const label = {
    sku,
    batch: recipe.batch,
    text: `${allergenPanel(recipe)}\n${recipe.storage}. Use by ${
      useBy(packed, recipe.shelfLifeHours)
    }. Batch ${recipe.batch}.`,
  };
  printed++;
  recent.unshift({ sku, batch: label.batch, at: Date.now() });
  if (recent.length > 20) recent.length = 20;
  return label;
}

function changeRecipe(sku, patch) {
  const next = update(sku, patch);
  if (!next) throw new LabelError(404, `no recipe ${sku}`);
  allergenPanel.clear();
  return next;
}

function stats() {
  return { printed, recent: recent.slice(0, 5), panels: allergenPanel.size };
}

module.exports = { LabelError, changeRecipe, printLabel, stats };
