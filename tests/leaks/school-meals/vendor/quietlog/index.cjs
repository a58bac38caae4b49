"use strict";

/**
 * quietlog: a small structured logger (vendored; the trust's services share it).
 *
 *   const log = createLogger({ level: "info", name: "meals" });
 *   const reqLog = log.child({ reqId });   // bindings on every line
 *   reqLog.info("order placed", { pupil });
 *   reqLog.release();                      // when the request is over
 *   log.setLevel("debug");                 // reaches live children too
 *
 * Lines go to stdout as JSON when `stdout` is true, and the last `keep` lines are kept for
 * GET /debug/log.
 */

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

class Ring {
  constructor(size) {
    this.size = size;
    this.items = [];
  }

  push(item) {
    this.items.push(item);
    if (this.items.length > this.size) this.items.shift();
  }
}

class Logger {
  #level;
  #bindings;
  #prefix;
  #children = new Set();
  #parent;
  #ring;
  #stdout;

  constructor({ level, bindings, ring, stdout, parent }) {
    this.#level = level;
    this.#bindings = bindings;
    this.#prefix = JSON.stringify(bindings).slice(1, -1);
    this.#ring = ring;
    this.#stdout = stdout;
    this.#parent = parent;
  }

  child(bindings) {
    const child = new Logger({
      level: this.#level,
      bindings: { ...this.#bindings, ...bindings },
      ring: this.#ring,
      stdout: this.#stdout,
      parent: this,
    });
    this.#children.add(child);
    return child;
  }

  /** Stops level changes reaching this logger; it can still be written to. */
  release() {
    if (this.#parent) this.#parent.#children.delete(this);
    this.#parent = null;
  }

  setLevel(level) {
    if (!(level in LEVELS)) throw new Error(`unknown level ${level}`);
    this.#level = level;
    for (const child of this.#children) child.setLevel(level);
  }

  get level() {
    return this.#level;
  }

  #write(level, msg, fields) {
    if (LEVELS[level] < LEVELS[this.#level]) return;
    const time = new Date().toISOString();
    this.#ring.push({ time, level, msg, ...this.#bindings, ...fields });
    if (this.#stdout) {
      const extra = fields ? `,${JSON.stringify(fields).slice(1, -1)}` : "";
      process.stdout.write(
        `{"time":"${time}","level":"${level}","msg":${
          JSON.stringify(msg)
        },${this.#prefix}${extra}}\n`,
      );
    }
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

function createLogger({ level = "info", name = "app", keep = 200, stdout = false } = {}) {
  const ring = new Ring(keep);
  const root = new Logger({ level, bindings: { name }, ring, stdout, parent: null });
  root.recent = () => ring.items.slice();
  return root;
}

module.exports = { createLogger, LEVELS };
