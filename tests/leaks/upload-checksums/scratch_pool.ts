/**
 * Fixed-size scratch buffers for reading upload bodies: taken for one request and given back
 * in its `finally`. At most `maxIdle` are kept between requests; more are made under load and
 * dropped when returned.
 */
export class ScratchPool {
  #idle: Uint8Array<ArrayBuffer>[] = [];
  #leased = new Set<Uint8Array<ArrayBuffer>>();
  created = 0;

  constructor(readonly size: number, readonly maxIdle: number) {}

  acquire(): Uint8Array<ArrayBuffer> {
    let buf = this.#idle.pop();
    if (!buf) {
      buf = new Uint8Array(this.size);
      this.created++;
    }
    this.#leased.add(buf);
    return buf;
  }

  release(buf: Uint8Array<ArrayBuffer>): void {
    if (!this.#leased.delete(buf)) throw new Error("released a buffer this pool did not lend");
    if (this.#idle.length < this.maxIdle) {
      buf.fill(0);
      this.#idle.push(buf);
    }
  }

  get stats() {
    return { idle: this.#idle.length, leased: this.#leased.size, created: this.created };
  }
}
