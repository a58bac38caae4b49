/** A small dependency-injection container: tokens, lifetimes and per-request scopes. */

export type Lifetime = "singleton" | "scoped" | "transient";

export interface Token<T> {
  readonly key: symbol;
  readonly description: string;
  /** Never set; carries T for the type checker. */
  readonly __type?: T;
}

export function token<T>(description: string): Token<T> {
  return { key: Symbol(description), description };
}

export interface Resolver {
  resolve<T>(t: Token<T>): T;
}

export interface RegistrationOptions<T> {
  lifetime?: Lifetime;
  /** Called when the scope (or container) that created the instance is disposed. */
  dispose?: (instance: T) => void | Promise<void>;
}

interface Registration<T> {
  token: Token<T>;
  factory: (r: Resolver) => T;
  lifetime: Lifetime;
  dispose?: (instance: T) => void | Promise<void>;
}

export class ResolutionError extends Error {}

export class Container {
  #registrations = new Map<symbol, Registration<unknown>>();
  #singletons = new Map<symbol, unknown>();
  #resolving = new Set<symbol>();

  register<T>(t: Token<T>, factory: (r: Resolver) => T, options: RegistrationOptions<T> = {}) {
    if (this.#registrations.has(t.key)) {
      throw new ResolutionError(`${t.description} is already registered`);
    }
    this.#registrations.set(t.key, {
      token: t,
      factory,
      lifetime: options.lifetime ?? "singleton",
      dispose: options.dispose,
    } as Registration<unknown>);
    return this;
  }

  registration<T>(t: Token<T>): Registration<T> {
    const reg = this.#registrations.get(t.key);
    if (!reg) throw new ResolutionError(`nothing registered for ${t.description}`);
    return reg as Registration<T>;
  }

  singleton<T>(reg: Registration<T>, via: Resolver): T {
    if (this.#singletons.has(reg.token.key)) return this.#singletons.get(reg.token.key) as T;
    const instance = this.#construct(reg, via);
    this.#singletons.set(reg.token.key, instance);
    return instance;
  }

  createScope(): Scope {
    return new Scope(this);
  }

  /** Guards against factories that (indirectly) resolve themselves. */
  construct<T>(reg: Registration<T>, via: Resolver): T {
    return this.#construct(reg, via);
  }

  #construct<T>(reg: Registration<T>, via: Resolver): T {
    const key = reg.token.key;
    if (this.#resolving.has(key)) {
      throw new ResolutionError(`circular dependency on ${reg.token.description}`);
    }
    this.#resolving.add(key);
    try {
      return reg.factory(via);
    } finally {
      this.#resolving.delete(key);
    }
  }

  get size() {
    return { registrations: this.#registrations.size, singletons: this.#singletons.size };
  }
}

export class Scope implements Resolver {
  #container: Container;
  #instances = new Map<symbol, unknown>();
  #disposers: (() => void | Promise<void>)[] = [];
  #disposed = false;

  constructor(container: Container) {
    this.#container = container;
  }

  resolve<T>(t: Token<T>): T {
    if (this.#disposed) throw new ResolutionError(`scope disposed (resolving ${t.description})`);
    const reg = this.#container.registration(t);
    switch (reg.lifetime) {
      case "singleton":
        return this.#container.singleton(reg, this);
      case "transient":
        return this.#container.construct(reg, this);
      case "scoped": {
        if (this.#instances.has(t.key)) return this.#instances.get(t.key) as T;
        const instance = this.#container.construct(reg, this);
        this.#instances.set(t.key, instance);
        const dispose = reg.dispose;
        if (dispose) this.#disposers.push(() => dispose(instance));
        return instance;
      }
    }
  }

  async dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    // reverse order of creation, like a stack of using-blocks
    for (const d of this.#disposers.reverse()) await d();
    this.#disposers = [];
    this.#instances.clear();
  }
}
