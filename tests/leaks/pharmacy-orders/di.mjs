/**
 * Dependency injection with three lifetimes: singleton (one per container tree), scoped (one per
 * scope, e.g. per request) and transient (a new one on every resolve).
 */

export const Lifetime = Object.freeze({
  Singleton: "singleton",
  Scoped: "scoped",
  Transient: "transient",
});

const tokenName = (token) => typeof token === "symbol" ? token.description : String(token);

export class Container {
  #parent;
  #registrations = new Map();
  #instances = new Map();
  #disposed = false;

  constructor(parent = null, name = "root") {
    this.#parent = parent;
    this.name = name;
  }

  register(token, factory, lifetime = Lifetime.Transient) {
    this.#registrations.set(token, { token, factory, lifetime, owner: this });
    return this;
  }

  /** A value known only inside this scope (the request, the signed-in user, …). */
  provide(token, value) {
    return this.register(token, () => value, Lifetime.Scoped);
  }

  createScope(name) {
    if (this.#disposed) throw new Error(`container ${this.name} is disposed`);
    return new Container(this, name);
  }

  #lookup(token) {
    return this.#registrations.get(token) ?? this.#parent?.#lookup(token);
  }

  #registration(token) {
    const reg = this.#lookup(token);
    if (!reg) throw new Error(`nothing registered for ${tokenName(token)}`);
    return reg;
  }

  resolve(token) {
    const reg = this.#registration(token);
    if (reg.lifetime === Lifetime.Transient) return reg.factory(this);
    if (reg.lifetime === Lifetime.Scoped && this.#parent === null) {
      throw new Error(`${tokenName(token)} is scoped; resolve it from a scope`);
    }
    const key = reg.lifetime === Lifetime.Scoped
      ? `${this.name}:${tokenName(token)}`
      : tokenName(token);
    const cache = reg.owner.#instances;
    if (cache.has(key)) return cache.get(key);
    const instance = reg.factory(this);
    cache.set(key, instance);
    return instance;
  }

  async dispose() {
    this.#disposed = true;
    for (const [key, instance] of [...this.#instances].reverse()) {
      this.#instances.delete(key);
      if (typeof instance?.dispose === "function") await instance.dispose();
    }
  }
}
