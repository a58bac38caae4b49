import type { Middleware } from "./app.ts";

export interface GatewayConfig {
  maintenance: { enabled: boolean; message: string; allowPaths: string[] };
  blockedCountries: string[];
  stores: Record<string, { name: string; opens: string; closes: string }>;
  stock: { defaultWarehouse: string; lowStockThreshold: number };
  loadedAt: string;
}

export async function loadConfig(file: URL): Promise<GatewayConfig> {
  const raw = JSON.parse(await Deno.readTextFile(file));
  return { ...raw, loadedAt: new Date().toISOString() };
}

export function requestTiming(): Middleware {
  return async (_req, ctx, next) => {
    const started = performance.now();
    const res = await next();
    res.headers.set("x-request-id", ctx.requestId);
    res.headers.set("server-timing", `app;dur=${(performance.now() - started).toFixed(1)}`);
    return res;
  };
}

/** Maintenance mode and country blocks, as the config file says. */
export function configGate(config: GatewayConfig): Middleware {
  return async function gate(req, _ctx, next) {
    const path = new URL(req.url).pathname;
    if (config.maintenance.enabled && !config.maintenance.allowPaths.includes(path)) {
      return Response.json({ error: config.maintenance.message }, { status: 503 });
    }
    const country = req.headers.get("cf-ipcountry")?.toLowerCase();
    if (country && config.blockedCountries.includes(country)) {
      return Response.json({ error: "not available in your region" }, { status: 451 });
    }
    return await next();
  };
}
