/**
 * The storefront's search documents, one per live product. (Stands in for the hosted search
 * service; same partial-update semantics.)
 */
const docs = new Map();

function textOf(doc) {
  return `${doc.title ?? ""} ${doc.description ?? ""}`.toLowerCase();
}

export function put(doc) {
  docs.set(doc.sku, { ...doc, text: textOf(doc) });
}

/** A partial update: fields given replace the document's; unknown SKUs are ignored. */
export function apply(sku, patch) {
  const doc = docs.get(sku);
  if (!doc) return false;
  Object.assign(doc, patch);
  doc.text = textOf(doc);
  return true;
}

export function remove(sku) {
  return docs.delete(sku);
}

export function search(q, limit = 10) {
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = [];
  for (const doc of docs.values()) {
    if (doc.stock <= 0) continue;
    if (terms.every((t) => doc.text.includes(t))) {
      hits.push({ sku: doc.sku, title: doc.title, price: doc.price, stock: doc.stock });
    }
    if (hits.length >= limit) break;
  }
  return hits;
}

export function size() {
  return docs.size;
}
