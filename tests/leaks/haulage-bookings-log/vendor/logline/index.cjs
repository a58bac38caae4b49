"use strict";

// logline 0.4.2 — tiny structured logger (vendored; trimmed to what we use)

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, silent: 100 };

class Logger {
  #level;
  #bindings;
  #sink;
  #parent;
  #root;
  #children = new Set();

  constructor(options = {}, parent = undefined) {
    this.#level = LEVELS[options.level ?? "info"];
    this.#bindings = options.bindings ?? {};
    this.#sink = options.sink ?? ((line) => process.stdout.write(line + "\n"));
    this.#parent = parent;
    this.#root = parent ? parent.#root : this;
  }

  /** A logger that adds `bindings` to every line; it follows the root's level. */
  child(bindings) {
    const child = new Logger(
      { bindings: { ...this.#bindings, ...bindings }, sink: this.#sink },
      this,
    );
    child.#level = this.#level;
    this.#root.#children.add(child);
    return child;
  }

  /** Done with a child logger: it no longer follows setLevel(). */
  release() {
    if (this.#parent) this.#parent.#children.delete(this);
  }

  setLevel(name) {
    const level = LEVELS[name];
    if (level === undefined) throw new Error(`unknown level ${name}`);
    this.#level = level;
    for (const child of this.#root.#children) child.#level = level;
  }

  get level() {
    return Object.keys(LEVELS).find((k) => LEVELS[k] === this.#level);
  }

  get bindings() {
    return this.#bindings;
  }

  #write(level, msg, fields) {
    if (LEVELS[level] < this.#level) return;
    this.#sink(JSON.stringify({ level, time: Date.now(), ...this.#bindings, ...fields, msg }));
  }

  trace(msg, fields) {
    this.#write("trace", msg, fields);
  }
  debug(msg, fields) {
    this.#write("debug", msg, fields);
  }
  info(msg, fields) {
    this.#write("info", msg, fields);
  }
  warn(msg, fields) {
    this.#write("warn", msg, fields);
  }
  error(msg, fields) {
    this.#write("error", msg, fields);
  }
}

function createLogger(options) {
  return new Logger(options);
}

module.exports = { createLogger, Logger, LEVELS };
