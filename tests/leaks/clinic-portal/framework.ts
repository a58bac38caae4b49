/**
 * A small router over Deno.serve. Request contexts are pooled: the portal's traffic is mostly
 * tiny JSON calls and a context is handed back for reuse when its response is ready.
 */

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Breadcrumb {
  step: string;
  detail?: Record<string, unknown>;
  ms: number;
}

export class Context {
  req!: Request;
  url!: URL;
  params: Record<string, string> = {};
  state: Record<string, unknown> = {};
  requestId = "";
  startedAt = 0;
  /** What this request did, attached to error reports. */
  breadcrumbs: Breadcrumb[] = [];

  crumb(step: string, detail?: Record<string, unknown>): void {
    const crumb: Breadcrumb = { step, detail, ms: Math.round(performance.now() - this.startedAt) };
    this.breadcrumbs.push(crumb);
  }

  async json<T = Record<string, unknown>>(): Promise<T> {
    const body = await this.req.json().catch(() => null);
    if (!body || typeof body !== "object") throw new HttpError(400, "JSON object required");
    return body as T;
  }

  reset(): void {
    this.req = undefined!;
    this.url = undefined!;
    this.params = {};
    this.state = {};
    this.requestId = "";
    this.startedAt = 0;
  }
}

type Handler = (ctx: Context) => Response | Promise<Response>;

interface Route {
  method: string;
  pattern: URLPattern;
  handler: Handler;
}

const MAX_POOLED = 64;

export class App {
  #routes: Route[] = [];
  #pool: Context[] = [];

  on(method: string, pathname: string, handler: Handler): this {
    this.#routes.push({ method, pattern: new URLPattern({ pathname }), handler });
    return this;
  }

  #acquire(req: Request): Context {
    const ctx = this.#pool.pop() ?? new Context();
    ctx.req = req;
    ctx.url = new URL(req.url);
    ctx.requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
    ctx.startedAt = performance.now();
    return ctx;
  }

  #release(ctx: Context): void {
    ctx.reset();
    if (this.#pool.length < MAX_POOLED) this.#pool.push(ctx);
  }

  handle = async (req: Request): Promise<Response> => {
    const ctx = this.#acquire(req);
    try {
      for (const route of this.#routes) {
        if (route.method !== req.method) continue;
        const match = route.pattern.exec(ctx.url);
        if (!match) continue;
        ctx.params = match.pathname.groups as Record<string, string>;
        ctx.crumb("route", { method: req.method, path: ctx.url.pathname });
        return await route.handler(ctx);
      }
      return Response.json({ error: "not found" }, { status: 404 });
    } catch (err) {
      if (err instanceof HttpError) {
        return Response.json({ error: err.message }, { status: err.status });
      }
      console.error(`request ${ctx.requestId} failed`, err, ctx.breadcrumbs.slice(-20));
      return Response.json({ error: "internal error", requestId: ctx.requestId }, {
        status: 500,
      });
    } finally {
      this.#release(ctx);
    }
  };
}
