/** Request-scoped services: each scope builds its own instances and disposes them with itself. */

export type Key<T> = string & { readonly __service?: T };
type Provider<T> = (scope: RequestScope) => T;

const providers = new Map<string, Provider<unknown>>();

export function provide<T>(key: Key<T>, provider: Provider<T>): void {
  providers.set(key, provider);
}

export class RequestScope {
  readonly #instances = new Map<string, unknown>();
  readonly #cleanups: (() => void)[] = [];
  readonly #children = new Set<RequestScope>();
  #parent: RequestScope | null;
  #closed = false;

  constructor(parent: RequestScope | null = null, readonly values: Record<string, unknown> = {}) {
    this.#parent = parent;
    if (parent) parent.#children.add(this);
  }

  get<T>(key: Key<T>): T {
    if (this.#instances.has(key)) return this.#instances.get(key) as T;
    const provider = providers.get(key);
    if (!provider) throw new Error(`no provider for ${key}`);
    const value = provider(this) as T;
    this.#instances.set(key, value);
    return value;
  }

  value<T>(name: string): T {
    if (name in this.values) return this.values[name] as T;
    if (this.#parent) return this.#parent.value<T>(name);
    throw new Error(`no value ${name} in scope`);
  }

  onClose(fn: () => void): void {
    this.#cleanups.push(fn);
  }

  fork(values: Record<string, unknown> = {}): RequestScope {
    return new RequestScope(this, values);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const child of [...this.#children]) child.close();
    for (const fn of this.#cleanups.splice(0).reverse()) fn();
    this.#instances.clear();
    const parent = this.#parent;
    if (parent) parent.#children.delete(this);
    this.#parent = null;
  }

  get childCount(): number {
    return this.#children.size;
  }
}
