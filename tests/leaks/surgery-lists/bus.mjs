/**
 * Command bus: one handler per command type, behind a chain of middleware. A middleware is
 * `(command, next) => Promise<result>`.
 */
export class CommandBus {
  #handlers = new Map();
  #middleware = [];

  use(middleware) {
    this.#middleware.push(middleware);
    return this;
  }

  register(type, handler) {
    if (this.#handlers.has(type)) throw new Error(`${type} already has a handler`);
    this.#handlers.set(type, handler);
    return this;
  }

  dispatch(command) {
    const handler = this.#handlers.get(command.type);
    if (!handler) return Promise.reject(new UnknownCommand(command.type));
    const chain = this.#middleware.reduceRight(
      (next, mw) => (cmd) => mw(cmd, next),
      (cmd) => Promise.resolve().then(() => handler(cmd)),
    );
    return chain(command);
  }
}

export class UnknownCommand extends Error {
  constructor(type) {
    super(`no handler for ${type}`);
    this.status = 400;
  }
}

let sequence = 0;

/** The envelope every command travels in. */
export function command(type, aggregateId, payload, meta) {
  return {
    type,
    aggregateId,
    payload,
    meta: { ...meta, commandId: `cmd-${++sequence}`, receivedAt: new Date().toISOString() },
  };
}
