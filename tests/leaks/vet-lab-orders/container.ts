/**
 * A small dependency-injection container: services are registered once, as singletons (one for
 * the process) or scoped (one per scope: a request, or a unit of work inside it).
 */

export type Token<T> = symbol & { readonly __type?: T };

export function token<T>(description: string): Token<T> {
  return Symbol(description) as Token<T>;
}

type Factory<T> = (scope: Scope) => T;

interface Registration<T> {
  lifetime: "singleton" | "scoped";
  factory: Factory<T>;
  dispose?: (value: T) => void | Promise<void>;
}

export class Registry {
  #registrations = new Map<symbol, Registration<unknown>>();

  singleton<T>(t: Token<T>, factory: Factory<T>): this {
    this.#registrations.set(t, { lifetime: "singleton", factory } as Registration<unknown>);
    return this;
  }

  scoped<T>(t: Token<T>, factory: Factory<T>, dispose?: (value: T) => void | Promise<void>): this {
    this.#registrations.set(t, { lifetime: "scoped", factory, dispose } as Registration<unknown>);
    return this;
  }

  lookup<T>(t: Token<T>): Registration<T> {
    const reg = this.#registrations.get(t);
    if (!reg) throw new Error(`nothing registered for ${t.description}`);
    return reg as Registration<T>;
  }
}

export class Scope {
  readonly label: string;
  readonly #registry: Registry;
  readonly #parent: Scope | null;
  readonly #root: Scope;
  readonly #instances = new Map<symbol, unknown>();
  readonly #disposers: (() => void | Promise<void>)[] = [];
  /** Scopes opened under this root and not yet disposed (shown on /stats). */
  readonly #open = new Set<Scope>();
  #disposed = false;

  constructor(registry: Registry, parent: Scope | null = null, label = "root") {
    this.#registry = registry;
    this.#parent = parent;
    this.#root = parent ? parent.#root : this;
    this.label = label;
  }

  createChild(label: string): Scope {
    if (this.#disposed) throw new Error(`scope ${this.label} is disposed`);
    const child = new Scope(this.#registry, this, label);
    this.#root.#open.add(child);
    return child;
  }

  /** Puts a value into this scope directly (the request context, the signed-in user). */
  provide<T>(t: Token<T>, value: T): void {
    this.#instances.set(t, value);
  }

  resolve<T>(t: Token<T>): T {
    if (this.#instances.has(t)) return this.#instances.get(t) as T;
    if (this.#parent && !this.#registryHas(t)) return this.#parent.resolve(t);
    const reg = this.#registry.lookup(t);
    if (reg.lifetime === "singleton" && this !== this.#root) return this.#root.resolve(t);
    const value = reg.factory(this);
    this.#instances.set(t, value);
    if (reg.dispose) this.#disposers.push(() => reg.dispose!(value));
    return value;
  }

  #registryHas(t: symbol): boolean {
    try {
      this.#registry.lookup(t);
      return true;
    } catch {
      return false;
    }
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const dispose of this.#disposers.reverse()) await dispose();
    this.#disposers.length = 0;
    if (this.#parent) this.#parent.#open.delete(this);
  }

  get openScopes(): number {
    return this.#root.#open.size;
  }
}
