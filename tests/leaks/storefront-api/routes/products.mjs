import { promotions } from "../lib/middleware.mjs";

const CATALOG = new Map([
  ["sku-1001", { sku: "sku-1001", title: "Merino crew sweater", cents: 8900 }],
  ["sku-1002", { sku: "sku-1002", title: "Canvas tote", cents: 2400 }],
  ["sku-1003", { sku: "sku-1003", title: "Leather card holder", cents: 3500 }],
]);

// Store settings as the admin service would return them.
function loadStore(storeId) {
  const n = Number(storeId.replace(/\D/g, "")) || 0;
  return {
    id: storeId,
    currency: n % 2 ? "EUR" : "GBP",
    promotion: {
      label: `Spring sale ${storeId}`,
      percentOff: 10 + (n % 15),
      overrides: [...CATALOG.keys()].slice(0, 1 + (n % 3)).map((sku, k) => ({
        sku,
        cents: 1000 + k * 250,
        note: `Override for ${sku} in ${storeId}, approved by merchandising`,
      })),
    },
  };
}

export function registerProductRoutes(app) {
  app.get("/stores/:storeId/products", (ctx) => {
    const store = loadStore(ctx.params.storeId);
    // Each store runs its own promotion rules for its product pages.
    app.use(`/stores/${store.id}`, promotions(store.id, store.promotion));
    ctx.body = {
      store: store.id,
      currency: store.currency,
      products: [...CATALOG.values()].map((p) => ({ sku: p.sku, title: p.title })),
    };
  });

  app.get("/stores/:storeId/products/:sku", (ctx) => {
    const product = CATALOG.get(ctx.params.sku);
    if (!product) throw Object.assign(new Error("no such product"), { status: 404, expose: true });
    const promo = ctx.state.promotion;
    ctx.body = {
      ...product,
      market: ctx.state.market,
      priceCents: promo ? promo.apply(product.sku, product.cents) : product.cents,
      promotion: promo?.label ?? null,
    };
  });
}
