import type { FareCache } from "./fare_cache.ts";

const SWEEP_MS = 200;

export function startHousekeeping(fareCache: FareCache): ReturnType<typeof setInterval> {
  const timer = setInterval(() => {
    // supplier expiries are epoch seconds
    const now = Math.floor(Date.now() / 1000);
    fareCache.dropExpired(now);
  }, SWEEP_MS);
  Deno.unrefTimer(timer);
  return timer;
}
