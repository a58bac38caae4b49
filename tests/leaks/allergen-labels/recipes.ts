export interface Ingredient {
  name: string;
  grams: number;
  contains?: string[];
}

export interface Recipe {
  sku: string;
  title: string;
  version: number;
  batch: string;
  ingredients: Ingredient[];
}

const recipes = new Map<string, Recipe>([
  ["brownie", {
    sku: "brownie",
    title: "Chocolate brownie",
    version: 1,
    batch: "B0",
    ingredients: [
      { name: "dark chocolate", grams: 180, contains: ["milk", "soya"] },
      { name: "butter", grams: 150, contains: ["milk"] },
      { name: "eggs", grams: 120, contains: ["eggs"] },
      { name: "wheat flour", grams: 90, contains: ["gluten"] },
      { name: "sugar", grams: 200 },
    ],
  }],
  ["flapjack", {
    sku: "flapjack",
    title: "Oat flapjack",
    version: 1,
    batch: "F0",
    ingredients: [
      { name: "oats", grams: 250, contains: ["gluten"] },
      { name: "golden syrup", grams: 90 },
      { name: "butter", grams: 120, contains: ["milk"] },
      { name: "almonds", grams: 40, contains: ["nuts"] },
    ],
  }],
]);

const summaries = new WeakMap<Recipe, string[]>();

export function getRecipe(sku: string) {
  return recipes.get(sku);
}

export function updateRecipe(sku: string, batch: string, ingredients: Ingredient[]) {
  const current = recipes.get(sku);
  if (!current) return undefined;
  const next = { ...current, version: current.version + 1, batch, ingredients };
  recipes.set(sku, next);
  return next;
}

export function allergensOf(recipe: Recipe): string[] {
  let found = summaries.get(recipe);
  if (!found) {
    found = [...new Set(recipe.ingredients.flatMap((i) => i.contains ?? []))].sort();
    summaries.set(recipe, found);
  }
  return found;
}
