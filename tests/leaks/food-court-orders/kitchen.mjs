import { Batcher } from "./batcher.mjs";

// What the stalls' kitchen system says about each dish: in stock, portions left, wait time.
// (The real one is an HTTP API on the till network; this is its in-process double.)
const DISHES = new Map([
  ["ramen-tonkotsu", { stall: "noodle-bar", name: "Tonkotsu ramen", cents: 1450, portions: 400 }],
  ["ramen-miso", { stall: "noodle-bar", name: "Miso ramen", cents: 1350, portions: 300 }],
  ["gyoza-6", { stall: "noodle-bar", name: "Gyoza (6)", cents: 650, portions: 900 }],
  ["bao-pork", { stall: "noodle-bar", name: "Pork belly bao", cents: 550, portions: 500 }],
  ["edamame", { stall: "noodle-bar", name: "Edamame", cents: 450, portions: 1000 }],
  ["pizza-margherita", { stall: "forno", name: "Margherita", cents: 1150, portions: 250 }],
  ["pizza-diavola", { stall: "forno", name: "Diavola", cents: 1350, portions: 250 }],
  ["tiramisu", { stall: "forno", name: "Tiramisu", cents: 650, portions: 120 }],
]);

let roundTrips = 0;

async function fetchAvailability(ids) {
  roundTrips++;
  await new Promise((resolve) => setTimeout(resolve, 2));
  const now = Date.now();
  return new Map(ids.flatMap((id) => {
    const dish = DISHES.get(id);
    if (!dish) return [];
    const waitMinutes = 6 + ((now / 60_000) | 0) % 9;
    return [[id, { id, ...dish, available: dish.portions > 0, waitMinutes }]];
  }));
}

export const availability = new Batcher(fetchAvailability, { name: "kitchen-availability" });

export function dishesOf(stall) {
  return [...DISHES].filter(([, dish]) => dish.stall === stall).map(([id]) => id);
}

export function takePortions(id, qty) {
  const dish = DISHES.get(id);
  if (!dish || dish.portions < qty) return false;
  dish.portions -= qty;
  if (dish.portions < 20) dish.portions += 400; // the kitchen preps another batch
  return true;
}

export function kitchenStats() {
  return { roundTrips, ...availability.stats };
}
