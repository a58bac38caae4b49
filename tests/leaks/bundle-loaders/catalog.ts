// The product catalogue and its reviews, standing in for the database: every call is one
// round trip, which is what the loaders save.

export interface Product {
  sku: string;
  name: string;
  price: number;
  stock: number;
  tags: string[];
}
export interface ReviewSummary {
  sku: string;
  average: number;
  count: number;
  latest: string[];
}

const products = new Map<string, Product>();
const names = ["Trail runner", "Rain shell", "Merino tee", "Trek poles", "Head torch", "Dry bag"];
for (let n = 0; n < 240; n++) {
  const sku = `sku-${n}`;
  products.set(sku, {
    sku,
    name: `${names[n % names.length]} ${n}`,
    price: 19 + (n * 7) % 180,
    stock: (n * 13) % 40,
    tags: [n % 2 ? "outdoor" : "running", n % 3 ? "new" : "sale"],
  });
}

export let roundTrips = 0;

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

export async function productsBySku(skus: string[]): Promise<(Product | undefined)[]> {
  roundTrips++;
  await tick();
  return skus.map((s) => {
    const p = products.get(s);
    return p && { ...p, tags: [...p.tags] };
  });
}

export async function reviewSummaries(skus: string[]): Promise<(ReviewSummary | undefined)[]> {
  roundTrips++;
  await tick();
  return skus.map((sku) => {
    const n = Number(sku.slice(4)) || 0;
    return {
      sku,
      average: 3 + (n % 20) / 10,
      count: 5 + n % 90,
      latest: [`Great ${sku}, fits well`, `Arrived quickly (${sku})`, "Would buy again"],
    };
  });
}

export function relatedSkus(sku: string): string[] {
  const n = Number(sku.slice(4)) || 0;
  return [1, 2, 3, 5, 8].map((d) => `sku-${(n + d * 11) % 240}`);
}
