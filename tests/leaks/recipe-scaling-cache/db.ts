// In-process stand-in for the recipe database: an async find/update API over recipe rows,
// answering with copies after a few ms of latency.

export interface Ingredient {
  name: string;
  qty: number;
  unit: "g" | "ml" | "tsp" | "tbsp" | "pc";
}

export interface Recipe {
  id: string;
  title: string;
  cuisine: string;
  serves: number;
  ingredients: Ingredient[];
  steps: string[];
  updatedAt: string;
}

const recipes = new Map<string, Recipe>();
const latency = () => new Promise((r) => setTimeout(r, 1 + Math.random() * 3));

export async function findRecipe(id: string): Promise<Recipe | undefined> {
  await latency();
  const row = recipes.get(id);
  return row && structuredClone(row);
}

export async function updateRecipe(id: string, patch: Partial<Recipe>): Promise<Recipe | null> {
  await latency();
  const row = recipes.get(id);
  if (!row) return null;
  if (typeof patch.title === "string") row.title = patch.title.slice(0, 120);
  if (Array.isArray(patch.steps)) row.steps = patch.steps.map(String).slice(0, 20);
  row.updatedAt = new Date().toISOString();
  return structuredClone(row);
}

export async function cuisines(): Promise<string[]> {
  await latency();
  return [...new Set([...recipes.values()].map((r) => r.cuisine))].sort();
}

const pantry: Ingredient[] = [
  { name: "red lentils", qty: 250, unit: "g" },
  { name: "onion", qty: 1, unit: "pc" },
  { name: "garlic cloves", qty: 3, unit: "pc" },
  { name: "ground cumin", qty: 2, unit: "tsp" },
  { name: "chopped tomatoes", qty: 400, unit: "g" },
  { name: "coconut milk", qty: 200, unit: "ml" },
  { name: "vegetable stock", qty: 500, unit: "ml" },
  { name: "olive oil", qty: 2, unit: "tbsp" },
];
const kinds = ["Indian", "Levantine", "Mexican", "Italian"];
for (let n = 1; n <= 1000; n++) {
  recipes.set(`R-${n}`, {
    id: `R-${n}`,
    title: `${kinds[n % 4]} weeknight supper no. ${n}`,
    cuisine: kinds[n % 4],
    serves: 4,
    ingredients: pantry.slice(0, 5 + (n % 4)).map((i) => ({ ...i })),
    steps: [
      "Soften the onion and garlic in the oil.",
      "Add the spices and cook for a minute.",
      "Add everything else and simmer for 25 minutes.",
    ],
    updatedAt: "2025-09-01T12:00:00.000Z",
  });
}
// Rows are kept the way the store hands them back (serialized once), not as built above.
for (const [id, row] of recipes) recipes.set(id, structuredClone(row));
