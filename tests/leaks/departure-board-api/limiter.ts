/**
 * Sliding-window log limiter: at most `limit` requests per client in any `windowSeconds`.
 * Each client's recent request times are kept in a ClientWindow; a sweep drops the windows of
 * clients that have gone quiet, so the table only holds the clients of the last window.
 */

export interface LimiterOptions {
  limit: number;
  windowSeconds: number;
  sweepEveryMs: number;
}

export interface Decision {
  allowed: boolean;
  limit: number;
  remaining: number;
  retryAfterSeconds: number;
}

class ClientWindow {
  readonly hits: number[] = [];
  rejected = 0;

  constructor(readonly client: string, readonly firstSeen: number) {}
}

export class SlidingWindowLimiter {
  readonly windows = new Map<string, ClientWindow>();
  readonly #options: LimiterOptions;
  #sweeps = 0;

  constructor(options: LimiterOptions) {
    this.#options = options;
    const timer = setInterval(() => this.sweep(), options.sweepEveryMs);
    Deno.unrefTimer(timer);
  }

  check(client: string, now = Date.now()): Decision {
    const { limit, windowSeconds } = this.#options;
    let window = this.windows.get(client);
    if (!window) {
      window = new ClientWindow(client, now);
      this.windows.set(client, window);
    }
    const since = now - windowSeconds * 1000;
    while (window.hits.length > 0 && window.hits[0] <= since) window.hits.shift();

    if (window.hits.length >= limit) {
      window.rejected++;
      const retryAfterSeconds = Math.max(1, Math.ceil((window.hits[0] - since) / 1000));
      return { allowed: false, limit, remaining: 0, retryAfterSeconds };
    }
    window.hits.push(now);
    return { allowed: true, limit, remaining: limit - window.hits.length, retryAfterSeconds: 0 };
  }

  /** Forgets the clients whose last request is older than one window. */
  sweep(): void {
    this.#sweeps++;
    const cutoff = Math.floor(Date.now() / 1000) - this.#options.windowSeconds;
    for (const [client, window] of this.windows) {
      const last = window.hits.at(-1) ?? window.firstSeen;
      if (last < cutoff) this.windows.delete(client);
    }
  }

  stats() {
    let rejected = 0;
    for (const window of this.windows.values()) rejected += window.rejected;
    return { clients: this.windows.size, rejected, sweeps: this.#sweeps };
  }
}
