// An in-process mediator with pipeline behaviours, and the @handles class decorator that
// registers a handler class for a request type when the class is defined.

// deno-lint-ignore no-explicit-any
export type RequestClass = abstract new (...args: any[]) => object;
export interface Handler<Q = object, R = unknown> {
  handle(request: Q, signal: AbortSignal): Promise<R>;
}
export interface Behavior {
  handle(request: object, signal: AbortSignal, next: () => Promise<unknown>): Promise<unknown>;
}
// deno-lint-ignore no-explicit-any
type HandlerClass = new (...deps: any[]) => Handler<any, any>;

export const handlerTypes = new Map<RequestClass, HandlerClass>();

export function handles(requestType: RequestClass) {
  return <C extends HandlerClass>(target: C, _context: ClassDecoratorContext<C>): C => {
    handlerTypes.set(requestType, target);
    return target;
  };
}

export class Mediator {
  readonly #handlers = new Map<RequestClass, Handler>();
  readonly #pipeline: Behavior[] = [];

  constructor(build: (type: HandlerClass) => Handler) {
    for (const [requestType, type] of handlerTypes) this.#handlers.set(requestType, build(type));
  }

  use(behavior: Behavior): this {
    this.#pipeline.push(behavior);
    return this;
  }

  send<R>(request: object, signal: AbortSignal): Promise<R> {
    const handler = this.#handlers.get(request.constructor as RequestClass);
    if (!handler) throw new Error(`no handler for ${request.constructor.name}`);
    const step = (i: number): Promise<unknown> =>
      i < this.#pipeline.length
        ? this.#pipeline[i].handle(request, signal, () => step(i + 1))
        : handler.handle(request, signal);
    return step(0) as Promise<R>;
  }
}

/** The last `capacity` requests, for /diagnostics. */
export class LoggingBehavior implements Behavior {
  readonly recent: { type: string; ms: number; ok: boolean }[] = [];
  constructor(private readonly capacity: number) {}

  async handle(request: object, _signal: AbortSignal, next: () => Promise<unknown>) {
    const started = performance.now();
    let ok = false;
    try {
      const result = await next();
      ok = true;
      return result;
    } finally {
      this.recent.push({ type: request.constructor.name, ms: performance.now() - started, ok });
      if (this.recent.length > this.capacity) this.recent.shift();
    }
  }
}

/** Gives up on a request when its client goes away (the listener comes off either way). */
export class CancellationBehavior implements Behavior {
  cancelled = 0;

  async handle(_request: object, signal: AbortSignal, next: () => Promise<unknown>) {
    signal.throwIfAborted();
    const onAbort = () => this.cancelled++;
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      return await next();
    } finally {
      signal.removeEventListener("abort", onAbort);
    }
  }
}

/** Caches results of requests that have a cacheKey(), least recently used out first. */
export class CachingBehavior implements Behavior {
  readonly #entries = new Map<string, unknown>();
  constructor(private readonly capacity: number) {}

  async handle(request: object, _signal: AbortSignal, next: () => Promise<unknown>) {
    const key = (request as { cacheKey?: () => string }).cacheKey?.();
    if (key === undefined) return next();
    if (this.#entries.has(key)) {
      const hit = this.#entries.get(key);
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const result = await next();
    this.#entries.set(key, result);
    if (this.#entries.size > this.capacity) {
      this.#entries.delete(this.#entries.keys().next().value!);
    }
    return result;
  }

  invalidate(prefix: string): void {
    for (const key of [...this.#entries.keys()]) {
      if (key.startsWith(prefix)) this.#entries.delete(key);
    }
  }
}
