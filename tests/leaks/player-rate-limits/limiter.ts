import { monotonicNow, wallNow } from "./clock.ts";

export interface LimitRule {
  /** Burst size. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSec: number;
  /** Requests inside `windowMs` above which the anti-spam check adds a strike. */
  spamThreshold: number;
  windowMs: number;
}

export interface ClientInfo {
  ip: string;
  build: string;
  platform: string;
}

interface Bucket {
  player: string;
  action: string;
  tokens: number;
  touched: number;
  /** Timestamps of recent requests, for the spam window. */
  recent: number[];
  strikes: number;
  denied: number;
  client: ClientInfo;
}

export interface Decision {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
  strikes: number;
}

export class RateLimiter {
  #rules: Record<string, LimitRule>;
  #buckets = new Map<string, Bucket>();
  #idleMs: number;
  #sweeper: ReturnType<typeof setInterval>;

  constructor(rules: Record<string, LimitRule>, idleMs = 2_000) {
    this.#rules = rules;
    this.#idleMs = idleMs;
    this.#sweeper = setInterval(() => this.sweep(), 250);
  }

  take(player: string, action: string, client: ClientInfo): Decision {
    const rule = this.#rules[action];
    if (!rule) return { allowed: true, remaining: Infinity, retryAfterMs: 0, strikes: 0 };
    const key = `${player}:${action}`;
    const now = wallNow();
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = {
        player,
        action,
        tokens: rule.capacity,
        touched: now,
        recent: [],
        strikes: 0,
        denied: 0,
        client,
      };
      this.#buckets.set(key, bucket);
    }
    const elapsed = (now - bucket.touched) / 1000;
    bucket.tokens = Math.min(rule.capacity, bucket.tokens + elapsed * rule.refillPerSec);
    bucket.touched = now;
    bucket.client = client;

    bucket.recent = bucket.recent.filter((t) => now - t < rule.windowMs);
    bucket.recent.push(now);
    if (bucket.recent.length > rule.spamThreshold) bucket.strikes++;

    if (bucket.tokens < 1) {
      bucket.denied++;
      const retryAfterMs = Math.ceil((1 - bucket.tokens) / rule.refillPerSec * 1000);
      return { allowed: false, remaining: 0, retryAfterMs, strikes: bucket.strikes };
    }
    bucket.tokens -= 1;
    return {
      allowed: true,
      remaining: Math.floor(bucket.tokens),
      retryAfterMs: 0,
      strikes: bucket.strikes,
    };
  }

  /** Drops buckets nobody has used for a while; a full bucket behaves like a missing one. */
  sweep(): number {
    const cutoff = monotonicNow() - this.#idleMs;
    let dropped = 0;
    for (const [key, bucket] of this.#buckets) {
      if (bucket.touched < cutoff && bucket.strikes === 0) {
        this.#buckets.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  status(player: string) {
    const out: Record<string, { tokens: number; strikes: number; denied: number }> = {};
    for (const action of Object.keys(this.#rules)) {
      const b = this.#buckets.get(`${player}:${action}`);
      if (b) out[action] = { tokens: Math.floor(b.tokens), strikes: b.strikes, denied: b.denied };
    }
    return out;
  }

  flagged(): { player: string; action: string; strikes: number; build: string }[] {
    const out = [];
    for (const b of this.#buckets.values()) {
      if (b.strikes >= 3) {
        out.push({ player: b.player, action: b.action, strikes: b.strikes, build: b.client.build });
      }
    }
    return out;
  }

  stop() {
    clearInterval(this.#sweeper);
  }
}

export const limiter = new RateLimiter({
  chat: { capacity: 5, refillPerSec: 1, spamThreshold: 8, windowMs: 3_000 },
  emote: { capacity: 3, refillPerSec: 0.5, spamThreshold: 6, windowMs: 2_000 },
  trade: { capacity: 2, refillPerSec: 0.2, spamThreshold: 4, windowMs: 10_000 },
});
