/** Dependency injection: tokens, lifetimes, and a scope per request. */

export type Lifetime = "singleton" | "scoped";

export interface Token<T> {
  readonly id: symbol;
  readonly label: string;
  readonly __type?: T;
}

export const token = <T>(label: string): Token<T> => ({ id: Symbol(label), label });

export interface Resolver {
  get<T>(t: Token<T>): T;
}

interface Provider<T> {
  lifetime: Lifetime;
  create: (r: Resolver) => T;
  dispose?: (value: T) => void;
}

export class Container {
  #providers = new Map<symbol, Provider<unknown>>();
  #singletons = new Map<symbol, unknown>();

  singleton<T>(t: Token<T>, create: (r: Resolver) => T) {
    this.#providers.set(t.id, { lifetime: "singleton", create });
    return this;
  }

  scoped<T>(t: Token<T>, create: (r: Resolver) => T, dispose?: (value: T) => void) {
    this.#providers.set(t.id, { lifetime: "scoped", create, dispose } as Provider<unknown>);
    return this;
  }

  provider<T>(t: Token<T>): Provider<T> {
    const p = this.#providers.get(t.id);
    if (!p) throw new Error(`no provider for ${t.label}`);
    return p as Provider<T>;
  }

  shared<T>(t: Token<T>, p: Provider<T>): T {
    if (!this.#singletons.has(t.id)) this.#singletons.set(t.id, p.create(this.root));
    return this.#singletons.get(t.id) as T;
  }

  /** Singletons resolve their own dependencies here, never from a request's scope. */
  readonly root: Resolver = {
    get: <T>(t: Token<T>): T => {
      const p = this.provider(t);
      if (p.lifetime === "scoped") {
        throw new Error(`${t.label} is scoped; a singleton cannot use it`);
      }
      return this.shared(t, p);
    },
  };

  scope(): RequestScope {
    return new RequestScope(this);
  }
}

export class RequestScope implements Resolver {
  #container: Container;
  #values = new Map<symbol, unknown>();
  #cleanup: (() => void)[] = [];

  constructor(container: Container) {
    this.#container = container;
  }

  get<T>(t: Token<T>): T {
    const p = this.#container.provider(t);
    if (p.lifetime === "singleton") return this.#container.shared(t, p);
    if (!this.#values.has(t.id)) {
      const value = p.create(this);
      this.#values.set(t.id, value);
      if (p.dispose) this.#cleanup.push(() => p.dispose!(value));
    }
    return this.#values.get(t.id) as T;
  }

  [Symbol.dispose]() {
    for (const fn of this.#cleanup.splice(0).reverse()) fn();
    this.#values.clear();
  }
}
