import DataLoader from "./node_modules/batchloader/index.js";
import * as db from "./db.mjs";

// Every loader made for a request, so /metrics can report batching and cache hit ratios per
// loader name (the reason we moved to DataLoader in the first place).
const trackedLoaders = [];

/** A fresh set of loaders for one request: their caches must not outlive it. */
export function createLoaders(requestId) {
  const loaders = {
    book: new DataLoader((ids) => db.booksByIds(ids), { name: "book" }),
    booksByAuthor: new DataLoader((ids) => db.booksByAuthorIds(ids), { name: "booksByAuthor" }),
    author: new DataLoader((ids) => db.authorsByIds(ids), { name: "author" }),
    reviews: new DataLoader((ids) => db.reviewsByBookIds(ids), { name: "reviews" }),
  };
  for (const loader of Object.values(loaders)) {
    loader.requestId = requestId;
    trackedLoaders.push(loader);
  }
  return loaders;
}

export function loaderMetrics() {
  const byName = {};
  for (const loader of trackedLoaders) {
    const m = byName[loader.name] ??= { loads: 0, cacheHits: 0, batches: 0, batchedKeys: 0 };
    m.loads += loader.stats.loads;
    m.cacheHits += loader.stats.cacheHits;
    m.batches += loader.stats.batches;
    m.batchedKeys += loader.stats.batchedKeys;
  }
  for (const m of Object.values(byName)) {
    m.hitRatio = m.loads ? Number((m.cacheHits / m.loads).toFixed(3)) : 0;
    m.avgBatchSize = m.batches ? Number((m.batchedKeys / m.batches).toFixed(2)) : 0;
  }
  return byName;
}
