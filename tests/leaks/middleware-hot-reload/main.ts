import { App } from "./app.ts";
import { configGate, type GatewayConfig, loadConfig, requestTiming } from "./middleware.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const CONFIG_FILE = new URL("./gateway.json", import.meta.url);
const ADMIN_TOKEN = "local-admin";

const app = new App();
app.use(requestTiming());

let config: GatewayConfig;

/** Reads the config file and applies it: routes and the config gate. */
async function applyConfig(): Promise<GatewayConfig> {
  const next = await loadConfig(CONFIG_FILE);
  app.routes = [
    {
      method: "GET",
      pattern: /^\/api\/stores\/(\w+)\/hours$/,
      handler: (_req, ctx) => {
        const store = next.stores[ctx.params[0]];
        return store
          ? Response.json({ store: ctx.params[0], ...store })
          : Response.json({ error: "no such store" }, { status: 404 });
      },
    },
    {
      method: "GET",
      pattern: /^\/api\/stock\/([\w-]+)$/,
      handler: (_req, ctx) => {
        const units = [...ctx.params[0]].reduce((n, ch) => n + ch.charCodeAt(0), 0) % 40;
        return Response.json({
          sku: ctx.params[0],
          warehouse: next.stock.defaultWarehouse,
          units,
          low: units < next.stock.lowStockThreshold,
        });
      },
    },
  ];
  app.use(configGate(next));
  config = next;
  return next;
}

await applyConfig();

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/admin/reload" && req.method === "POST") {
    if (req.headers.get("x-admin-token") !== ADMIN_TOKEN) {
      return Response.json({ error: "forbidden" }, { status: 403 });
    }
    try {
      const applied = await applyConfig();
      return Response.json({ reloaded: true, loadedAt: applied.loadedAt });
    } catch (err) {
      return Response.json({ error: `reload failed: ${err}` }, { status: 500 });
    }
  }
  if (url.pathname === "/admin/config") return Response.json(config);
  return app.handle(req);
});
