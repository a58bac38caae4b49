/** Scratch buffers for decoding camera crops: four kept idle, more made under load. */
export class ScratchPool {
  #idle = [];
  constructor(size, keepIdle) {
    this.size = size;
    this.keepIdle = keepIdle;
    this.created = 0;
  }

  acquire() {
    const buffer = this.#idle.pop() ?? (this.created++, Buffer.alloc(this.size));
    let released = false;
    return {
      buffer,
      release: () => {
        if (released) return;
        released = true;
        buffer.fill(0);
        if (this.#idle.length < this.keepIdle) this.#idle.push(buffer);
      },
    };
  }

  get idle() {
    return this.#idle.length;
  }
}
