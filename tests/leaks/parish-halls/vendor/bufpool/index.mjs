/**
 * bufpool: reusable scratch buffers (vendored, MIT). release() wants the buffer acquire()
 * returned; views of it are not recognised.
 */
export class BufferPool {
  #idle = [];
  #out = new Set();

  constructor({ size = 4096, idle = 4 } = {}) {
    this.size = size;
    this.idle = idle;
  }

  acquire() {
    const buf = this.#idle.pop() ?? Buffer.allocUnsafeSlow(this.size);
    this.#out.add(buf);
    return buf;
  }

  release(buf) {
    if (!this.#out.delete(buf)) return false;
    if (this.#idle.length < this.idle) this.#idle.push(buf);
    return true;
  }

  get outstanding() {
    return this.#out.size;
  }
}
