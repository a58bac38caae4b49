import { type Change, tracker } from "./tracker.ts";

export class RecipeError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Recipe {
  id: string;
  title: string;
  cuisine: string;
  minutes: number;
  servings: number;
  ingredients: string[];
  views: number;
  ratingSum: number;
  ratingCount: number;
  updatedAt: string;
}

function seed(id: string, title: string, cuisine: string, minutes: number, ingredients: string[]) {
  const recipe: Recipe = {
    id,
    title,
    cuisine,
    minutes,
    servings: 2,
    ingredients,
    views: 0,
    ratingSum: 0,
    ratingCount: 0,
    updatedAt: new Date(0).toISOString(),
  };
  return [id, tracker.track(recipe, "recipe")] as const;
}

const recipes = new Map<string, Recipe>([
  seed("shakshuka", "Shakshuka", "north-african", 30, ["eggs", "tomatoes", "peppers", "cumin"]),
  seed("dal-tadka", "Dal tadka", "indian", 40, ["toor dal", "ghee", "garlic", "chilli"]),
  seed("pad-thai", "Pad thai", "thai", 25, ["rice noodles", "tamarind", "peanuts", "egg"]),
  seed("ribollita", "Ribollita", "italian", 90, ["cavolo nero", "cannellini", "bread"]),
]);

/** The recipes table; one UPDATE per flushed entity. */
const db = {
  updates: 0,
  async write(_entity: string, changes: Change[]): Promise<void> {
    await Promise.resolve();
    this.updates += changes.length > 0 ? 1 : 0;
  },
};

function recipeOrThrow(id: string): Recipe {
  const recipe = recipes.get(id);
  if (!recipe) throw new RecipeError(404, `no recipe ${id}`);
  return recipe;
}

export function viewRecipe(id: string) {
  const recipe = recipeOrThrow(id);
  recipe.views += 1;
  const rating = recipe.ratingCount ? recipe.ratingSum / recipe.ratingCount : null;
  return { ...recipe, ingredients: [...recipe.ingredients], rating };
}

export function rateRecipe(id: string, body: Record<string, unknown>) {
  const recipe = recipeOrThrow(id);
  const stars = Number(body.stars);
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
    throw new RecipeError(422, "stars must be 1 to 5");
  }
  recipe.ratingSum += stars;
  recipe.ratingCount += 1;
  return { id, rating: Math.round((recipe.ratingSum / recipe.ratingCount) * 10) / 10 };
}

const EDITABLE = ["title", "minutes", "servings"] as const;

export async function editRecipe(id: string, body: Record<string, unknown>) {
  const recipe = recipeOrThrow(id);
  if (body.title !== undefined) {
    const title = String(body.title).trim();
    if (title.length < 3 || title.length > 80) throw new RecipeError(422, "title is 3–80 chars");
    recipe.title = title;
  }
  for (const field of ["minutes", "servings"] as const) {
    if (body[field] === undefined) continue;
    const n = Number(body[field]);
    if (!Number.isInteger(n) || n < 1 || n > 600) throw new RecipeError(422, `bad ${field}`);
    recipe[field] = n;
  }
  recipe.updatedAt = new Date().toISOString();
  const saved = await tracker.flush(`recipe:${id}`, db);
  return { id, saved, fields: EDITABLE.map((f) => [f, recipe[f]]) };
}

export function catalog() {
  return {
    recipes: [...recipes.values()].map(({ id, title, cuisine, minutes }) => ({
      id,
      title,
      cuisine,
      minutes,
    })),
    tracking: tracker.stats(),
    updates: db.updates,
  };
}
