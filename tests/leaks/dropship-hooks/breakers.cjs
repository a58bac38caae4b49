"use strict";

const FAILURE_THRESHOLD = 5;
const COOLDOWN_MS = 2_000;
const IDLE_MS = 500;
const KEEP_OUTCOMES = 20;

class CircuitOpenError extends Error {
  constructor(host, retryInMs) {
    super(`circuit open for ${host}`);
    this.host = host;
    this.retryInMs = retryInMs;
  }
}

/**
 * One breaker per seller host. Opens after FAILURE_THRESHOLD consecutive failures, lets a
 * single probe through after COOLDOWN_MS, closes again on a successful probe.
 */
class CircuitBreaker {
  constructor(host) {
    this.host = host;
    this.state = "closed";
    this.consecutiveFailures = 0;
    this.openedAt = 0;
    this.calls = 0;
    this.since = new Date();
    // last few outcomes, shown on the seller's integration page
    this.outcomes = [];
  }

  canPass(now) {
    if (this.state === "closed") return true;
    if (this.state === "open" && now - this.openedAt >= COOLDOWN_MS) {
      this.state = "half-open";
      return true;
    }
    return false;
  }

  record(ok, ms, status) {
    const now = Date.now();
    this.calls++;
    this.outcomes.push({ at: now, ok, ms, status });
    if (this.outcomes.length > KEEP_OUTCOMES) this.outcomes.shift();
    if (ok) {
      this.consecutiveFailures = 0;
      this.state = "closed";
      return;
    }
    this.consecutiveFailures++;
    this.lastFailureAt = now;
    if (this.state === "half-open" || this.consecutiveFailures >= FAILURE_THRESHOLD) {
      this.state = "open";
      this.openedAt = now;
    }
  }

  toJSON() {
    return {
      host: this.host,
      state: this.state,
      consecutiveFailures: this.consecutiveFailures,
      calls: this.calls,
      since: this.since.toISOString(),
      outcomes: this.outcomes.slice(-5),
    };
  }
}

const breakers = new Map();

function breakerFor(host) {
  let breaker = breakers.get(host);
  if (!breaker) {
    breaker = new CircuitBreaker(host);
    breakers.set(host, breaker);
  }
  return breaker;
}

async function guarded(host, call) {
  const breaker = breakerFor(host);
  const now = Date.now();
  if (!breaker.canPass(now)) {
    throw new CircuitOpenError(host, COOLDOWN_MS - (now - breaker.openedAt));
  }
  const started = performance.now();
  try {
    const result = await call();
    breaker.record(result.ok, performance.now() - started, result.status);
    return result;
  } catch (err) {
    breaker.record(false, performance.now() - started, 0);
    throw err;
  }
}

// A closed breaker that hasn't seen a failure for a while is no different from a new one.
function reap() {
  const now = Date.now();
  for (const [host, breaker] of breakers) {
    if (breaker.state === "closed" && now - breaker.lastFailureAt > IDLE_MS) {
      breakers.delete(host);
    }
  }
}

setInterval(reap, 250).unref();

function breakerStatus(host) {
  return breakers.get(host)?.toJSON() ?? { host, state: "closed", calls: 0 };
}

module.exports = { CircuitOpenError, breakerStatus, breakers, guarded };
