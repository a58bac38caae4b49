const PRODUCTS = [
  "Trail running shoes",
  "Road running shoes",
  "Rain jacket",
  "Down jacket",
  "Merino wool socks",
  "Hiking socks",
  "Two-person tent",
  "Sleeping bag",
].map((title, n) => ({ sku: `sku-${n}`, title, priceCents: 1999 + n * 1250 }));

export function search(q: string, limit: number) {
  const words = q.split(" ");
  return PRODUCTS
    .map((p) => ({ p, score: words.filter((w) => p.title.toLowerCase().includes(w)).length }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((r) => r.p);
}
