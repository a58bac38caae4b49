import { Coalescer } from "./coalescer.mjs";
import * as searchIndex from "./search-index.mjs";

export class CatalogueError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const products = new Map();
const EDITABLE = ["title", "description", "price", "stock", "facets"];
const counts = { created: 0, edited: 0, withdrawn: 0 };
/** Recently withdrawn SKUs, for the merchandising team's undo list. */
const withdrawn = [];

const indexer = new Coalescer((sku, patch) => searchIndex.apply(sku, patch), {
  quietMs: 150,
  maxPatches: 3,
});

/** The fields of a product the search documents carry. */
function searchFields(patch) {
  const out = {};
  for (const field of EDITABLE) if (field in patch) out[field] = patch[field];
  return out;
}

function checkPatch(patch) {
  if ("price" in patch) {
    const p = patch.price;
    if (!p || typeof p.amount !== "number" || p.amount < 0 || !/^[A-Z]{3}$/.test(p.currency)) {
      throw new CatalogueError(400, "price needs an amount and an ISO currency");
    }
  }
  if ("stock" in patch && (!Number.isInteger(patch.stock) || patch.stock < 0)) {
    throw new CatalogueError(400, "stock is a whole number");
  }
  if ("title" in patch && (typeof patch.title !== "string" || !patch.title.trim())) {
    throw new CatalogueError(400, "title can't be empty");
  }
}

export function createProduct(body) {
  if (typeof body.sku !== "string" || !/^[A-Z0-9-]{3,32}$/.test(body.sku)) {
    throw new CatalogueError(400, "sku must be 3-32 capitals, digits or -");
  }
  if (products.has(body.sku)) throw new CatalogueError(409, `${body.sku} exists`);
  checkPatch(body);
  const product = { sku: body.sku, ...searchFields(body), createdAt: Date.now(), version: 1 };
  products.set(product.sku, product);
  // new products go straight into search; merchandisers check them right away
  searchIndex.put(product);
  counts.created++;
  return product;
}

/** A bulk edit from the merchandising spreadsheet: one row per product and field group. */
export function bulkEdit(edits) {
  if (!Array.isArray(edits)) throw new CatalogueError(400, "edits must be an array");
  const results = [];
  for (const edit of edits) {
    const product = products.get(edit.sku);
    if (!product) {
      results.push({ sku: edit.sku, error: "no such product" });
      continue;
    }
    const patch = searchFields(edit);
    checkPatch(patch);
    Object.assign(product, patch);
    product.version++;
    indexer.queue(product.sku, patch);
    counts.edited++;
    results.push({ sku: product.sku, version: product.version });
  }
  return results;
}

export function withdraw(sku) {
  const product = products.get(sku);
  if (!product) throw new CatalogueError(404, `no product ${sku}`);
  products.delete(sku);
  // out of search at once, not after the quiet period
  searchIndex.remove(sku);
  withdrawn.unshift({ sku, title: product.title, at: Date.now() });
  if (withdrawn.length > 20) withdrawn.length = 20;
  counts.withdrawn++;
  return { sku, withdrawn: true };
}

export function getProduct(sku) {
  return products.get(sku) ?? null;
}

export function catalogueStats() {
  return {
    ...counts,
    live: products.size,
    searchDocs: searchIndex.size(),
    indexer: indexer.stats(),
    recentlyWithdrawn: withdrawn.slice(0, 5),
  };
}
