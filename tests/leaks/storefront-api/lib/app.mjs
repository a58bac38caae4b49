/**
 * A tiny Connect/Koa-style application: middleware layers run in order for every request whose
 * path starts with the layer's mount path, then the matching route handler runs.
 */
export class App {
  constructor() {
    this.stack = [];
    this.routes = [];
  }

  /** `use(fn)` or `use("/mount", fn)`. A layer may return `false` to stop the chain. */
  use(path, fn) {
    if (typeof path === "function") [path, fn] = ["/", path];
    this.stack.push({ path, fn, name: fn.name || "anonymous" });
    return this;
  }

  get(pattern, handler) {
    return this.#route("GET", pattern, handler);
  }

  post(pattern, handler) {
    return this.#route("POST", pattern, handler);
  }

  #route(method, pattern, handler) {
    const keys = [];
    const source = pattern.replace(/:(\w+)/g, (_, key) => {
      keys.push(key);
      return "([^/]+)";
    });
    this.routes.push({ method, regex: new RegExp(`^${source}/?$`), keys, handler });
    return this;
  }

  async handle(req, res) {
    const url = new URL(req.url, "http://localhost");
    const ctx = { req, res, url, params: {}, state: {}, status: 200, body: undefined, headers: {} };
    try {
      for (const layer of this.stack) {
        if (!url.pathname.startsWith(layer.path)) continue;
        if ((await layer.fn(ctx)) === false) return send(ctx);
      }
      const route = this.routes.find((r) => r.method === req.method && r.regex.test(url.pathname));
      if (!route) {
        ctx.status = 404;
        ctx.body = { error: "not found" };
        return send(ctx);
      }
      const match = route.regex.exec(url.pathname);
      route.keys.forEach((key, n) => (ctx.params[key] = decodeURIComponent(match[n + 1])));
      await route.handler(ctx);
    } catch (err) {
      ctx.status = err.status ?? 500;
      ctx.body = { error: err.expose ? err.message : "internal error" };
    }
    send(ctx);
  }
}

function send(ctx) {
  if (ctx.res.writableEnded) return;
  const payload = JSON.stringify(ctx.body ?? null);
  ctx.res.writeHead(ctx.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
    ...ctx.headers,
  });
  ctx.res.end(payload);
}
