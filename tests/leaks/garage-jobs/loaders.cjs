"use strict";

const { withConnection } = require("./db.cjs");

// Batching per request: parts and labour codes asked for in one tick go to the DMS in one
// query. The loaders die with the request; only their counts are added to the totals.
const loaderTotals = {
  parts: { loads: 0, hits: 0, batches: 0 },
  labour: { loads: 0, hits: 0, batches: 0 },
};

function batchLoader(name, statement) {
  const cache = new Map();
  const stats = { loads: 0, hits: 0, batches: 0 };
  let queue = null;

  function dispatch(batch) {
    stats.batches++;
    withConnection((conn) => conn.query(statement, [batch.keys])).then((rows) => {
      batch.waiters.forEach((w, i) => w.resolve(rows[i]));
    }, (err) => {
      for (const w of batch.waiters) w.reject(err);
    });
  }

  return {
    name,
    stats,
    load(key) {
      stats.loads++;
      const cached = cache.get(key);
      if (cached) {
        stats.hits++;
        return cached;
      }
      if (!queue) {
        const batch = queue = { keys: [], waiters: [] };
        process.nextTick(() => {
          queue = null;
          dispatch(batch);
        });
      }
      const batch = queue;
      const promise = new Promise((resolve, reject) => {
        batch.keys.push(key);
        batch.waiters.push({ resolve, reject });
      });
      cache.set(key, promise);
      return promise;
    },
  };
}

function createLoaders() {
  return {
    parts: batchLoader("parts", "parts_by_sku"),
    labour: batchLoader("labour", "labour_by_code"),
  };
}

/** Called when the response is finished: folds the request's loader counts into the totals. */
function recordLoaders(loaders) {
  for (const loader of Object.values(loaders)) {
    const total = loaderTotals[loader.name];
    total.loads += loader.stats.loads;
    total.hits += loader.stats.hits;
    total.batches += loader.stats.batches;
  }
}

module.exports = { createLoaders, recordLoaders, loaderTotals };
