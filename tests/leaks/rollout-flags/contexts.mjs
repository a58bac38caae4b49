import { LRU } from "./vendor/lru/index.mjs";
import { evaluate } from "./evaluate.mjs";

/**
 * A user's evaluation context: their attributes and the variants evaluated for them so far.
 * Evaluations stay valid until the flag they came from changes.
 */
export class UserContext {
  #evaluations = new Map();

  constructor(attributes, store) {
    this.attributes = attributes;
    this.store = store;
    this.createdAt = Date.now();
    this.hits = 0;
    store.subscribe(this.onFlagsChanged.bind(this));
  }

  onFlagsChanged(flagKey) {
    this.#evaluations.delete(flagKey);
  }

  variant(flagKey) {
    this.hits++;
    let result = this.#evaluations.get(flagKey);
    if (!result) {
      const flag = this.store.get(flagKey);
      if (!flag) return null;
      result = evaluate(flag, this.attributes);
      this.#evaluations.set(flagKey, result);
    }
    return result;
  }

  all() {
    return Object.fromEntries(this.store.all().map((f) => [f.key, this.variant(f.key)]));
  }

  dispose() {
    this.store.unsubscribe(this.onFlagsChanged.bind(this));
    this.#evaluations.clear();
  }
}

export function createContextCache(store, max) {
  const cache = new LRU({ max, onEvict: (_id, ctx) => ctx.dispose() });
  return {
    forUser(attributes) {
      let ctx = cache.get(attributes.id);
      if (!ctx) {
        ctx = new UserContext(attributes, store);
        cache.set(attributes.id, ctx);
      }
      return ctx;
    },
    get size() {
      return cache.size;
    },
  };
}
