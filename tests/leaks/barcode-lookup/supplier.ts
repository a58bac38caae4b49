export interface Article {
  gtin: string;
  name: string;
  brand: string;
  packSize: string;
  priceCents: number;
  allergens: string[];
}

export class SupplierError extends Error {
  constructor(readonly status: number, readonly body: Record<string, unknown>) {
    super(`supplier answered ${status}`);
  }
}

const BRANDS = ["Campina", "Verkade", "Hak", "Calvé", "Grolsch", "Tony's"];

const ARTICLES = new Map<string, Article>(
  Array.from({ length: 40 }, (_, n): [string, Article] => {
    const gtin = `87100000${String(n).padStart(5, "0")}`;
    return [gtin, {
      gtin,
      name: `Article ${n}`,
      brand: BRANDS[n % BRANDS.length],
      packSize: `${(n % 4 + 1) * 250} g`,
      priceCents: 129 + n * 17,
      allergens: n % 3 === 0 ? ["milk"] : [],
    }];
  }),
);

/** The wholesaler's product API: slow, and rate limited per account. */
export async function fetchArticle(gtin: string): Promise<Article> {
  await new Promise((r) => setTimeout(r, 3));
  const article = ARTICLES.get(gtin);
  if (!article) {
    throw new SupplierError(404, {
      error: "ARTICLE_NOT_FOUND",
      message: `No article is registered under GTIN ${gtin}`,
      gtin,
      searched: ["assortment", "seasonal", "discontinued"],
      requestId: crypto.randomUUID(),
    });
  }
  return article;
}
