"use strict";
// Dependency injection: singletons are built from the root (a scoped service cannot be
// captured by one), each request gets a scope that disposes what it created.

class Container {
  #registrations = new Map();
  #singletons = new Map();
  #root = new Scope(this, true);

  register(token, lifetime, factory) {
    this.#registrations.set(token, { factory, lifetime });
    return this;
  }

  registration(token) {
    const r = this.#registrations.get(token);
    if (!r) throw new Error(`nothing registered for ${token}`);
    return r;
  }

  resolveSingleton(token) {
    if (!this.#singletons.has(token)) {
      this.#singletons.set(token, this.registration(token).factory(this.#root));
    }
    return this.#singletons.get(token);
  }

  createScope() {
    return new Scope(this, false);
  }
}

class Scope {
  #container;
  #isRoot;
  #instances = new Map();

  constructor(container, isRoot) {
    this.#container = container;
    this.#isRoot = isRoot;
  }

  resolve(token) {
    const { factory, lifetime } = this.#container.registration(token);
    if (lifetime === "singleton") return this.#container.resolveSingleton(token);
    if (lifetime === "transient") return factory(this);
    if (this.#isRoot) throw new Error(`scoped ${token} resolved from a singleton`);
    if (!this.#instances.has(token)) this.#instances.set(token, factory(this));
    return this.#instances.get(token);
  }

  dispose() {
    for (const instance of [...this.#instances.values()].reverse()) {
      if (typeof instance.dispose === "function") instance.dispose();
    }
    this.#instances.clear();
  }
}

module.exports = { Container };
