/**
 * Request handling as a chain of functions: each middleware gets the context and `next`,
 * and returns the response (its own, or the one `next()` produced).
 */
export interface Ctx {
  id: number;
  req: Request;
  url: URL;
  params: Record<string, string>;
  /** Run once the route has answered (cleanup, timings). */
  defer(fn: () => void): void;
}

export type Middleware = (ctx: Ctx, next: () => Promise<Response>) => Promise<Response>;
export type Route = (ctx: Ctx) => Promise<Response> | Response;

let nextId = 0;

export function pipeline(middlewares: Middleware[], route: Route) {
  return (req: Request): Promise<Response> => {
    const deferred: (() => void)[] = [];
    const ctx: Ctx = {
      id: ++nextId,
      req,
      url: new URL(req.url),
      params: {},
      defer: (fn) => void deferred.push(fn),
    };
    const endpoint = async () => {
      try {
        return await route(ctx);
      } finally {
        for (const fn of deferred.splice(0)) fn();
      }
    };
    const step = (i: number): Promise<Response> =>
      i < middlewares.length ? middlewares[i](ctx, () => step(i + 1)) : endpoint();
    return step(0);
  };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

/** Outermost: turns thrown HttpErrors into JSON answers. */
export const errors: Middleware = async (_ctx, next) => {
  try {
    return await next();
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
};

export interface InFlight {
  id: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  startedAt: number;
}

/** Keeps what is being served right now, for /debug/inflight and the slow-request log. */
export const tracker =
  (inFlight: Map<number, InFlight>, slowMs: number): Middleware => (ctx, next) => {
    const entry = {
      id: ctx.id,
      method: ctx.req.method,
      path: ctx.url.pathname + ctx.url.search,
      headers: Object.fromEntries(ctx.req.headers),
      startedAt: performance.now(),
    };
    inFlight.set(ctx.id, entry);
    ctx.defer(() => {
      inFlight.delete(ctx.id);
      const ms = performance.now() - entry.startedAt;
      if (ms > slowMs) console.warn(`slow: ${entry.method} ${entry.path} ${ms.toFixed(0)} ms`);
    });
    return next();
  };

/** Answers 304 when the client's copy is current (etagOf returns null for "no opinion"). */
export const conditional = (etagOf: (ctx: Ctx) => string | null): Middleware => (ctx, next) => {
  if (ctx.req.method !== "GET") return next();
  const etag = etagOf(ctx);
  if (etag && ctx.req.headers.get("if-none-match") === etag) {
    return Promise.resolve(new Response(null, { status: 304, headers: { etag } }));
  }
  return next();
};
