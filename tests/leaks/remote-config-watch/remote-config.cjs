"use strict";
const { EventEmitter } = require("node:events");

const HISTORY_LENGTH = 20;

/**
 * Remote configuration, polled: `fetchDocument()` returns the control plane's current document
 * and a "change" event goes out when its version moves. Watchers wait for the next change with
 * a timeout; whichever comes first removes the other.
 */
class RemoteConfig extends EventEmitter {
  constructor(fetchDocument, { intervalMs }) {
    super();
    this.fetchDocument = fetchDocument;
    this.intervalMs = intervalMs;
    this.current = fetchDocument();
    this.history = [{ version: this.current.version, at: Date.now() }];
    this.timer = undefined;
  }

  start() {
    this.timer = setInterval(() => this.poll(), this.intervalMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
  }

  poll() {
    const doc = this.fetchDocument();
    if (doc.version === this.current.version) return false;
    this.current = doc;
    this.history.push({ version: doc.version, at: Date.now() });
    if (this.history.length > HISTORY_LENGTH) this.history.shift();
    this.emit("change", doc);
    return true;
  }

  /** Resolves with the next document, or null when `timeoutMs` passes first. */
  waitForChange(timeoutMs) {
    return new Promise((resolve) => {
      const onChange = (doc) => {
        clearTimeout(timer);
        resolve(doc);
      };
      const timer = setTimeout(() => {
        this.off("change", onChange);
        resolve(null);
      }, timeoutMs);
      this.once("change", onChange);
    });
  }
}

/** A small LRU (a Map in use order). */
class LruCache {
  constructor(max) {
    this.max = max;
    this.entries = new Map();
  }

  get(key) {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key, value) {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value);
  }
}

module.exports = { RemoteConfig, LruCache };
