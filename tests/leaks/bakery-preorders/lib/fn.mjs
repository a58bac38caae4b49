/** Small function helpers the shop backend uses. */

/** Caches fn per string key, keeping the `max` most recently used results. */
export function lruMemo(fn, { max = 50, key = (x) => String(x) } = {}) {
  const cache = new Map();
  const wrapped = (...args) => {
    const k = key(...args);
    if (cache.has(k)) {
      const v = cache.get(k);
      cache.delete(k);
      cache.set(k, v);
      return v;
    }
    const v = fn(...args);
    cache.set(k, v);
    if (cache.size > max) cache.delete(cache.keys().next().value);
    return v;
  };
  wrapped.clear = () => cache.clear();
  return wrapped;
}

/**
 * debounceBy(fn, wait): calls for the same key within `wait` ms collapse into one call with
 * the latest arguments. flush(key) runs a pending call now, cancel(key) drops it.
 */
export function debounceBy(fn, wait) {
  const pending = new Map();
  const fire = (key) => {
    const p = pending.get(key);
    if (!p) return;
    pending.delete(key);
    clearTimeout(p.timer);
    fn(key, ...p.args);
  };
  const call = (key, ...args) => {
    const p = pending.get(key);
    if (p) clearTimeout(p.timer);
    pending.set(key, { args, timer: setTimeout(() => fire(key), wait) });
  };
  call.flush = fire;
  call.cancel = (key) => {
    const p = pending.get(key);
    if (p) clearTimeout(p.timer);
    pending.delete(key);
  };
  Object.defineProperty(call, "pending", { get: () => pending.size });
  return call;
}

/** Remembers results per key for `ttlMs` (request replays); a sweep drops the old ones. */
export function replayCache(ttlMs) {
  const entries = new Map();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [k, e] of entries) if (e.expires <= now) entries.delete(k);
  }, Math.min(ttlMs, 100));
  sweep.unref();
  return {
    get: (k) => {
      const e = entries.get(k);
      return e && e.expires > Date.now() ? e.value : undefined;
    },
    set: (k, value) => void entries.set(k, { value, expires: Date.now() + ttlMs }),
    get size() {
      return entries.size;
    },
  };
}
