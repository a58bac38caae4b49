// A small Express-shaped framework: routers hold routes and mounted sub-routers, matched in the
// order they were added; a context object carries params, the parsed body and the response.

import { compilePattern, joinPaths, matchPattern } from "./path-pattern.mjs";

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export class Router {
  constructor() {
    this.layers = [];
  }

  #route(method, pattern, handler) {
    this.layers.push({ kind: "route", method, pattern, handler });
    return this;
  }

  get(pattern, handler) {
    return this.#route("GET", pattern, handler);
  }

  post(pattern, handler) {
    return this.#route("POST", pattern, handler);
  }

  patch(pattern, handler) {
    return this.#route("PATCH", pattern, handler);
  }

  use(prefix, router) {
    this.layers.push({ kind: "mount", pattern: prefix, router });
    return this;
  }

  /** True when a route answered; false lets the caller try what comes next. */
  async dispatch(ctx, base = "") {
    for (const layer of this.layers) {
      const full = joinPaths(base, layer.pattern);
      if (layer.kind === "mount") {
        const m = matchPattern(compilePattern(full, { end: false }), ctx.path);
        if (!m) continue;
        Object.assign(ctx.params, m.params);
        const outer = ctx.baseUrl;
        ctx.baseUrl = m.matched;
        if (await layer.router.dispatch(ctx, ctx.baseUrl)) return true;
        ctx.baseUrl = outer;
        continue;
      }
      const m = matchPattern(compilePattern(full), ctx.path);
      if (!m) continue;
      if (layer.method !== ctx.method) {
        ctx.allowed.add(layer.method);
        continue;
      }
      Object.assign(ctx.params, m.params);
      await layer.handler(ctx);
      return true;
    }
    return false;
  }
}

async function readBody(req) {
  if (req.method === "GET" || req.method === "HEAD") return undefined;
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "invalid JSON");
  }
}

export function createHandler(router) {
  return async (req, res) => {
    const url = new URL(req.url, "http://portal.local");
    const ctx = {
      req,
      method: req.method,
      path: url.pathname,
      query: url.searchParams,
      params: {},
      baseUrl: "",
      allowed: new Set(),
      body: undefined,
      json(status, payload) {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      },
    };
    try {
      ctx.body = await readBody(req);
      if (await router.dispatch(ctx)) return;
      if (ctx.allowed.size > 0) {
        res.setHeader("allow", [...ctx.allowed].join(", "));
        return ctx.json(405, { error: "method not allowed" });
      }
      ctx.json(404, { error: "not found" });
    } catch (err) {
      if (err instanceof HttpError) return ctx.json(err.status, { error: err.message });
      console.error(err);
      ctx.json(500, { error: "internal error" });
    }
  };
}
