export interface Ctx {
  requestId: string;
  params: string[];
}
export type Handler = (req: Request, ctx: Ctx) => Response | Promise<Response>;
export type Middleware = (
  req: Request,
  ctx: Ctx,
  next: () => Promise<Response>,
) => Promise<Response>;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

/** A minimal app: middleware in order, then the first matching route. */
export class App {
  middleware: Middleware[] = [];
  routes: Route[] = [];

  use(mw: Middleware): this {
    this.middleware.push(mw);
    return this;
  }

  handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const ctx: Ctx = {
      requestId: req.headers.get("x-request-id") ?? crypto.randomUUID(),
      params: [],
    };
    const chain = this.middleware;
    const dispatch = (i: number): Promise<Response> => {
      if (i < chain.length) return chain[i](req, ctx, () => dispatch(i + 1));
      for (const route of this.routes) {
        if (route.method !== req.method) continue;
        const m = route.pattern.exec(url.pathname);
        if (!m) continue;
        ctx.params = m.slice(1);
        return Promise.resolve(route.handler(req, ctx));
      }
      return Promise.resolve(Response.json({ error: "not found" }, { status: 404 }));
    };
    return dispatch(0);
  }
}
