"use strict";

const { BoundedCache } = require("./bounded-cache.cjs");
const mw = require("./middleware.cjs");
const upstream = require("./upstream.cjs");

const ROUTES = [
  {
    name: "station",
    method: "GET",
    pattern: /^\/v1\/stations\/([A-Z]+)$/,
    scope: "journeys:read",
    bucket: "read",
    maxAge: 3600,
    handler: (_ctx, [code]) => {
      const station = upstream.STATIONS[code];
      if (!station) throw new mw.GatewayError(404, `no station ${code}`);
      return station;
    },
  },
  {
    name: "journey",
    method: "GET",
    pattern: /^\/v1\/journeys\/([\w-]+)$/,
    scope: "journeys:read",
    bucket: "read",
    maxAge: 60,
    handler: (_ctx, [id]) => upstream.journey(id),
  },
  {
    name: "fares",
    method: "GET",
    pattern: /^\/v1\/journeys\/([\w-]+)\/fares$/,
    scope: "journeys:read",
    bucket: "read",
    maxAge: 30,
    handler: (_ctx, [id]) => ({ journey: id, fares: upstream.fares(id) }),
  },
  {
    name: "book",
    method: "POST",
    pattern: /^\/v1\/bookings$/,
    scope: "bookings:write",
    bucket: "write",
    maxAge: 0,
    handler: (ctx) => upstream.book(ctx.body),
  },
];

function compose(middleware, endpoint) {
  return function dispatch(ctx) {
    let i = -1;
    const step = async (n) => {
      if (n <= i) throw new Error("next() called twice");
      i = n;
      if (n === middleware.length) {
        ctx.result = await endpoint(ctx);
        ctx.status = ctx.status ?? 200;
        return;
      }
      await middleware[n](ctx, () => step(n + 1));
    };
    return step(0);
  };
}

function buildChain(route, params) {
  const middleware = [
    mw.requestId(),
    mw.accessLogger(route.name),
    mw.authenticate(route.scope),
    mw.rateLimit(
      route.bucket,
      route.bucket === "write" ? 500 : 2000,
      route.bucket === "write" ? 1000 : 5000,
    ),
    mw.cacheControl(route.maxAge),
  ];
  return compose(middleware, (ctx) => route.handler(ctx, params));
}

// Building a route's chain means a dozen closures; keep the chains of the busiest requests.
const chains = new BoundedCache(200);

function chainFor(method, url) {
  const key = `${method} ${url}`;
  let chain = chains.get(key);
  if (!chain) {
    const path = url.split("?")[0];
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(path));
    if (!route) return null;
    chain = buildChain(route, route.pattern.exec(path).slice(1));
    chains.set(key, chain);
  }
  return chain;
}

module.exports = { chainFor, chains };
