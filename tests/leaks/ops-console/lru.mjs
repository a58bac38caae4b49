// Segmented LRU: probation and protected tiers, each with its own cap.
export class SegmentedLru {
  #probation = new Map();
  #protected = new Map();

  constructor(capacity) {
    this.protectedCap = Math.ceil(capacity * 0.8);
    this.probationCap = capacity - this.protectedCap;
  }

  get(key) {
    if (this.#protected.has(key)) {
      const value = this.#protected.get(key);
      this.#protected.delete(key);
      this.#protected.set(key, value);
      return value;
    }
    if (!this.#probation.has(key)) return undefined;
    const value = this.#probation.get(key);
    this.#probation.delete(key);
    this.#protected.set(key, value);
    if (this.#protected.size > this.protectedCap) {
      // demote the least recently used protected entry back to probation
      const [oldKey, oldValue] = this.#protected.entries().next().value;
      this.#protected.delete(oldKey);
      this.#insertProbation(oldKey, oldValue);
    }
    return value;
  }

  set(key, value) {
    if (this.#protected.has(key)) this.#protected.set(key, value);
    else this.#insertProbation(key, value);
  }

  #insertProbation(key, value) {
    this.#probation.delete(key);
    this.#probation.set(key, value);
    while (this.#probation.size > this.probationCap) {
      this.#probation.delete(this.#probation.keys().next().value);
    }
  }

  get size() {
    return this.#probation.size + this.#protected.size;
  }
}
