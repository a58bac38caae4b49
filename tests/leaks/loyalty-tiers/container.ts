// Dependency injection with lifetimes. A scope disposes the scoped instances it created;
// singletons live as long as the container; transients belong to whoever resolved them.

export type Lifetime = "singleton" | "scoped" | "transient";
type Factory<T> = (scope: Scope) => T;
interface Disposable {
  dispose(): void;
}

export class Container {
  readonly #registrations = new Map<string, { factory: Factory<unknown>; lifetime: Lifetime }>();
  readonly #singletons = new Map<string, unknown>();

  register<T>(token: string, lifetime: Lifetime, factory: Factory<T>): this {
    this.#registrations.set(token, { factory, lifetime });
    return this;
  }

  lookup(token: string) {
    const registration = this.#registrations.get(token);
    if (!registration) throw new Error(`no registration for ${token}`);
    return registration;
  }

  singleton<T>(token: string): T {
    if (!this.#singletons.has(token)) {
      // Singletons are built from a root scope so they never capture a request's instances.
      this.#singletons.set(token, this.lookup(token).factory(new Scope(this, true)));
    }
    return this.#singletons.get(token) as T;
  }

  createScope(): Scope {
    return new Scope(this, false);
  }
}

export class Scope {
  readonly #instances = new Map<string, unknown>();
  readonly #disposables: Disposable[] = [];

  constructor(private readonly container: Container, private readonly isRoot: boolean) {}

  resolve<T>(token: string): T {
    const { factory, lifetime } = this.container.lookup(token);
    if (lifetime === "singleton") return this.container.singleton<T>(token);
    if (lifetime === "transient") return factory(this) as T;
    if (this.isRoot) throw new Error(`${token} is scoped and cannot be resolved from the root`);
    if (!this.#instances.has(token)) {
      const instance = factory(this);
      this.#instances.set(token, instance);
      if (typeof (instance as Partial<Disposable>).dispose === "function") {
        this.#disposables.push(instance as Disposable);
      }
    }
    return this.#instances.get(token) as T;
  }

  dispose(): void {
    for (const d of this.#disposables.splice(0).reverse()) d.dispose();
    this.#instances.clear();
  }
}
