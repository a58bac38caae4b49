// Number plate lookups against the vehicle register (make, model, tyre size), kept in a
// Map-ordered LRU of 48 so the desk's repeated look-ups during one visit are free.
const MAX = 48;
const cache = new Map();
let lookups = 0;

async function register(plate) {
  await new Promise((resolve) => setTimeout(resolve, 1));
  lookups++;
  const n = [...plate].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  const models = [["Volkswagen", "Golf", "205/55 R16"], ["Kia", "Niro", "215/55 R17"], [
    "Tesla",
    "Model 3",
    "235/45 R18",
  ]];
  const [make, model, size] = models[n % models.length];
  return { plate, make, model, size, checkedAt: new Date().toISOString() };
}

export async function vehicle(plate) {
  const hit = cache.get(plate);
  if (hit) {
    cache.delete(plate);
    cache.set(plate, hit);
    return hit;
  }
  const v = await register(plate);
  cache.set(plate, v);
  if (cache.size > MAX) cache.delete(cache.keys().next().value);
  return v;
}

export function plateStats() {
  return { cached: cache.size, lookups };
}
