import { tracingChannel } from "node:diagnostics_channel";
import { execute } from "./driver.mjs";

/** Every query is traced here; instrumentation.mjs turns it into metrics. */
export const queryChannel = tracingChannel("cottages:db.query");

// Cottages, photos and rates change a few times a season; bookings come in through the
// channel manager, which restarts us on import anyway.
const CACHE_TTL_MS = 5 * 60_000;
const CACHE_MAX = 500;
const cache = new Map();

function fromCache(rows) {
  return Promise.resolve(rows);
}

async function run(statement, params, key) {
  const rows = await execute(statement, params);
  cache.delete(key);
  cache.set(key, { rows, at: Date.now() });
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value);
  return rows;
}

/** Runs a named statement; answers from the cache when it can. Always returns a promise. */
export function query(statement, params = []) {
  const key = `${statement}|${JSON.stringify(params)}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_TTL_MS) {
    // nothing to wait for, so it is traced as a synchronous call
    return queryChannel.traceSync(fromCache, { statement, params, cached: true }, null, hit.rows);
  }
  return queryChannel.tracePromise(
    run,
    { statement, params, cached: false },
    null,
    statement,
    params,
    key,
  );
}

export async function one(statement, params) {
  const rows = await query(statement, params);
  return rows[0] ?? null;
}

export function cacheSize() {
  return cache.size;
}
