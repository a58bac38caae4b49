/**
 * A scalable Bloom filter: a list of fixed-size layers, a new one added when the current one
 * has taken its capacity, so the false-positive rate stays put as the set grows. No false
 * negatives: "no" means never seen.
 */
interface Layer {
  bits: Uint8Array;
  capacity: number;
  count: number;
  seeds: number[];
  createdAt: number;
}

const BITS_PER_ITEM = 20;
const HASHES = 7;

function fnv1a(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class ScalableBloom {
  #layers: Layer[] = [];
  #added = 0;

  constructor(readonly layerCapacity = 64) {
    this.#layers.push(this.#newLayer());
  }

  #newLayer(): Layer {
    const seeds = Array.from(
      { length: HASHES },
      (_, k) => (k + 1) * 0x9e3779b1 + this.#layers.length,
    );
    return {
      bits: new Uint8Array(Math.ceil((this.layerCapacity * BITS_PER_ITEM) / 8)),
      capacity: this.layerCapacity,
      count: 0,
      seeds,
      createdAt: Date.now(),
    };
  }

  #positions(layer: Layer, key: string): number[] {
    const size = layer.bits.length * 8;
    return layer.seeds.map((seed) => fnv1a(key, seed) % size);
  }

  has(key: string): boolean {
    return this.#layers.some((layer) =>
      this.#positions(layer, key).every((p) => (layer.bits[p >> 3] & (1 << (p & 7))) !== 0)
    );
  }

  add(key: string): void {
    let current = this.#layers[this.#layers.length - 1];
    if (this.#added >= current.capacity) {
      current = this.#newLayer();
      this.#layers.push(current);
    }
    for (const p of this.#positions(current, key)) current.bits[p >> 3] |= 1 << (p & 7);
    current.count++;
    this.#added++;
  }

  get stats() {
    return { layers: this.#layers.length, added: this.#added };
  }
}
