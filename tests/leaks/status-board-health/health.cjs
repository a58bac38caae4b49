"use strict";
// Deep health checks with a short history per check (for the status board's sparkline).

class HealthChecker {
  constructor({ historyLength = 30, timeoutMs = 250 } = {}) {
    this.checks = new Map();
    this.history = new Map();
    this.historyLength = historyLength;
    this.timeoutMs = timeoutMs;
  }

  register(name, fn) {
    this.checks.set(name, fn);
    this.history.set(name, []);
  }

  async #runOne(name, fn) {
    const started = performance.now();
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error("timed out")), this.timeoutMs);
    });
    let ok = true;
    let error = null;
    try {
      await Promise.race([fn(), timeout]);
    } catch (e) {
      ok = false;
      error = e.message;
    } finally {
      clearTimeout(timer);
    }
    const result = { ok, error, ms: +(performance.now() - started).toFixed(2), at: Date.now() };
    const past = this.history.get(name);
    past.push(result);
    if (past.length > this.historyLength) past.shift();
    return result;
  }

  async run() {
    const entries = [...this.checks];
    const results = await Promise.all(entries.map(([name, fn]) => this.#runOne(name, fn)));
    const report = {};
    entries.forEach(([name], i) => (report[name] = results[i]));
    return { ok: results.every((r) => r.ok), checks: report };
  }

  sparkline(name) {
    return (this.history.get(name) ?? []).map((r) => (r.ok ? r.ms : -1));
  }
}

module.exports = { HealthChecker };
