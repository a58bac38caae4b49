import type { Pool, Upstream, UpstreamRequest, UpstreamResponse } from "./pool.ts";

export interface Route {
  prefix: string;
  pool: string;
  /** Strips the gateway prefix: /api/search -> /search. */
  rewrite: (path: string) => string;
  retries: number;
  backoffMs: number;
  /** Identical GETs in flight at the same time share one upstream call. */
  coalesce?: boolean;
}

/** One client request while the gateway forwards it (possibly to more than one upstream). */
export interface Attempt {
  id: string;
  route: string;
  client: string;
  request: UpstreamRequest;
  startedAt: number;
  tries: number;
  upstream: Upstream | null;
  lastStatus: number;
  lastError: string | null;
}

const FORWARDED_HEADERS = ["accept", "accept-language", "user-agent", "x-request-id", "x-tenant"];

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function backoff(baseMs: number, tries: number): number {
  return Math.min(200, baseMs * 2 ** (tries - 1));
}

export class Gateway {
  #pools = new Map<string, Pool>();
  #routes: Route[] = [];
  #coalescing = new Map<string, Promise<UpstreamResponse>>();
  #seq = 0;
  readonly stats = { forwarded: 0, retried: 0, exhausted: 0, coalesced: 0, unrouted: 0 };

  addPool(pool: Pool) {
    this.#pools.set(pool.name, pool);
  }

  addRoute(route: Route) {
    this.#routes.push(route);
    this.#routes.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  pools() {
    return [...this.#pools.values()];
  }

  async handle(req: Request, client: string): Promise<Response> {
    const url = new URL(req.url);
    const route = this.#routes.find((r) => url.pathname.startsWith(r.prefix));
    if (!route) {
      this.stats.unrouted++;
      return Response.json({ error: "no route" }, { status: 404 });
    }
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const value = req.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const request: UpstreamRequest = {
      method: req.method,
      path: route.rewrite(url.pathname),
      query: url.searchParams,
      headers,
      body: req.method === "GET" ? undefined : await req.text(),
    };

    let res: UpstreamResponse;
    if (route.coalesce && req.method === "GET") {
      const key = `${route.pool} ${request.path}?${request.query}`;
      let shared = this.#coalescing.get(key);
      if (shared) this.stats.coalesced++;
      else {
        shared = this.#forward(route, this.#attempt(route, request, client))
          .finally(() => this.#coalescing.delete(key));
        this.#coalescing.set(key, shared);
      }
      res = await shared;
    } else {
      res = await this.#forward(route, this.#attempt(route, request, client));
    }
    return new Response(res.body, { status: res.status, headers: res.headers });
  }

  #attempt(route: Route, request: UpstreamRequest, client: string): Attempt {
    const attempt: Attempt = {
      id: request.headers["x-request-id"] ?? `gw-${++this.#seq}`,
      route: route.prefix,
      client,
      request,
      startedAt: Date.now(),
      tries: 0,
      upstream: null,
      lastStatus: 0,
      lastError: null,
    };
    return attempt;
  }

  async #forward(route: Route, attempt: Attempt): Promise<UpstreamResponse> {
    const pool = this.#pools.get(route.pool);
    const first = pool?.pick();
    if (!pool || !first) {
      return { status: 503, headers: {}, body: JSON.stringify({ error: "no healthy upstream" }) };
    }
    let upstream: Upstream = first;
    this.stats.forwarded++;
    this.#attach(attempt, first);
    try {
      while (true) {
        attempt.tries++;
        let res: UpstreamResponse;
        try {
          res = await upstream.call(attempt.request);
        } catch (err) {
          attempt.lastError = String(err);
          res = { status: 502, headers: {}, body: JSON.stringify({ error: "bad gateway" }) };
        }
        attempt.lastStatus = res.status;
        upstream.breaker.record(res.status < 500);
        if (res.status < 500) return res;
        attempt.lastError = res.body;
        const next: Upstream | undefined = attempt.tries <= route.retries
          ? pool.pick(upstream)
          : undefined;
        if (!next) {
          this.stats.exhausted++;
          return res;
        }
        this.stats.retried++;
        await delay(backoff(route.backoffMs, attempt.tries));
        this.#attach(attempt, next);
        upstream = next;
      }
    } finally {
      this.#detach(attempt);
    }
  }

  #attach(attempt: Attempt, upstream: Upstream) {
    attempt.upstream = upstream;
    upstream.inflight.add(attempt);
  }

  #detach(attempt: Attempt) {
    attempt.upstream?.inflight.delete(attempt);
    attempt.upstream = null;
  }
}
