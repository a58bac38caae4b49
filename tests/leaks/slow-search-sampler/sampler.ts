// Keeps the slowest requests (with enough of the request to replay it) for /debug/slow.

export interface Sample {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  ms: number;
  at: number;
  userAgent: string | null;
  requestId: string | null;
}

export class SlowRequests {
  static #kept: Sample[] = [];
  static keep = 25;
  static #seen = 0;

  static record(req: Request, url: URL, status: number, ms: number) {
    SlowRequests.#seen++;
    const sample: Sample = {
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status,
      ms,
      at: Date.now(),
      userAgent: req.headers.get("user-agent"),
      requestId: req.headers.get("x-request-id"),
    };
    SlowRequests.#kept.push(sample);
    // Slowest first; only the top `keep` are worth holding on to.
    SlowRequests.#kept.sort((a, b) => b.ms - a.ms);
    SlowRequests.#kept.slice(0, SlowRequests.keep);
  }

  static report() {
    return {
      seen: SlowRequests.#seen,
      slowest: SlowRequests.#kept.slice(0, SlowRequests.keep),
    };
  }
}
