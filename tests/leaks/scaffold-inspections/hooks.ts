/** Named hooks; on() hands back the function that takes the listener off again. */
export class Hooks<E extends Record<string, unknown>> {
  #listeners = new Map<keyof E, Set<(payload: never) => void>>();

  on<K extends keyof E>(name: K, fn: (payload: E[K]) => void): () => void {
    let set = this.#listeners.get(name);
    if (!set) this.#listeners.set(name, set = new Set());
    set.add(fn);
    return () => {
      set.delete(fn);
    };
  }

  emit<K extends keyof E>(name: K, payload: E[K]) {
    for (const fn of this.#listeners.get(name) ?? []) (fn as (p: E[K]) => void)(payload);
  }

  count(name: keyof E) {
    return this.#listeners.get(name)?.size ?? 0;
  }
}
