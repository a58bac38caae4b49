import { orm } from "../db.mjs";
import { Recipe, Subscriber } from "../entities.mjs";

const WEEK_MENUS = {
  "2025-W23": ["r-101", "r-102", "r-103", "r-104", "r-105", "r-106"],
  "2025-W24": ["r-103", "r-104", "r-105", "r-106"],
};

export async function weekMenu(week) {
  const ids = WEEK_MENUS[week];
  if (!ids) return null;
  const recipes = await orm.currentEm().find(Recipe, ids);
  return recipes.map(({ id, title, minutes, kcal, veggie }) => ({
    id,
    title,
    minutes,
    kcal,
    veggie,
  }));
}

export async function subscriberProfile(id) {
  const subscriber = await orm.currentEm().findOne(Subscriber, id);
  return subscriber && { id: subscriber.id, plan: subscriber.plan, servings: subscriber.servings };
}
