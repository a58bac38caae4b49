/**
 * The services behind the gateway. In this deployment they run in-process (the gateway and the
 * search shards ship as one binary for the regional edge); each is just a Handler.
 */
import type { Handler, UpstreamResponse } from "./pool.ts";

const PRODUCTS = [
  { sku: "SKU-1042", title: "Anglepoise desk lamp, graphite", price: 189, regions: ["eu", "apac"] },
  { sku: "SKU-1043", title: "Brass floor lamp with linen shade", price: 249, regions: ["eu"] },
  { sku: "SKU-2210", title: "Oak standing desk, 140 cm", price: 699, regions: ["eu", "apac"] },
  { sku: "SKU-2217", title: "Walnut desk organiser", price: 59, regions: ["apac"] },
  { sku: "SKU-3301", title: "Task chair, mesh back", price: 329, regions: ["eu", "apac"] },
  { sku: "SKU-3318", title: "Clamp-on monitor lamp", price: 79, regions: ["eu", "apac"] },
];

function json(status: number, body: unknown): UpstreamResponse {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

/** A search shard that has only some regions' indexes loaded. */
export function searchShard(name: string, loaded: string[]): Handler {
  return async (req) => {
    await Promise.resolve();
    const region = req.query.get("region") ?? "eu";
    if (!loaded.includes(region)) {
      return json(503, { error: `index ${region} not loaded on ${name}`, retryable: true });
    }
    const words = (req.query.get("q") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    const hits = PRODUCTS.filter((p) =>
      p.regions.includes(region) && words.every((w) => p.title.toLowerCase().includes(w))
    );
    const page = Math.max(1, Number(req.query.get("page") ?? 1) || 1);
    return json(200, { shard: name, region, page, total: hits.length, hits: hits.slice(0, 10) });
  };
}

export function catalog(name: string): Handler {
  return async (req) => {
    await Promise.resolve();
    const m = /^\/items\/([A-Z0-9-]+)$/.exec(req.path);
    const product = m && PRODUCTS.find((p) => p.sku === m[1]);
    if (!product) return json(404, { error: "no such item" });
    return json(200, { ...product, stock: 14, servedBy: name });
  };
}
