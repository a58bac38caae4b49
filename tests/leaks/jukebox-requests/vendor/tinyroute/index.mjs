/**
 * tinyroute: middleware and routes over node:http (vendored from the bar group's internal
 * toolkit; three of our services use it).
 *
 *   const app = new App();
 *   app.use(async (ctx, next) => { …; await next(); … });
 *   app.route("GET", "/things/:id", (ctx) => ({ id: ctx.params.id }));
 *   http.createServer(app.handler()).listen(port);
 *
 * A handler returns the JSON body (status 200) or sets ctx.status / ctx.body itself.
 */

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function compile(pattern) {
  const names = [];
  const source = pattern.split("/").map((part) => {
    if (!part.startsWith(":")) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    names.push(part.slice(1));
    return "([^/]+)";
  }).join("/");
  return { regex: new RegExp(`^${source}$`), names };
}

export class App {
  #middleware = [];
  #routes = [];

  use(fn) {
    this.#middleware.push(fn);
    return this;
  }

  route(method, pattern, handler) {
    this.#routes.push({ method, ...compile(pattern), handler });
    return this;
  }

  #match(method, path) {
    for (const r of this.#routes) {
      if (r.method !== method) continue;
      const m = r.regex.exec(path);
      if (m) return { route: r, params: Object.fromEntries(r.names.map((n, i) => [n, m[i + 1]])) };
    }
    return null;
  }

  async #readBody(req) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    if (chunks.length === 0) return {};
    try {
      return JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch (err) {
      throw new HttpError(400, `bad JSON: ${err.message}`);
    }
  }

  handler() {
    return async (req, res) => {
      const url = new URL(req.url, "http://localhost");
      const ctx = {
        req,
        res,
        url,
        params: {},
        state: {},
        status: 200,
        body: undefined,
        signal: undefined,
      };
      const abort = new AbortController();
      ctx.signal = abort.signal;
      res.on("close", () => abort.abort());
      const endpoint = async () => {
        const found = this.#match(req.method, url.pathname);
        if (!found) throw new HttpError(404, "not found");
        ctx.params = found.params;
        if (req.method !== "GET") ctx.request = await this.#readBody(req);
        const result = await found.route.handler(ctx);
        if (result !== undefined) ctx.body = result;
      };
      const chain = [...this.#middleware, endpoint];
      const dispatch = (i) => chain[i](ctx, () => dispatch(i + 1));
      try {
        await dispatch(0);
      } catch (err) {
        ctx.status = err instanceof HttpError ? err.status : 500;
        ctx.body = { error: err.message };
      }
      res.writeHead(ctx.status, { "content-type": "application/json" });
      res.end(JSON.stringify(ctx.body ?? null));
    };
  }
}
