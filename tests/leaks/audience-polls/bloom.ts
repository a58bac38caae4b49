// A fixed-size Bloom filter: "has this voter voted?" answered in constant memory. A false
// positive turns away a first vote now and then (about one in a million at conference size),
// which the organisers accepted in exchange for not keeping voter ids.

export class BloomFilter {
  readonly #bits: Uint8Array;
  readonly #size: number;

  constructor(readonly sizeBits = 1 << 16, readonly hashes = 4) {
    this.#size = sizeBits;
    this.#bits = new Uint8Array(sizeBits >>> 3);
  }

  #positions(value: string): number[] {
    // Double hashing (Kirsch–Mitzenmacher) over two FNV variants.
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    const out: number[] = [];
    for (let i = 0; i < this.hashes; i++) out.push(((h1 + i * h2) >>> 0) % this.#size);
    return out;
  }

  add(value: string) {
    for (const p of this.#positions(value)) this.#bits[p >>> 3] |= 1 << (p & 7);
  }

  has(value: string): boolean {
    return this.#positions(value).every((p) => (this.#bits[p >>> 3] & (1 << (p & 7))) !== 0);
  }
}
