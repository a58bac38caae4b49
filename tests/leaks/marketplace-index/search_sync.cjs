"use strict";

/**
 * Keeps the search index in step with listing edits. Sellers often bulk-edit (a CSV import
 * touches hundreds of listings in a few seconds), so documents are collected and sent as one
 * bulk request once the edits have settled.
 */

const REINDEX_QUIET_MS = 15_000;

const pendingDocs = [];
/** What the search cluster holds, by listing id (an in-process stand-in for it). */
const searchIndex = new Map();
let lastBulk = { at: null, docs: 0 };

function debounce(fn, waitMs) {
  let timer = null;
  return function debounced() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, waitMs);
  };
}

function toSearchDoc(listing) {
  const doc = {
    id: listing.id,
    title: listing.title,
    description: listing.description,
    category: listing.category,
    seller: listing.seller,
    price: listing.price,
    currency: listing.currency,
    inStock: listing.stock > 0,
    tags: [...listing.tags],
    text: `${listing.title} ${listing.description} ${listing.tags.join(" ")}`.toLowerCase(),
    indexedAt: new Date().toISOString(),
  };
  return doc;
}

function sendBulk() {
  const batch = pendingDocs.splice(0);
  for (const doc of batch) searchIndex.set(doc.id, doc);
  lastBulk = { at: new Date().toISOString(), docs: batch.length };
}

const scheduleBulk = debounce(sendBulk, REINDEX_QUIET_MS);

function queueReindex(listing) {
  pendingDocs.push(toSearchDoc(listing));
  scheduleBulk();
}

/** The full index is built at start-up, before any edits come in. */
function indexAll(listings) {
  for (const listing of listings) searchIndex.set(listing.id, toSearchDoc(listing));
  lastBulk = { at: new Date().toISOString(), docs: searchIndex.size };
}

function search(query, limit = 10) {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return [...searchIndex.values()]
    .filter((doc) => doc.inStock && terms.every((t) => doc.text.includes(t)))
    .slice(0, limit)
    .map(({ id, title, price, currency, seller }) => ({ id, title, price, currency, seller }));
}

function syncStatus() {
  return { pending: pendingDocs.length, indexed: searchIndex.size, lastBulk };
}

module.exports = { queueReindex, indexAll, search, syncStatus };
