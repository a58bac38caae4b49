/** Upstream pools: a priority-ordered list of upstreams, each with its own circuit breaker. */

export interface UpstreamRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body?: string;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Handler = (req: UpstreamRequest) => Promise<UpstreamResponse>;

/** Something in flight on an upstream (the gateway's Attempt). */
export interface InFlight {
  id: string;
  startedAt: number;
}

/** Opens after `threshold` failures in a row; lets one probe through after `cooldownMs`. */
export class CircuitBreaker {
  state: "closed" | "open" | "half-open" = "closed";
  failures = 0;
  openedAt = 0;

  constructor(readonly threshold = 10, readonly cooldownMs = 250) {}

  allows(now = Date.now()): boolean {
    if (this.state === "closed") return true;
    if (this.state === "open" && now - this.openedAt >= this.cooldownMs) {
      this.state = "half-open";
      return true;
    }
    return false;
  }

  record(ok: boolean, now = Date.now()) {
    if (ok) {
      this.failures = 0;
      this.state = "closed";
      return;
    }
    this.failures++;
    if (this.state === "half-open" || this.failures >= this.threshold) {
      this.state = "open";
      this.openedAt = now;
    }
  }
}

export class Upstream {
  /** Requests on this upstream right now (the admin page lists them; drain() waits on them). */
  readonly inflight = new Set<InFlight>();
  readonly breaker = new CircuitBreaker();
  served = 0;
  failed = 0;

  constructor(readonly name: string, readonly priority: number, readonly handler: Handler) {}

  async call(req: UpstreamRequest): Promise<UpstreamResponse> {
    const res = await this.handler(req);
    if (res.status >= 500) this.failed++;
    else this.served++;
    return res;
  }

  describe(now = Date.now()) {
    return {
      name: this.name,
      priority: this.priority,
      breaker: this.breaker.state,
      served: this.served,
      failed: this.failed,
      inflight: this.inflight.size,
      oldestMs: Math.max(0, ...[...this.inflight].map((a) => now - a.startedAt)),
    };
  }
}

export class Pool {
  readonly upstreams: Upstream[] = [];

  constructor(readonly name: string) {}

  add(upstream: Upstream): this {
    this.upstreams.push(upstream);
    this.upstreams.sort((a, b) => a.priority - b.priority);
    return this;
  }

  /** The first upstream by priority whose breaker lets the request through, skipping `tried`. */
  pick(tried?: Upstream): Upstream | undefined {
    const now = Date.now();
    return this.upstreams.find((u) => u !== tried && u.breaker.allows(now));
  }
}
