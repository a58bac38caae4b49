import { allergensOf, type Recipe } from "./recipes.ts";

const HEADINGS: Record<string, { ingredients: string; allergens: string }> = {
  en: { ingredients: "Ingredients", allergens: "Allergens" },
  fr: { ingredients: "Ingrédients", allergens: "Allergènes" },
  cy: { ingredients: "Cynhwysion", allergens: "Alergenau" },
};

const MAX_LABELS = 32;
const rendered = new Map<string, string>();
let hits = 0;

export function renderLabel(recipe: Recipe, lang: string): string {
  const key = `${recipe.sku}:${recipe.version}:${lang}`;
  const cached = rendered.get(key);
  if (cached !== undefined) {
    hits++;
    rendered.delete(key);
    rendered.set(key, cached);
    return cached;
  }
  const h = HEADINGS[lang] ?? HEADINGS.en;
  const allergens = allergensOf(recipe);
  const total = recipe.ingredients.reduce((n, i) => n + i.grams, 0);
  const list = [...recipe.ingredients]
    .sort((a, b) => b.grams - a.grams)
    .map((i) => {
      const pct = Math.round((i.grams / total) * 100);
      const name = i.contains?.length ? i.name.toUpperCase() : i.name;
      return `${name} (${pct}%)`;
    })
    .join(", ");
  const label = `${recipe.title}\n${h.ingredients}: ${list}.\n${h.allergens}: ${
    allergens.join(", ") || "none"
  }\nBatch ${recipe.batch}`;
  rendered.set(key, label);
  while (rendered.size > MAX_LABELS) rendered.delete(rendered.keys().next().value!);
  return label;
}

export function labelStats() {
  return { cached: rendered.size, hits };
}
