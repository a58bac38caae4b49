/**
 * singleflight: collapse concurrent calls for the same key into one.
 * Port of golang.org/x/sync/singleflight, trimmed to what we use.
 */
export class Group {
  #calls = new Map();

  /** Runs fn once for key; callers arriving while it runs share its promise. */
  do(key, fn) {
    const existing = this.#calls.get(key);
    if (existing) {
      existing.dups++;
      return existing.promise;
    }
    const call = { key, dups: 0, startedAt: Date.now(), promise: null };
    const promise = Promise.resolve().then(fn).finally(() => {
      // forget() may have put a newer call under this key meanwhile
      if (this.#calls.get(key) === promise) this.#calls.delete(key);
    });
    call.promise = promise;
    this.#calls.set(key, call);
    return promise;
  }

  /** Next do() for key starts a fresh call instead of joining the running one. */
  forget(key) {
    this.#calls.delete(key);
  }

  stats() {
    let dups = 0;
    for (const c of this.#calls.values()) dups += c.dups;
    return { running: this.#calls.size, dups };
  }
}
