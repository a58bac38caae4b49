"use strict";

/** Replaces {placeholders} in the message with context values (PSR-3). */
class PsrLogMessageProcessor {
  process(record) {
    if (!record.message.includes("{")) return record;
    record.message = record.message.replace(/\{([A-Za-z0-9_.]+)\}/g, (whole, key) => {
      const value = record.context[key];
      if (value === undefined) return whole;
      if (value === null || typeof value !== "object") return String(value);
      if (value instanceof Date) return value.toISOString();
      return "[object " + (value.constructor?.name ?? "Object") + "]";
    });
    return record;
  }
}

/** Adds the current request's url, ip, method, referrer and id to `extra` (Monolog's WebProcessor). */
class WebProcessor {
  constructor() {
    this.serverData = null;
  }

  setRequest(req, uniqueId) {
    this.serverData = {
      url: req.url,
      ip: req.socket.remoteAddress ?? "",
      http_method: req.method,
      referrer: req.headers.referer ?? null,
      unique_id: uniqueId,
    };
  }

  process(record) {
    if (this.serverData) Object.assign(record.extra, this.serverData);
    return record;
  }

  reset() {
    this.serverData = null;
  }
}

module.exports = { PsrLogMessageProcessor, WebProcessor };
