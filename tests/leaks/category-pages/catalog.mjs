import sqlish from "./node_modules/sqlish/index.js";
import { products } from "./fixtures.mjs";

const db = sqlish({ tables: { products }, debug: process.env.SQL_DEBUG === "1" });

export const PAGE_SIZE = 12;

const SORTS = {
  popular: ["popularity", "desc"],
  newest: ["addedAt", "desc"],
  "price-asc": ["priceCents", "asc"],
  "price-desc": ["priceCents", "desc"],
};

/**
 * What a shopper may see: listed and not age-restricted. The category page, search and the
 * sitemap all start from this.
 */
const visibleProducts = db("products")
  .select("sku", "name", "category", "colour", "priceCents", "stock", "popularity")
  .where("status", "listed")
  .where("ageRestricted", false);

export class CatalogError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const euros = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

function formatPrice(cents) {
  return euros.format(cents / 100);
}

function toCard(row) {
  return {
    sku: row.sku,
    title: row.name,
    price: formatPrice(row.priceCents),
    availability: row.stock > 3 ? "in stock" : row.stock > 0 ? "few left" : "sold out",
    url: `/p/${row.sku.toLowerCase()}`,
  };
}

export async function categoryPage(category, { page = 1, sort = "popular" } = {}) {
  const order = SORTS[sort];
  if (!order) throw new CatalogError(400, `unknown sort ${sort}`);
  if (!Number.isInteger(page) || page < 1) throw new CatalogError(400, "bad page");
  const rows = await visibleProducts
    .where("category", category)
    .orderBy(order[0], order[1])
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  if (rows.length === 0 && page === 1) throw new CatalogError(404, `no products in ${category}`);
  return { category, page, sort, items: rows.map(toCard) };
}

export async function productDetail(sku) {
  const row = await db("products").where("sku", sku).where("status", "listed").first();
  if (!row) throw new CatalogError(404, `no product ${sku}`);
  const related = await db("products")
    .select("sku", "name", "priceCents", "stock")
    .where("category", row.category)
    .where("status", "listed")
    .where("sku", "!=", row.sku)
    .orderBy("popularity", "desc")
    .limit(4);
  return { ...toCard(row), colour: row.colour, related: related.map(toCard) };
}

export function catalogStats() {
  return { products: products.length, queries: db.client.queryCount };
}
