import { ByteCache } from "./byte_cache.mjs";

const SITES = {
  north: { name: "Campus Noord", stations: ["Warm", "Salad bar", "Soup", "Grill"] },
  south: { name: "Campus Zuid", stations: ["Warm", "Wok", "Sandwiches"] },
};

const DISHES = [
  ["Lasagne bolognese", 720, ["gluten", "milk"]],
  ["Vegetable curry with rice", 640, ["celery"]],
  ["Pea soup with rye bread", 450, ["gluten", "celery"]],
  ["Chicken satay, peanut sauce", 790, ["peanuts", "soy"]],
  ["Falafel wrap", 560, ["gluten", "sesame"]],
  ["Caesar salad", 610, ["egg", "fish", "milk"]],
  ["Mushroom risotto", 680, ["milk"]],
  ["Fish of the day, potatoes", 850, ["fish"]],
];

const EPOCH = Date.UTC(2025, 0, 6);
const rendered = new ByteCache(48 * 1024);
const inFlight = new Map();

export function isSite(site) {
  return Object.hasOwn(SITES, site);
}

export function dishesOn(site, day) {
  const stations = SITES[site].stations;
  return stations.map((station, k) => {
    const [name, priceCents, allergens] = DISHES[(day * 3 + k * 5) % DISHES.length];
    return { station, name, priceCents, allergens };
  });
}

/** The planning system's menu for a day (stubbed; a call takes a tick). */
async function fetchMenu(site, day) {
  await new Promise((resolve) => setImmediate(resolve));
  return {
    site,
    siteName: SITES[site].name,
    date: new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10),
    dishes: dishesOn(site, day),
  };
}

function renderMenu(menu) {
  const rows = menu.dishes.map((d) =>
    `<tr><th>${d.station}</th><td>${d.name}</td><td>€ ${(d.priceCents / 100).toFixed(2)}</td>` +
    `<td class="allergens">${d.allergens.join(", ")}</td></tr>`
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${menu.siteName} · ${menu.date}</title>` +
    `<link rel="stylesheet" href="/static/menu.css"></head><body><h1>${menu.siteName}</h1>` +
    `<h2>Menu for ${menu.date}</h2><table>${rows.join("")}</table>` +
    `<p class="note">Ask the staff about allergens. Prices include VAT.</p></body></html>`;
}

/** The rendered menu page of a day, from the cache or rendered once however many ask. */
// deno-lint-ignore require-await -- callers await it whether it renders or hits the cache
export async function menuPage(site, day) {
  const key = `${site}:${day}`;
  const hit = rendered.get(key);
  if (hit) return hit;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = fetchMenu(site, day)
      .then((menu) => {
        const html = renderMenu(menu);
        rendered.set(key, html, Buffer.byteLength(html));
        return html;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

export function menuCacheStats() {
  return { ...rendered.stats(), inFlight: inFlight.size };
}
