import type { Plan } from "./plans.ts";

export interface Rejection {
  at: number;
  route: string;
  cost: number;
  ip: string;
  userAgent: string;
}

export interface Bucket {
  key: string;
  plan: string;
  capacity: number;
  refillPerSec: number;
  penaltyMs: number;
  tokens: number;
  lastRefill: number;
  lastSeen: number;
  blockedUntil: number;
  strikes: number;
  lastRejection: Rejection | null;
}

export interface Decision {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
}

/** Buckets nobody has used for this long, and that are full again, are dropped. */
const IDLE_MS = 1000;

export class RateLimiter {
  #buckets = new Map<string, Bucket>();
  #sweep: ReturnType<typeof setInterval>;
  readonly stats = { allowed: 0, rejected: 0, blocked: 0, evicted: 0 };

  constructor(sweepMs = 200) {
    this.#sweep = setInterval(() => this.sweep(), sweepMs);
  }

  close() {
    clearInterval(this.#sweep);
  }

  take(key: string, plan: Plan, cost: number, meta: Omit<Rejection, "at" | "cost">): Decision {
    const now = Date.now();
    const bucket = this.#bucket(key, plan, now);
    bucket.lastSeen = now;
    if (bucket.blockedUntil > now) {
      this.stats.blocked++;
      return { allowed: false, remaining: 0, retryAfterMs: bucket.blockedUntil - now };
    }
    this.#refill(bucket, now);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      this.stats.allowed++;
      return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfterMs: 0 };
    }
    // Over the limit: into the penalty box, so a client stuck in a retry loop backs off.
    bucket.strikes++;
    bucket.blockedUntil = now + bucket.penaltyMs;
    bucket.lastRejection = { at: now, cost, ...meta };
    this.stats.rejected++;
    const refillMs = ((cost - bucket.tokens) / bucket.refillPerSec) * 1000;
    return {
      allowed: false,
      remaining: Math.floor(bucket.tokens),
      retryAfterMs: Math.max(bucket.penaltyMs, Math.ceil(refillMs)),
    };
  }

  peek(key: string): Bucket | undefined {
    const bucket = this.#buckets.get(key);
    if (bucket) this.#refill(bucket, Date.now());
    return bucket;
  }

  sweep(now = Date.now()) {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.blockedUntil) continue; // still in the penalty box
      this.#refill(bucket, now);
      if (bucket.tokens >= bucket.capacity && now - bucket.lastSeen > IDLE_MS) {
        this.#buckets.delete(key);
        this.stats.evicted++;
      }
    }
  }

  get size() {
    return this.#buckets.size;
  }

  #bucket(key: string, plan: Plan, now: number): Bucket {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = {
        key,
        plan: plan.name,
        capacity: plan.capacity,
        refillPerSec: plan.refillPerSec,
        penaltyMs: plan.penaltyMs,
        tokens: plan.capacity,
        lastRefill: now,
        lastSeen: now,
        blockedUntil: 0,
        strikes: 0,
        lastRejection: null,
      };
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }

  #refill(bucket: Bucket, now: number) {
    const elapsed = (now - bucket.lastRefill) / 1000;
    bucket.tokens = Math.min(bucket.capacity, bucket.tokens + elapsed * bucket.refillPerSec);
    bucket.lastRefill = now;
  }
}
