type Factory<T> = (c: Container) => T;
type Lifetime = "value" | "singleton" | "scoped";

interface Registration {
  lifetime: Lifetime;
  factory: Factory<unknown>;
}

/**
 * A service container with scopes: a scope sees everything registered on its parents and may
 * register its own services, which only it (and its own scopes) can see.
 */
export class Container {
  readonly #own = new Map<string, Registration>();
  readonly #instances = new Map<string, unknown>();
  readonly #cleanups: (() => void)[] = [];

  constructor(private readonly parent?: Container) {}

  value<T>(key: string, value: T): this {
    this.#own.set(key, { lifetime: "value", factory: () => value });
    return this;
  }

  singleton<T>(key: string, factory: Factory<T>): this {
    this.#own.set(key, { lifetime: "singleton", factory });
    return this;
  }

  scoped<T>(key: string, factory: Factory<T>): this {
    this.#own.set(key, { lifetime: "scoped", factory });
    return this;
  }

  #lookup(key: string): { reg: Registration; owner: Container } | undefined {
    const reg = this.#own.get(key);
    if (reg) return { reg, owner: this };
    return this.parent ? this.parent.#lookup(key) : undefined;
  }

  get<T>(key: string): T {
    const found = this.#lookup(key);
    if (!found) throw new Error(`no service registered as ${key}`);
    const { reg, owner } = found;
    if (reg.lifetime === "value") return reg.factory(this) as T;
    const cache = reg.lifetime === "singleton" ? owner : this;
    if (!cache.#instances.has(key)) cache.#instances.set(key, reg.factory(this));
    return cache.#instances.get(key) as T;
  }

  onDispose(fn: () => void): void {
    this.#cleanups.push(fn);
  }

  createScope(): Container {
    return new Container(this);
  }

  dispose(): void {
    for (const fn of this.#cleanups.splice(0).reverse()) fn();
    this.#instances.clear();
    this.#own.clear();
  }
}
