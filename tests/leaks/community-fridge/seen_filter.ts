/**
 * "Have we already texted this number about this fridge today?" as rotating Bloom layers: a new
 * layer when the current one has taken its capacity, and at most MAX_LAYERS kept (the oldest
 * goes, so a number can be texted again after a few hundred others).
 */
const MAX_LAYERS = 4;
const HASHES = 5;

interface Layer {
  bits: Uint8Array;
  count: number;
}

function hash(text: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export class SeenFilter {
  #layers: Layer[] = [];

  constructor(readonly perLayer = 64) {
    this.#rotate();
  }

  #rotate(): void {
    this.#layers.push({ bits: new Uint8Array(this.perLayer * 2), count: 0 });
    if (this.#layers.length > MAX_LAYERS) this.#layers.shift();
  }

  #bits(layer: Layer, key: string): number[] {
    const size = layer.bits.length * 8;
    return Array.from({ length: HASHES }, (_, k) => hash(key, k * 7919) % size);
  }

  has(key: string): boolean {
    return this.#layers.some((l) =>
      this.#bits(l, key).every((b) => l.bits[b >> 3] & (1 << (b & 7)))
    );
  }

  add(key: string): void {
    let layer = this.#layers[this.#layers.length - 1];
    if (layer.count >= this.perLayer) {
      this.#rotate();
      layer = this.#layers[this.#layers.length - 1];
    }
    for (const b of this.#bits(layer, key)) layer.bits[b >> 3] |= 1 << (b & 7);
    layer.count++;
  }

  get layers(): number {
    return this.#layers.length;
  }
}
