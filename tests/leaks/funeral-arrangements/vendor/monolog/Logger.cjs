"use strict";

// monolog-node: a port of Monolog 2's core (Logger, handlers, processors, formatters) kept from
// the PHP arrangements app, so that channels, levels and line formats stayed the same when the
// service moved to Node. Levels are Monolog's (RFC 5424 names, Monolog numbers).
//
// Handlers and processors that keep state between records implement reset(); Logger#reset()
// resets them all (ResettableInterface).

const LEVELS = Object.freeze({
  DEBUG: 100,
  INFO: 200,
  NOTICE: 250,
  WARNING: 300,
  ERROR: 400,
  CRITICAL: 500,
  ALERT: 550,
  EMERGENCY: 600,
});

const LEVEL_NAMES = Object.freeze(
  Object.fromEntries(Object.entries(LEVELS).map(([name, level]) => [level, name])),
);

function toMonologLevel(level) {
  if (typeof level === "number" && LEVEL_NAMES[level]) return level;
  const found = LEVELS[String(level).toUpperCase()];
  if (found === undefined) throw new RangeError(`Level "${level}" is not defined`);
  return found;
}

class Logger {
  /**
   * @param {string} name the channel
   * @param {object[]} handlers tried in order; a handler that does not bubble stops the rest
   * @param {object[]} processors each has process(record) and returns the record
   */
  constructor(name, handlers = [], processors = []) {
    this.name = name;
    this.handlers = handlers;
    this.processors = processors;
  }

  withName(name) {
    return new Logger(name, this.handlers, this.processors);
  }

  pushHandler(handler) {
    this.handlers.unshift(handler);
    return this;
  }

  pushProcessor(processor) {
    this.processors.unshift(processor);
    return this;
  }

  addRecord(level, message, context = {}) {
    let record = null;
    for (const handler of this.handlers) {
      if (record === null) {
        // As in Monolog: no record is built until a handler wants this level.
        if (!handler.isHandling({ level })) continue;
        record = {
          message: String(message),
          context,
          level,
          level_name: LEVEL_NAMES[level],
          channel: this.name,
          datetime: new Date(),
          extra: {},
        };
        for (const processor of this.processors) record = processor.process(record);
      }
      if (handler.handle(record) === true) break;
    }
    return record !== null;
  }

  debug(message, context) {
    return this.addRecord(LEVELS.DEBUG, message, context);
  }

  info(message, context) {
    return this.addRecord(LEVELS.INFO, message, context);
  }

  notice(message, context) {
    return this.addRecord(LEVELS.NOTICE, message, context);
  }

  warning(message, context) {
    return this.addRecord(LEVELS.WARNING, message, context);
  }

  error(message, context) {
    return this.addRecord(LEVELS.ERROR, message, context);
  }

  critical(message, context) {
    return this.addRecord(LEVELS.CRITICAL, message, context);
  }

  close() {
    for (const handler of this.handlers) handler.close?.();
  }

  /** Ends a unit of work (a request, a job): buffers are flushed or cleared, state dropped. */
  reset() {
    for (const handler of this.handlers) handler.reset?.();
    for (const processor of this.processors) processor.reset?.();
  }
}

module.exports = { Logger, LEVELS, LEVEL_NAMES, toMonologLevel };
