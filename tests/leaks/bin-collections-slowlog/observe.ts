/** Per-request context, slow-request log and in-flight table for the admin endpoints. */

export interface RequestContext {
  id: string;
  method: string;
  route: string;
  path: string;
  startedAt: number;
  start: number;
  marks: { name: string; at: number }[];
}

interface SlowEntry {
  id: string;
  path: string;
  ms: number;
  status: number;
  at: string;
  marks: { name: string; at: number }[];
}

const SLOWEST_PER_ROUTE = 8;
const RECENT_KEEP = 30;

export class Observer {
  #inFlight = new Map<string, RequestContext>();
  #slowest = new Map<string, SlowEntry[]>();
  #recent: { id: string; route: string; status: number; ms: number }[] = [];
  #byRoute = new Map<string, { count: number; errors: number; totalMs: number }>();
  #seq = 0;

  begin(req: Request, route: string): RequestContext {
    const url = new URL(req.url);
    const ctx: RequestContext = {
      id: req.headers.get("x-request-id") ?? `req-${(++this.#seq).toString(36)}`,
      method: req.method,
      route,
      path: url.pathname,
      startedAt: Date.now(),
      start: performance.now(),
      marks: [],
    };
    this.#inFlight.set(ctx.id, ctx);
    return ctx;
  }

  mark(ctx: RequestContext, name: string) {
    ctx.marks.push({ name, at: Math.round((performance.now() - ctx.start) * 100) / 100 });
  }

  end(ctx: RequestContext, status: number) {
    this.#inFlight.delete(ctx.id);
    const ms = performance.now() - ctx.start;
    const key = `${ctx.method} ${ctx.route}`;
    const totals = this.#byRoute.get(key) ?? { count: 0, errors: 0, totalMs: 0 };
    totals.count++;
    totals.totalMs += ms;
    if (status >= 500) totals.errors++;
    this.#byRoute.set(key, totals);

    this.#recent.push({ id: ctx.id, route: key, status, ms });
    if (this.#recent.length > RECENT_KEEP) this.#recent.shift();

    const slow = this.#slowest.get(key) ?? [];
    const fastest = slow[slow.length - 1];
    if (slow.length < SLOWEST_PER_ROUTE || ms > fastest.ms) {
      slow.push({
        id: ctx.id,
        path: ctx.path,
        ms,
        status,
        at: new Date(ctx.startedAt).toISOString(),
        marks: ctx.marks,
      });
      slow.sort((a, b) => b.ms - a.ms);
      if (slow.length > SLOWEST_PER_ROUTE) slow.length = SLOWEST_PER_ROUTE;
      this.#slowest.set(key, slow);
    }
  }

  snapshot() {
    return {
      inFlight: [...this.#inFlight.values()].map((c) => ({
        id: c.id,
        route: c.route,
        ms: Math.round(performance.now() - c.start),
      })),
      routes: Object.fromEntries(this.#byRoute),
      recent: this.#recent.slice(-10),
    };
  }

  slowest() {
    return Object.fromEntries(this.#slowest);
  }
}
