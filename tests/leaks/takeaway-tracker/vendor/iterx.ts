/**
 * iterx: small helpers for async iterables (copied from the app team's shared utils package,
 * v0.3.1).
 *
 *   for await (const view of map(source, toView)) { … }
 */

export function map<T, U>(
  source: AsyncIterable<T>,
  fn: (value: T) => U,
): AsyncIterableIterator<U> {
  const it = source[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<U>> {
      const r = await it.next();
      if (r.done) return { done: true, value: undefined };
      return { done: false, value: fn(r.value) };
    },
  };
}

export function filter<T>(
  source: AsyncIterable<T>,
  keep: (value: T) => boolean,
): AsyncIterableIterator<T> {
  const it = source[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<T>> {
      while (true) {
        const r = await it.next();
        if (r.done || keep(r.value)) return r;
      }
    },
  };
}
