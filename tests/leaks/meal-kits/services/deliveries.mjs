import { orm } from "../db.mjs";
import { Delivery, Recipe } from "../entities.mjs";

const em = orm.em;

export class NotFound extends Error {}

export async function deliveryFor(subscriberId, week) {
  const delivery = await em.findOne(Delivery, `${subscriberId}/${week}`);
  if (!delivery) throw new NotFound(`no delivery for ${subscriberId} in ${week}`);
  return delivery;
}

export async function describeDelivery(delivery) {
  const recipes = await em.find(Recipe, delivery.recipeIds);
  return {
    week: delivery.week,
    slot: `${delivery.slot.day} ${delivery.slot.from}-${delivery.slot.to}`,
    servings: delivery.servings,
    recipes: recipes.map((r) => ({ id: r.id, title: r.title, minutes: r.minutes })),
    changes: delivery.notes.length,
  };
}

export async function swapRecipe(subscriberId, week, fromId, toId) {
  const delivery = await deliveryFor(subscriberId, week);
  const recipe = await em.findOne(Recipe, toId);
  if (!recipe) throw new NotFound(`no recipe ${toId}`);
  delivery.swap(fromId, recipe);
  await em.flush();
  return delivery;
}
