/** A tiny dependency-injection container: tokens, factories, singleton or transient lifetimes. */

export interface Disposable {
  dispose(): void;
}

type Lifetime = "singleton" | "transient";

interface Registration {
  factory: (c: Container) => unknown;
  lifetime: Lifetime;
  instance?: unknown;
}

function isDisposable(value: unknown): value is Disposable {
  return typeof (value as Disposable | null)?.dispose === "function";
}

export class Container {
  #registrations = new Map<string, Registration>();
  // Everything the container created that needs cleaning up, disposed on shutdown.
  #disposables: Disposable[] = [];

  register<T>(token: string, factory: (c: Container) => T, lifetime: Lifetime = "transient") {
    this.#registrations.set(token, { factory, lifetime });
    return this;
  }

  resolve<T>(token: string): T {
    const reg = this.#registrations.get(token);
    if (!reg) throw new Error(`nothing registered for ${token}`);
    if (reg.lifetime === "singleton" && reg.instance !== undefined) return reg.instance as T;
    const instance = reg.factory(this);
    if (isDisposable(instance)) this.#disposables.push(instance);
    if (reg.lifetime === "singleton") reg.instance = instance;
    return instance as T;
  }

  dispose() {
    for (const d of this.#disposables.splice(0).reverse()) d.dispose();
  }
}
