// A small dependency-injection container: registrations with a lifetime, one root that owns
// the singletons, and a scope per request that owns its scoped instances and disposes them.

export const Lifetime = Object.freeze({
  Singleton: "singleton",
  Scoped: "scoped",
  Transient: "transient",
});

export class Container {
  #registrations = new Map();
  #singletons = new Map();

  register(token, factory, lifetime = Lifetime.Transient) {
    if (this.#registrations.has(token)) throw new Error(`${token} is already registered`);
    this.#registrations.set(token, { factory, lifetime });
    return this;
  }

  registration(token) {
    const registration = this.#registrations.get(token);
    if (!registration) throw new Error(`nothing registered for ${token}`);
    return registration;
  }

  /** The one instance of a singleton, built on first use with the resolver that asked for it. */
  singleton(token, resolver) {
    if (!this.#singletons.has(token)) {
      this.#singletons.set(token, this.registration(token).factory(resolver));
    }
    return this.#singletons.get(token);
  }

  createScope() {
    return new Scope(this);
  }

  get size() {
    return { registrations: this.#registrations.size, singletons: this.#singletons.size };
  }
}

export class Scope {
  #root;
  #instances = new Map();
  #disposables = [];
  #disposed = false;

  constructor(root) {
    this.#root = root;
  }

  resolve(token) {
    if (this.#disposed) throw new Error(`scope disposed; cannot resolve ${token}`);
    const { factory, lifetime } = this.#root.registration(token);
    switch (lifetime) {
      case Lifetime.Singleton:
        return this.#root.singleton(token, this);
      case Lifetime.Scoped: {
        if (!this.#instances.has(token)) {
          const instance = factory(this);
          this.#instances.set(token, instance);
          if (typeof instance.dispose === "function") this.#disposables.push(instance);
        }
        return this.#instances.get(token);
      }
      default:
        return factory(this);
    }
  }

  async dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const instance of this.#disposables.reverse()) await instance.dispose();
    this.#disposables.length = 0;
    this.#instances.clear();
  }
}
