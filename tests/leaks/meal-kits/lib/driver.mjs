// The kitchen database, reached over the network; rows come back as plain objects.
const RECIPES = {
  "r-101": { title: "Miso-glazed salmon with sesame greens", minutes: 25, kcal: 610 },
  "r-102": { title: "Smoky black bean tacos", minutes: 20, kcal: 540, veggie: true },
  "r-103": { title: "Chicken katsu curry", minutes: 35, kcal: 720 },
  "r-104": { title: "Halloumi and roasted pepper couscous", minutes: 25, kcal: 650, veggie: true },
  "r-105": { title: "Beef bulgogi rice bowl", minutes: 30, kcal: 690 },
  "r-106": { title: "Creamy mushroom orzo", minutes: 20, kcal: 580, veggie: true },
};

const SLOTS = [
  { day: "Tue", from: "17:00", to: "21:00" },
  { day: "Thu", from: "08:00", to: "12:00" },
];

const stats = { selects: 0, updates: 0, lastUpdate: null };

function synthesize(table, id) {
  if (table === "recipes") return RECIPES[id] ? { id, ...RECIPES[id] } : null;
  const n = Number(id.replace(/\D/g, "").slice(0, 6)) || 0;
  if (table === "subscribers") {
    return {
      id,
      name: `Subscriber ${n}`,
      plan: n % 2 ? "family" : "duo",
      servings: 2 + 2 * (n % 2),
    };
  }
  if (table === "deliveries") {
    const [subscriberId, week] = id.split("/");
    return {
      id,
      subscriberId,
      week,
      recipeIds: ["r-101", "r-102", n % 2 ? "r-103" : "r-106"],
      servings: 2 + 2 * (n % 2),
      slot: { ...SLOTS[n % 2] },
      address: { street: `Kanaalstraat ${1 + (n % 180)}`, postcode: "3531 CJ", city: "Utrecht" },
      status: "scheduled",
      notes: [],
    };
  }
  return null;
}

export const driver = {
  async select(table, id) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    stats.selects++;
    return synthesize(table, id);
  },
  async update(table, id, row) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    stats.updates++;
    stats.lastUpdate = `${table}/${id} (${Object.keys(row).length} columns)`;
  },
  stats: () => ({ ...stats }),
};
