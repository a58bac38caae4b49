"use strict";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

/** Structured logger; a child gets its own copy of the transports list. */
class Logger {
  constructor({ level = "info", bindings = {}, transports = [] } = {}) {
    this.level = level;
    this.bindings = bindings;
    this.transports = transports;
  }
  child(bindings) {
    const transports = [...this.transports];
    return new Logger({
      level: this.level,
      bindings: { ...this.bindings, ...bindings },
      transports,
    });
  }
  addTransport(transport) {
    this.transports.push(transport);
  }
  log(level, msg, fields) {
    if (LEVELS[level] < LEVELS[this.level]) return;
    const line = { level, time: new Date().toISOString(), msg, ...this.bindings, ...fields };
    for (const t of this.transports) {
      if (LEVELS[level] >= LEVELS[t.minLevel ?? "debug"]) t.write(line);
    }
  }
}

class StreamTransport {
  constructor(stream, minLevel) {
    this.stream = stream;
    this.minLevel = minLevel;
  }
  write(line) {
    this.stream.write(JSON.stringify(line) + "\n");
  }
}

class LineCapture {
  constructor(meta, max = 50) {
    this.meta = meta;
    this.max = max;
    this.lines = [];
  }
  write(line) {
    if (this.lines.length < this.max) this.lines.push(line);
  }
}

module.exports = { Logger, StreamTransport, LineCapture };
