const OPEN_AFTER = 3;
const COOLDOWN_MS = 1_000;
const IDLE_MS = 200;

export class DomainUnavailable extends Error {
  constructor(domain) {
    super(`deliveries to ${domain} are paused`);
    this.domain = domain;
  }
}

class Breaker {
  constructor() {
    this.failures = 0;
    this.openUntil = 0;
    this.lastUsedAt = Date.now();
  }
}

const breakers = new Map();

export async function throughBreaker(domain, fn) {
  const now = Date.now();
  let breaker = breakers.get(domain);
  if (!breaker) {
    breaker = new Breaker();
    breakers.set(domain, breaker);
  }
  breaker.lastUsedAt = now;
  if (breaker.openUntil > now) throw new DomainUnavailable(domain);
  try {
    const result = await fn();
    breaker.failures = 0;
    return result;
  } catch (err) {
    if (++breaker.failures >= OPEN_AFTER) breaker.openUntil = Date.now() + COOLDOWN_MS;
    throw err;
  } finally {
    breaker.lastUsedAt = Date.now();
  }
}

export function breakerState(domain) {
  const b = breakers.get(domain);
  if (!b) return "closed";
  return b.openUntil > Date.now() ? "open" : "closed";
}

setInterval(() => {
  const now = Date.now();
  for (const [domain, breaker] of breakers) {
    if (breaker.openUntil <= now && now - breaker.lastUsedAt > IDLE_MS) breakers.delete(domain);
  }
}, 100).unref();

export function breakerCount() {
  return breakers.size;
}
