/** Search results by query, thrown away wholesale when the index moves on. */
export class QueryCache {
  #max;
  #generation = -1;
  #results = new Map();

  constructor(max) {
    this.#max = max;
  }

  get(key, generation) {
    if (generation !== this.#generation) {
      this.#results.clear();
      this.#generation = generation;
      return undefined;
    }
    return this.#results.get(key);
  }

  set(key, generation, value) {
    if (generation !== this.#generation) {
      this.#results.clear();
      this.#generation = generation;
    }
    this.#results.set(key, value);
    if (this.#results.size > this.#max) {
      this.#results.delete(this.#results.keys().next().value);
    }
  }

  get size() {
    return this.#results.size;
  }
}
