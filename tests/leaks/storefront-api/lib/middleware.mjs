/** Request id + timing header. */
export function requestId() {
  let counter = 0;
  return function requestId(ctx) {
    ctx.state.requestId = ctx.req.headers["x-request-id"] ?? `sf-${Date.now()}-${++counter}`;
    ctx.headers["x-request-id"] = ctx.state.requestId;
  };
}

/** Reads the storefront's market from the host header or ?market=. */
export function market(defaultMarket = "nl") {
  return function market(ctx) {
    ctx.state.market = (ctx.url.searchParams.get("market") ?? defaultMarket).toLowerCase();
  };
}

/**
 * Rewrites prices in `ctx.state.prices` for a store's promotion (percentage off, optional
 * per-SKU overrides). Runs for every request under the store's mount path.
 */
export function promotions(store, rules) {
  const overrides = new Map(rules.overrides.map((o) => [o.sku, o.cents]));
  return function promotions(ctx) {
    ctx.state.promotion = {
      store,
      label: rules.label,
      apply(sku, cents) {
        if (overrides.has(sku)) return overrides.get(sku);
        return Math.round(cents * (100 - rules.percentOff) / 100);
      },
    };
  };
}
