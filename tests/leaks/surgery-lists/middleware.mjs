/** The bus's middleware: logging, validation, timing, and one-at-a-time per aggregate. */

export class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.status = 400;
  }
}

/** Keeps the last lines for /ops/log (the real service ships them to the log collector). */
export function logging({ keep = 40 } = {}) {
  const lines = [];
  const mw = async (command, next) => {
    const started = performance.now();
    try {
      const result = await next(command);
      lines.push(
        `${command.meta.commandId} ${command.type} ${command.aggregateId} ok ${
          Math.round(performance.now() - started)
        }ms`,
      );
      return result;
    } catch (err) {
      lines.push(
        `${command.meta.commandId} ${command.type} ${command.aggregateId} failed: ${err.message}`,
      );
      throw err;
    } finally {
      if (lines.length > keep) lines.splice(0, lines.length - keep);
    }
  };
  mw.lines = lines;
  return mw;
}

/** Required payload fields per command type. */
export function validation(schemas) {
  return (command, next) => {
    const required = schemas[command.type] ?? [];
    const missing = required.filter((f) => command.payload?.[f] === undefined);
    if (missing.length) {
      return Promise.reject(
        new ValidationError(`${command.type}: missing ${missing.join(", ")}`),
      );
    }
    return next(command);
  };
}

/** Count and total time per command type. */
export function timing() {
  const byType = new Map();
  const mw = async (command, next) => {
    const started = performance.now();
    try {
      return await next(command);
    } finally {
      const t = byType.get(command.type) ?? { count: 0, totalMs: 0 };
      t.count++;
      t.totalMs += performance.now() - started;
      byType.set(command.type, t);
    }
  };
  mw.byType = byType;
  return mw;
}

/**
 * Commands for the same aggregate run one after another, in the order they arrived, so two
 * coordinators editing one list never interleave. Shows what is queued in /ops/queues.
 */
export function oneAtATimePerAggregate() {
  const queues = new Map();
  const mw = async (command, next) => {
    const key = command.aggregateId;
    if (!key) return next(command);
    const previous = queues.get(key)?.done ?? Promise.resolve();
    const run = previous.then(() => next(command));
    const entry = {
      command,
      queuedAt: Date.now(),
      // a failed command must not hold up the ones behind it
      done: run.catch(() => {}),
    };
    queues.set(key, entry);
    try {
      return await run;
    } finally {
      if (queues.get(key)?.done === run) queues.delete(key);
    }
  };
  mw.pending = () =>
    [...queues].map(([key, e]) => ({
      key,
      type: e.command.type,
      waitingMs: Date.now() - e.queuedAt,
    }));
  return mw;
}
