import Koa from "koa";
import Router, { type RouterContext } from "@koa/router";
import { cacheStats, readThrough } from "./cache.ts";
import { countLookup, registry, timeRequests } from "./metrics.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const WAREHOUSES = ["LEJ", "MAD", "WRO"];

// Stand-in for the product database: a short wait and a record derived from the SKU.
async function loadProduct(sku: string) {
  await new Promise((r) => setTimeout(r, 1));
  const n = [...sku].reduce((h, c) => (h * 33 + c.charCodeAt(0)) >>> 0, 5381);
  return {
    sku,
    name: `Trail running shoe ${sku.toUpperCase()}`,
    brand: ["Ridgeline", "Fellpace", "Scree"][n % 3],
    priceCents: 8900 + (n % 60) * 100,
    sizes: [39, 40, 41, 42, 43, 44, 45].filter((_, i) => (n >> i) & 1),
    description: "Lugged outsole, rock plate, 6 mm drop. ".repeat(3).trim(),
  };
}

async function loadAvailability(sku: string) {
  await new Promise((r) => setTimeout(r, 1));
  const n = [...sku].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 17);
  return {
    sku,
    warehouses: WAREHOUSES.map((code, i) => ({ code, units: (n >>> (i * 4)) % 40 })),
    checkedAt: new Date().toISOString(),
  };
}

const router = new Router();

router.get("/healthz", (ctx: RouterContext) => {
  ctx.body = { ok: true };
});

router.get("/products/:sku", async (ctx: RouterContext) => {
  const sku = ctx.params.sku.toLowerCase();
  if (!/^sku-\d{1,10}$/.test(sku)) ctx.throw(400, "bad sku");
  ctx.body = await readThrough(`product:${sku}`, () => loadProduct(sku), countLookup);
});

router.get("/products/:sku/availability", async (ctx: RouterContext) => {
  const sku = ctx.params.sku.toLowerCase();
  if (!/^sku-\d{1,10}$/.test(sku)) ctx.throw(400, "bad sku");
  ctx.body = await readThrough(`stock:${sku}`, () => loadAvailability(sku), countLookup);
});

router.get("/ops/cache", (ctx: RouterContext) => {
  ctx.body = cacheStats();
});

router.get("/metrics", async (ctx: RouterContext) => {
  ctx.type = registry.contentType;
  ctx.body = await registry.metrics();
});

const app = new Koa();
app.use(timeRequests);
app.use(router.routes());
app.use(router.allowedMethods());

app.listen(port, "127.0.0.1", () => console.log(`catalog-cache on http://127.0.0.1:${port}`));
