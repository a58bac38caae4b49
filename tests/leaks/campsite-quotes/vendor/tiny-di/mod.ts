// tiny-di: a DI container with singleton, scoped and transient lifetimes. A singleton can be
// replaced at run time (a tariff reload); what was built on the old one is disposed with it.

export type Lifetime = "singleton" | "scoped" | "transient";

export type Token<T> = { readonly key: symbol; readonly name: string; readonly type?: T };

export function token<T>(name: string): Token<T> {
  return { key: Symbol(name), name };
}

export type Resolver = { get<T>(token: Token<T>): T };

type Factory<T> = (r: Resolver) => T;

interface Registration {
  name: string;
  lifetime: Lifetime;
  factory: Factory<unknown>;
  instance?: unknown;
  /** Instances built from this singleton, disposed when it is replaced. */
  dependents: Set<unknown>;
}

function dispose(value: unknown) {
  const d = value as Partial<Disposable> | undefined;
  if (typeof d?.[Symbol.dispose] === "function") d[Symbol.dispose]!();
}

export class Container implements Resolver {
  #registrations = new Map<symbol, Registration>();

  register<T>(token: Token<T>, lifetime: Lifetime, factory: Factory<T>): this {
    const reg = { name: token.name, lifetime, factory, dependents: new Set() };
    this.#registrations.set(token.key, reg);
    return this;
  }

  registration(token: Token<unknown>): Registration {
    const reg = this.#registrations.get(token.key);
    if (!reg) throw new Error(`tiny-di: nothing registered for ${token.name}`);
    return reg;
  }

  get<T>(token: Token<T>): T {
    const reg = this.registration(token);
    if (reg.lifetime !== "singleton") {
      throw new Error(`tiny-di: ${reg.name} is ${reg.lifetime}; resolve it from a scope`);
    }
    reg.instance ??= reg.factory(this);
    return reg.instance as T;
  }

  /** Swaps a singleton's factory and disposes what was built on the old instance. */
  replace<T>(token: Token<T>, factory: Factory<T>) {
    const reg = this.registration(token);
    for (const dependent of reg.dependents) dispose(dependent);
    reg.dependents.clear();
    dispose(reg.instance);
    reg.instance = undefined;
    reg.factory = factory;
  }

  createScope(): Scope {
    return new Scope(this);
  }
}

export class Scope implements Resolver, Disposable {
  #instances = new Map<symbol, unknown>();
  /** Singleton registrations this scope's instances were recorded on, to unlink on dispose. */
  #links: [Registration, unknown][] = [];

  constructor(private readonly root: Container) {}

  /** Supplies a scoped value made outside the container (the request, the user). */
  provide<T>(token: Token<T>, value: T): this {
    this.#instances.set(token.key, value);
    return this;
  }

  get<T>(token: Token<T>): T {
    const reg = this.root.registration(token);
    if (reg.lifetime === "singleton") return this.root.get(token);
    if (reg.lifetime === "scoped" && this.#instances.has(token.key)) {
      return this.#instances.get(token.key) as T;
    }
    // Build through a resolver that notes which singletons the new instance depends on.
    const singletons: Registration[] = [];
    const tracking: Resolver = {
      get: <D>(dep: Token<D>): D => {
        const depReg = this.root.registration(dep);
        if (depReg.lifetime === "singleton") singletons.push(depReg);
        return this.get(dep);
      },
    };
    const instance = reg.factory(tracking) as T;
    for (const depReg of singletons) {
      depReg.dependents.add(instance);
      this.#links.push([depReg, instance]);
    }
    if (reg.lifetime === "scoped") this.#instances.set(token.key, instance);
    return instance;
  }

  [Symbol.dispose]() {
    for (const instance of [...this.#instances.values()].reverse()) dispose(instance);
    for (const [reg, instance] of this.#links) reg.dependents.delete(instance);
    this.#links = [];
    this.#instances.clear();
  }
}
