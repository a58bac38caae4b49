/**
 * Circuit breakers for outbound calls, one per target host: after `failureThreshold` failures
 * in a row the breaker opens and calls fail fast for `openMs`; then one trial call is let
 * through (half-open) and its outcome closes or re-opens it.
 */

export class BreakerOpenError extends Error {
  constructor(target, retryInMs) {
    super(`circuit open for ${target}`);
    this.retryInMs = retryInMs;
  }
}

export class CircuitBreaker {
  state = "closed";
  failures = 0;
  successes = 0;
  openedAt = 0;

  constructor(target) {
    this.target = target;
  }
}

export function createBreakerRegistry({ failureThreshold, openMs }) {
  const breakers = new Map();

  function breakerFor(target) {
    let breaker = breakers.get(target);
    if (!breaker) {
      breaker = new CircuitBreaker(target);
      breakers.set(target, breaker);
    }
    return breaker;
  }

  async function call(target, fn) {
    const breaker = breakerFor(target);
    if (breaker.state === "open") {
      const waited = Date.now() - breaker.openedAt;
      if (waited < openMs) throw new BreakerOpenError(target, openMs - waited);
      breaker.state = "half-open";
    }
    try {
      const result = await fn();
      breaker.failures = 0;
      breaker.successes++;
      breaker.state = "closed";
      return result;
    } catch (err) {
      breaker.failures++;
      if (breaker.state === "half-open" || breaker.failures >= failureThreshold) {
        breaker.state = "open";
        breaker.openedAt = Date.now();
      }
      throw err;
    }
  }

  /** Operator override: forget what we know about a host (it has been fixed). */
  function reset(host) {
    return breakers.delete(host);
  }

  function snapshot() {
    const out = { closed: 0, open: 0, halfOpen: 0 };
    for (const b of breakers.values()) {
      if (b.state === "open") out.open++;
      else if (b.state === "half-open") out.halfOpen++;
      else out.closed++;
    }
    return out;
  }

  return { call, reset, snapshot };
}
