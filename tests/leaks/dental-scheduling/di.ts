export type Token<T> = string & { __type?: T };
export const token = <T>(name: string) => name as Token<T>;

type Lifetime = "value" | "singleton" | "scoped" | "transient";

interface Binding<T = unknown> {
  token: Token<T>;
  lifetime: Lifetime;
  factory: (c: Container) => T;
}

/**
 * The service container. Several bindings may share a token (rules, hooks): get() gives the
 * latest, getAll() every one of them in order.
 */
export class Container {
  readonly #bindings: Map<string, Binding[]>;
  readonly #instances = new Map<Binding, unknown>();
  readonly #parent?: Container;
  #disposers: (() => void)[] = [];

  constructor(parent?: Container) {
    this.#parent = parent;
    this.#bindings = parent ? parent.#bindings : new Map();
  }

  bind<T>(token: Token<T>) {
    const add = (lifetime: Lifetime, factory: (c: Container) => T) => {
      const binding: Binding<T> = { token, lifetime, factory };
      if (!this.#bindings.has(token)) this.#bindings.set(token, []);
      this.#bindings.get(token)!.push(binding as Binding);
      return this;
    };
    return {
      toValue: (value: T) => add("value", () => value),
      toSingleton: (factory: (c: Container) => T) => add("singleton", factory),
      toScoped: (factory: (c: Container) => T) => add("scoped", factory),
      toTransient: (factory: (c: Container) => T) => add("transient", factory),
    };
  }

  get<T>(token: Token<T>): T {
    const list = this.#bindings.get(token);
    if (!list?.length) throw new Error(`nothing bound to ${token}`);
    return this.#resolve(list[list.length - 1]) as T;
  }

  getAll<T>(token: Token<T>): T[] {
    return (this.#bindings.get(token) ?? []).map((b) => this.#resolve(b) as T);
  }

  #resolve(binding: Binding): unknown {
    if (binding.lifetime === "value" || binding.lifetime === "transient") {
      return binding.factory(this);
    }
    const owner = binding.lifetime === "singleton" ? this.#root() : this;
    if (!owner.#instances.has(binding)) owner.#instances.set(binding, binding.factory(this));
    return owner.#instances.get(binding);
  }

  #root(): Container {
    return this.#parent ? this.#parent.#root() : this;
  }

  onDispose(fn: () => void) {
    this.#disposers.push(fn);
  }

  createScope(): Container {
    return new Container(this);
  }

  dispose() {
    for (const fn of this.#disposers.splice(0)) fn();
    this.#instances.clear();
  }
}
