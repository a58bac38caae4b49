/**
 * A count-based circuit breaker: it looks at the outcomes of the last `windowSize` calls and
 * opens when too many of them failed; after `openMs` it lets one trial call through
 * (half-open) and closes again if that succeeds.
 */

export class BreakerOpenError extends Error {
  constructor(name, retryInMs) {
    super(`${name} is unavailable (circuit open), retry in ${Math.ceil(retryInMs / 1000)} s`);
    this.status = 503;
  }
}

export class CircuitBreaker {
  constructor(
    name,
    { windowSize = 50, minimumCalls = 10, failureRate = 0.5, openMs = 15_000 } = {},
  ) {
    this.name = name;
    this.windowSize = windowSize;
    this.minimumCalls = minimumCalls;
    this.threshold = failureRate;
    this.openMs = openMs;
    this.state = "closed";
    this.openedAt = 0;
    /** Outcomes of the most recent calls, oldest first. */
    this.calls = [];
  }

  async call(fn) {
    if (this.state === "open") {
      const waited = Date.now() - this.openedAt;
      if (waited < this.openMs) throw new BreakerOpenError(this.name, this.openMs - waited);
      this.state = "half-open";
    }
    const started = performance.now();
    try {
      const result = await fn();
      this.recordSuccess(performance.now() - started);
      return result;
    } catch (err) {
      this.recordFailure(performance.now() - started, err);
      throw err;
    }
  }

  recordSuccess(ms) {
    this.calls.push({ ok: true, ms, at: Date.now() });
    if (this.state === "half-open") this.close();
  }

  recordFailure(ms, err) {
    this.calls.push({ ok: false, ms, at: Date.now(), error: String(err?.message ?? err) });
    if (this.calls.length > this.windowSize) {
      this.calls.splice(0, this.calls.length - this.windowSize);
    }
    if (this.state === "half-open") return this.trip();
    if (this.calls.length >= this.minimumCalls && this.failureRate() >= this.threshold) {
      this.trip();
    }
  }

  failureRate() {
    if (this.calls.length === 0) return 0;
    return this.calls.filter((c) => !c.ok).length / this.calls.length;
  }

  trip() {
    this.state = "open";
    this.openedAt = Date.now();
    console.warn(`circuit ${this.name} opened (failure rate ${this.failureRate().toFixed(2)})`);
  }

  close() {
    this.state = "closed";
    this.calls.length = 0;
  }

  snapshot() {
    const recent = this.calls.slice(-this.windowSize);
    const p95 = recent.map((c) => c.ms).sort((a, b) => a - b)[Math.floor(recent.length * 0.95)];
    return {
      name: this.name,
      state: this.state,
      failureRate: Number(this.failureRate().toFixed(3)),
      p95Ms: p95 === undefined ? undefined : Number(p95.toFixed(2)),
    };
  }
}
