/**
 * Fixed-window rate limiting for the public departures API (the app and the widget on partner
 * sites call it without a key). Counted per client address and window; the admin page lists the
 * busiest clients of the current window, so an entry remembers the last path and user agent.
 */

export interface WindowEntry {
  hits: number;
  lastPath: string;
  userAgent: string;
}

export interface Verdict {
  allowed: boolean;
  remaining: number;
  resetAt: number;
}

export class FixedWindowLimiter {
  /** Hits by `${client}:${windowStart}`. */
  readonly windows = new Map<string, WindowEntry>();

  constructor(readonly limit: number, readonly windowMs: number) {
    const sweeper = setInterval(() => this.sweep(), windowMs);
    Deno.unrefTimer(sweeper);
  }

  hit(client: string, path: string, userAgent: string, now = Date.now()): Verdict {
    const windowStart = now - (now % this.windowMs);
    const key = `${client}:${windowStart}`;
    let entry = this.windows.get(key);
    if (!entry) {
      entry = { hits: 0, lastPath: path, userAgent };
      this.windows.set(key, entry);
    }
    entry.hits++;
    entry.lastPath = path;
    return {
      allowed: entry.hits <= this.limit,
      remaining: Math.max(0, this.limit - entry.hits),
      resetAt: windowStart + this.windowMs,
    };
  }

  /** Drops the windows that have ended. */
  sweep(now = Date.now()) {
    for (const key of this.windows.keys()) {
      const [, windowStart] = key.split(":");
      if (Number(windowStart) + this.windowMs <= now) this.windows.delete(key);
    }
  }

  busiest(n: number, now = Date.now()) {
    const current = String(now - (now % this.windowMs));
    return [...this.windows.entries()]
      .filter(([key]) => key.endsWith(`:${current}`))
      .sort(([, a], [, b]) => b.hits - a.hits)
      .slice(0, n)
      .map(([key, entry]) => ({ client: key.slice(0, key.lastIndexOf(":")), ...entry }));
  }
}

/** Ten requests a second per client address. */
export const publicLimiter = new FixedWindowLimiter(10, 1_000);
