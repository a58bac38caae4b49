"use strict";

/**
 * Config namespaces: a flat key/value map per namespace with a version that goes up on every
 * change and the last HISTORY changes (for the audit page and rollbacks).
 */

const HISTORY = 20;

class ConfigError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

class Namespace {
  constructor(name, values) {
    this.name = name;
    this.values = { ...values };
    this.version = 1;
    this.updatedAt = Date.now();
    this.history = [];
  }

  apply(changes, author) {
    const diff = [];
    for (const [key, value] of Object.entries(changes)) {
      if (!/^[a-z][\w.-]*$/.test(key)) throw new ConfigError(400, `bad key ${key}`);
      const before = this.values[key];
      if (value === null) delete this.values[key];
      else this.values[key] = String(value);
      if (before !== this.values[key]) diff.push({ key, before, after: this.values[key] });
    }
    if (diff.length === 0) return false;
    this.version++;
    this.updatedAt = Date.now();
    this.history.push({ version: this.version, author, at: this.updatedAt, diff });
    if (this.history.length > HISTORY) this.history.splice(0, this.history.length - HISTORY);
    return true;
  }

  snapshot() {
    return {
      name: this.name,
      version: this.version,
      updatedAt: this.updatedAt,
      values: this.values,
    };
  }
}

const namespaces = new Map([
  [
    "payments",
    new Namespace("payments", {
      "psp.primary": "adyen",
      "psp.fallback": "stripe",
      "3ds.threshold_eur": "30",
      "refunds.auto_approve_below_eur": "25",
    }),
  ],
  [
    "search",
    new Namespace("search", {
      "ranking.model": "ltr-2024-09",
      "ranking.boost.recency": "0.15",
      "synonyms.enabled": "true",
    }),
  ],
  [
    "mobile",
    new Namespace("mobile", {
      "min_version.ios": "5.8.0",
      "min_version.android": "5.8.2",
      "maintenance_banner": "",
    }),
  ],
]);

function getNamespace(name) {
  const ns = namespaces.get(name);
  if (!ns) throw new ConfigError(404, `no namespace ${name}`);
  return ns;
}

module.exports = { ConfigError, Namespace, getNamespace, namespaces };
