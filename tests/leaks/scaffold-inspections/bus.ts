/** Command bus with middleware, one handler per command. */

export interface Command<P = unknown> {
  name: string;
  target: string;
  payload: P;
  by: string;
}

export type Next = (c: Command) => Promise<unknown>;
export type Middleware = (c: Command, next: Next) => Promise<unknown>;
export type Handler = (c: Command) => unknown;

export class CommandBus {
  #handlers = new Map<string, Handler>();
  #pipeline: Middleware[] = [];

  use(mw: Middleware) {
    this.#pipeline.push(mw);
    return this;
  }

  handle(name: string, handler: Handler) {
    this.#handlers.set(name, handler);
    return this;
  }

  send(c: Command): Promise<unknown> {
    const handler = this.#handlers.get(c.name);
    if (!handler) return Promise.reject(new Error(`no handler for ${c.name}`));
    const run = this.#pipeline.reduceRight<Next>(
      (next, mw) => (cmd) => mw(cmd, next),
      async (cmd) => await handler(cmd),
    );
    return run(c);
  }
}

/** One command at a time per target; the queue entry goes when the last queued one is done. */
export function serialised(): Middleware & { depth: () => number } {
  const tails = new Map<string, Promise<unknown>>();
  const mw = (c: Command, next: Next) => {
    const before = tails.get(c.target) ?? Promise.resolve();
    const result = before.then(() => next(c));
    const tail = result.then(() => undefined, () => undefined);
    tails.set(c.target, tail);
    tail.then(() => {
      if (tails.get(c.target) === tail) tails.delete(c.target);
    });
    return result;
  };
  return Object.assign(mw, { depth: () => tails.size });
}

/** The last 25 commands, for the site office's activity panel. */
export function activity(): Middleware & { recent: string[] } {
  const recent: string[] = [];
  const mw = async (c: Command, next: Next) => {
    const result = await next(c);
    recent.unshift(`${c.by} ${c.name} ${c.target}`);
    if (recent.length > 25) recent.pop();
    return result;
  };
  return Object.assign(mw, { recent });
}
