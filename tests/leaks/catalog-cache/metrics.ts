import client from "prom-client";
import type { Context, Next } from "koa";
import { cacheStats } from "./cache.ts";

export const registry = new client.Registry();

const requestDuration = new client.Histogram({
  name: "catalog_request_duration_seconds",
  help: "Request latency by route template",
  labelNames: ["method", "route", "status"],
  buckets: [0.001, 0.005, 0.02, 0.1, 0.5],
  registers: [registry],
});

const cacheLookups = new client.Counter({
  name: "catalog_cache_lookups_total",
  help: "Product cache lookups by result",
  labelNames: ["result"],
  registers: [registry],
});

new client.Gauge({
  name: "catalog_cache_keys",
  help: "Keys held by the product cache",
  registers: [registry],
  collect() {
    this.set(cacheStats().keys);
  },
});

export function countLookup(hit: boolean) {
  cacheLookups.inc({ result: hit ? "hit" : "miss" });
}

/** Koa middleware: times each request under its route template (`/products/:sku`), never the raw URL. */
export async function timeRequests(ctx: Context, next: Next) {
  const end = requestDuration.startTimer();
  try {
    await next();
  } finally {
    end({
      method: ctx.method,
      route: ctx._matchedRoute ? String(ctx._matchedRoute) : "unmatched",
      status: String(ctx.status),
    });
  }
}
