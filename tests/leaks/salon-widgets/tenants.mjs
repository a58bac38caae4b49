import { findSalon } from "./salons.mjs";

/**
 * Per-salon state for the embedded booking widget: its request budget (widgets sit on the
 * salons' own sites, where a runaway script can loop on us), counters for the salon's dashboard and
 * a small availability cache. Made on a salon's first widget request.
 */
class TenantContext {
  constructor(slug, origin) {
    this.slug = slug;
    this.salon = findSalon(slug);
    this.origin = origin;
    this.createdAt = new Date().toISOString();
    this.budget = {
      capacity: 20_000,
      tokens: 20_000,
      refillPerSecond: 10_000,
      updatedAt: Date.now(),
    };
    this.stats = { requests: 0, throttled: 0, notFound: 0, holds: 0, lastSeenAt: 0 };
    this.availability = new Map();
  }

  /** Token bucket: false when the widget is over its budget. */
  take() {
    const now = Date.now();
    const b = this.budget;
    b.tokens = Math.min(b.capacity, b.tokens + ((now - b.updatedAt) / 1000) * b.refillPerSecond);
    b.updatedAt = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}

const contexts = new Map();

export function contextFor(slug, origin) {
  let ctx = contexts.get(slug);
  if (!ctx) {
    ctx = new TenantContext(slug, origin);
    contexts.set(slug, ctx);
  }
  ctx.stats.requests++;
  ctx.stats.lastSeenAt = Date.now();
  return ctx;
}

export function tenantCount() {
  return contexts.size;
}
