"use strict";

const { fingerprint } = require("./fingerprint.cjs");
const { page } = require("./pager.cjs");

const MAX_RESOLVED = 30;
const MAX_SAMPLES = 10;

class AlarmBook {
  /** Firing alarms by fingerprint. */
  #open = new Map();
  #resolved = [];
  #counters = { raised: 0, deduplicated: 0, resolved: 0 };

  /** A BMS event: a rule firing again, or "clear" when the reading is back in range. */
  ingest(event) {
    if (event.severity === "clear") return this.#resolve(event);
    const fp = fingerprint(event);
    const existing = this.#open.get(fp);
    if (existing) {
      existing.count++;
      existing.lastAt = Date.now();
      existing.samples.push(event.value);
      if (existing.samples.length > MAX_SAMPLES) existing.samples.shift();
      this.#counters.deduplicated++;
      return { fingerprint: fp, state: "firing", count: existing.count, new: false };
    }
    const alarm = {
      fingerprint: fp,
      site: event.site,
      source: event.source,
      rule: event.rule,
      severity: event.severity,
      message: event.message ?? `${event.rule} on ${event.source}`,
      state: "firing",
      count: 1,
      samples: [event.value],
      firstAt: Date.now(),
      lastAt: Date.now(),
      resolvedAt: null,
    };
    this.#open.set(fp, alarm);
    this.#counters.raised++;
    page(alarm, `[${alarm.severity}] ${alarm.site}: ${alarm.message}`);
    return { fingerprint: fp, state: "firing", count: 1, new: true };
  }

  #findFiring(site, source, rule) {
    for (const alarm of this.#open.values()) {
      if (
        alarm.state === "firing" && alarm.site === site && alarm.source === source &&
        alarm.rule === rule
      ) return alarm;
    }
    return null;
  }

  #resolve(event) {
    const alarm = this.#findFiring(event.site, event.source, event.rule);
    if (!alarm) return { state: "clear", matched: false };
    alarm.state = "resolved";
    alarm.resolvedAt = Date.now();
    this.#open.delete(fingerprint(event));
    this.#resolved.unshift({
      fingerprint: alarm.fingerprint,
      source: alarm.source,
      rule: alarm.rule,
      count: alarm.count,
      durationMs: alarm.resolvedAt - alarm.firstAt,
    });
    if (this.#resolved.length > MAX_RESOLVED) this.#resolved.length = MAX_RESOLVED;
    this.#counters.resolved++;
    return { fingerprint: alarm.fingerprint, state: "resolved", matched: true };
  }

  firing(site) {
    const out = [];
    for (const a of this.#open.values()) {
      if (a.state === "firing" && (!site || a.site === site)) {
        out.push({ source: a.source, rule: a.rule, severity: a.severity, count: a.count });
      }
    }
    return out;
  }

  stats() {
    return { ...this.#counters, recentlyResolved: this.#resolved.slice(0, 5) };
  }
}

module.exports = { AlarmBook };
