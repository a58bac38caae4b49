// An in-process mediator (MediatR style): one handler per request type, and pipeline
// behaviours that wrap every send() in the order they were added.

export class ValidationError extends Error {}
export class NotFoundError extends Error {}

export class Mediator {
  #handlers = new Map();
  #behaviors = [];

  register(RequestType, handler) {
    this.#handlers.set(RequestType, handler);
    return this;
  }

  use(behavior) {
    this.#behaviors.push(behavior);
    return this;
  }

  send(request) {
    const handler = this.#handlers.get(request.constructor);
    if (!handler) return Promise.reject(new Error(`no handler for ${request.constructor.name}`));
    const invoke = (i) =>
      i === this.#behaviors.length
        ? Promise.resolve().then(() => handler.handle(request))
        : this.#behaviors[i].handle(request, () => invoke(i + 1));
    return invoke(0);
  }
}

/** Keeps the last `capacity` request outcomes for /diagnostics. */
export class LoggingBehavior {
  constructor(capacity = 50) {
    this.capacity = capacity;
    this.recent = [];
  }

  async handle(request, next) {
    const started = performance.now();
    let outcome = "ok";
    try {
      return await next();
    } catch (err) {
      outcome = err.constructor.name;
      throw err;
    } finally {
      this.recent.push({
        type: request.constructor.name,
        correlationId: request.correlationId,
        outcome,
        ms: Math.round((performance.now() - started) * 100) / 100,
      });
      if (this.recent.length > this.capacity) this.recent.shift();
    }
  }
}

export class ValidationBehavior {
  handle(request, next) {
    const problems = typeof request.validate === "function" ? request.validate() : [];
    if (problems.length) return Promise.reject(new ValidationError(problems.join("; ")));
    return next();
  }
}

/**
 * Concurrent identical queries share one trip to the customs authority: the first caller's
 * promise is kept under the query's key until it settles.
 */
export class DeduplicationBehavior {
  constructor() {
    this.inflight = new Map();
    this.shared = 0;
  }

  handle(request, next) {
    if (typeof request.dedupeKey !== "function") return next();
    const key = request.dedupeKey();
    const existing = this.inflight.get(key);
    if (existing) {
      this.shared++;
      return existing;
    }
    const pending = next().then((result) => {
      this.inflight.delete(key);
      return result;
    });
    this.inflight.set(key, pending);
    return pending;
  }
}
