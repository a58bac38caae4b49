import { Context } from "./context.ts";

export type Next = () => Promise<Response>;
export type Middleware = (ctx: Context, next: Next) => Promise<Response> | Response;
export type Handler = (ctx: Context) => Promise<Response> | Response;

export interface RouteOptions {
  /** Current entity tag of the resource, checked before the middleware stack runs. */
  etag?: (ctx: Context) => string | undefined;
}

interface Route {
  method: string;
  pattern: URLPattern;
  handler: Handler;
  options: RouteOptions;
}

/** A small Koa-style application: a middleware stack around a route table. */
export class App {
  #middleware: Middleware[] = [];
  #routes: Route[] = [];
  #inflight = new Map<number, Context>();
  #seq = 0;

  use(mw: Middleware): this {
    this.#middleware.push(mw);
    return this;
  }

  get(pathname: string, handler: Handler, options: RouteOptions = {}): this {
    this.#routes.push({ method: "GET", pattern: new URLPattern({ pathname }), handler, options });
    return this;
  }

  post(pathname: string, handler: Handler, options: RouteOptions = {}): this {
    this.#routes.push({ method: "POST", pattern: new URLPattern({ pathname }), handler, options });
    return this;
  }

  /** Requests being served right now (for /debug and graceful shutdown). */
  inflight(): { id: number; method: string; path: string; ms: number }[] {
    const now = performance.now();
    return [...this.#inflight.values()].map((ctx) => ({
      id: ctx.id,
      method: ctx.method,
      path: ctx.path,
      ms: Math.round(now - ctx.startedAt),
    }));
  }

  async drain(timeoutMs = 10_000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (this.#inflight.size > 0 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.#inflight.size === 0;
  }

  handle = async (req: Request, info: Deno.ServeHandlerInfo): Promise<Response> => {
    const remote = (info.remoteAddr as Deno.NetAddr).hostname;
    const ctx = new Context(++this.#seq, req, remote);
    this.#inflight.set(ctx.id, ctx);

    const route = this.#match(ctx);
    if (route?.options.etag && (ctx.method === "GET" || ctx.method === "HEAD")) {
      const etag = route.options.etag(ctx);
      if (etag && ctx.fresh(etag)) {
        return new Response(null, { status: 304, headers: { etag } });
      }
    }

    try {
      return await this.#dispatch(ctx, route);
    } catch (err) {
      console.error(`request ${ctx.id} ${ctx.method} ${ctx.path} failed`, err);
      return ctx.json({ error: "internal error" }, 500);
    } finally {
      this.#inflight.delete(ctx.id);
    }
  };

  #match(ctx: Context): Route | undefined {
    for (const route of this.#routes) {
      if (route.method !== ctx.method && !(route.method === "GET" && ctx.method === "HEAD")) {
        continue;
      }
      const m = route.pattern.exec(ctx.url);
      if (m) {
        ctx.params = Object.fromEntries(
          Object.entries(m.pathname.groups).map(([k, v]) => [k, v ?? ""]),
        );
        return route;
      }
    }
    return undefined;
  }

  #dispatch(ctx: Context, route: Route | undefined): Promise<Response> {
    const last: Handler = route?.handler ?? ((c) => c.json({ error: "not found" }, 404));
    const run = (i: number): Promise<Response> => {
      const mw = this.#middleware[i];
      if (!mw) return Promise.resolve(last(ctx));
      return Promise.resolve(mw(ctx, () => run(i + 1)));
    };
    return run(0);
  }
}
