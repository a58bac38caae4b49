"use strict";

const { toMonologLevel } = require("./Logger.cjs");
const { LineFormatter } = require("./formatters.cjs");

class AbstractProcessingHandler {
  constructor(level = "debug", bubble = true) {
    this.level = toMonologLevel(level);
    this.bubble = bubble;
    this.processors = [];
    this.formatter = null;
  }

  isHandling(record) {
    return record.level >= this.level;
  }

  handle(record) {
    if (!this.isHandling(record)) return false;
    for (const processor of this.processors) record = processor.process(record);
    record.formatted = this.getFormatter().format(record);
    this.write(record);
    return this.bubble === false;
  }

  handleBatch(records) {
    for (const record of records) this.handle(record);
  }

  getFormatter() {
    return (this.formatter ??= new LineFormatter());
  }

  setFormatter(formatter) {
    this.formatter = formatter;
    return this;
  }

  reset() {
    for (const processor of this.processors) processor.reset?.();
  }
}

/** Writes formatted lines to a Node stream (process.stderr, a file stream). */
class StreamHandler extends AbstractProcessingHandler {
  constructor(stream, level = "debug", bubble = true) {
    super(level, bubble);
    this.stream = stream;
  }

  write(record) {
    this.stream.write(record.formatted);
  }
}

/** Activates the FingersCrossedHandler when a record reaches the action level. */
class ErrorLevelActivationStrategy {
  constructor(actionLevel) {
    this.actionLevel = toMonologLevel(actionLevel);
  }

  isHandlerActivated(record) {
    return record.level >= this.actionLevel;
  }
}

/**
 * Buffers every record until one of them activates it (an error, by default): then the whole
 * buffer goes to the wrapped handler, and later records pass straight through. A unit of work
 * that ends without an error writes nothing; reset() drops its buffer and starts buffering
 * again.
 *
 * bufferSize: how many records to keep (the oldest go first); 0 keeps them all.
 * stopBuffering: once activated, pass records through until reset() (true) or buffer again.
 * passthruLevel: on reset, records at or above this level are written even without activation.
 */
class FingersCrossedHandler {
  constructor(
    handler,
    activationStrategy = null,
    bufferSize = 0,
    bubble = true,
    stopBuffering = true,
    passthruLevel = null,
  ) {
    this.handler = handler;
    this.activationStrategy = activationStrategy ?? new ErrorLevelActivationStrategy("warning");
    this.bufferSize = bufferSize;
    this.bubble = bubble;
    this.stopBuffering = stopBuffering;
    this.passthruLevel = passthruLevel === null ? null : toMonologLevel(passthruLevel);
    this.processors = [];
    this.buffering = true;
    this.buffer = [];
  }

  isHandling() {
    return true;
  }

  activate() {
    if (this.stopBuffering) this.buffering = false;
    this.handler.handleBatch(this.buffer);
    this.buffer = [];
  }

  handle(record) {
    for (const processor of this.processors) record = processor.process(record);
    if (this.buffering) {
      this.buffer.push(record);
      if (this.bufferSize > 0 && this.buffer.length > this.bufferSize) this.buffer.shift();
      if (this.activationStrategy.isHandlerActivated(record)) this.activate();
    } else {
      this.handler.handle(record);
    }
    return this.bubble === false;
  }

  handleBatch(records) {
    for (const record of records) this.handle(record);
  }

  close() {
    this.flushBuffer();
    this.handler.close?.();
  }

  reset() {
    this.flushBuffer();
    for (const processor of this.processors) processor.reset?.();
    this.handler.reset?.();
  }

  clear() {
    this.buffer = [];
    this.reset();
  }

  flushBuffer() {
    if (this.passthruLevel !== null) {
      const level = this.passthruLevel;
      const passing = this.buffer.filter((record) => record.level >= level);
      if (passing.length > 0) this.handler.handleBatch(passing);
    }
    this.buffer = [];
    this.buffering = true;
  }
}

module.exports = {
  AbstractProcessingHandler,
  ErrorLevelActivationStrategy,
  FingersCrossedHandler,
  StreamHandler,
};
