const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const CATALOG = Array.from({ length: 60 }, (_, n) => ({
  sku: `SKU-${4000 + n}`,
  title: ["Linen shirt", "Canvas tote", "Wool beanie", "Rain jacket", "Trail socks"][n % 5],
  priceCents: 1495 + (n % 9) * 500,
  category: ["tops", "bags", "hats", "outerwear", "socks"][n % 5],
}));

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export async function fetchProfile(userId) {
  await sleep(2);
  const h = hash(userId);
  return { userId, segment: ["new", "returning", "vip"][h % 3], country: h % 2 ? "NL" : "BE" };
}

export async function fetchAffinities(userId) {
  await sleep(3);
  const h = hash(`aff:${userId}`);
  return ["tops", "bags", "hats", "outerwear", "socks"].map((category, n) => ({
    category,
    score: ((h >>> n) % 100) / 100,
  }));
}

export async function fetchTrending(country) {
  await sleep(4);
  const offset = country === "NL" ? 0 : 7;
  return CATALOG.slice(offset, offset + 20).map((p) => p.sku);
}

export function productsFor(skus) {
  return skus.map((sku) => CATALOG.find((p) => p.sku === sku)).filter(Boolean);
}
