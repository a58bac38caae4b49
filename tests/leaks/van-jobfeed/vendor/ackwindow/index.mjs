// ackwindow — a sender-side retransmission window with cumulative acks.
//
// Frames get consecutive sequence numbers from 1. The receiver acks the highest sequence number
// it has processed, and everything up to it is released; what is still unacked is sent again
// when the receiver next asks.

export class WindowFullError extends Error {
  constructor(limit) {
    super(`window full (${limit} unacked frames)`);
    this.name = "WindowFullError";
  }
}

export class AckWindow {
  #unacked = new Map();
  #next = 1;
  #acked = 0;
  #limit;

  constructor({ limit = 128 } = {}) {
    this.#limit = limit;
  }

  /** Queues a frame for delivery and returns it. */
  push(type, body) {
    if (this.#next - 1 - this.#acked >= this.#limit) throw new WindowFullError(this.#limit);
    const frame = { seq: this.#next++, type, body, queuedAt: Date.now(), sentAt: 0, attempts: 0 };
    this.#unacked.set(frame.seq, frame);
    return frame;
  }

  /** The frames the receiver has not acked, in order, marked as sent (again). */
  take() {
    const now = Date.now();
    const out = [];
    for (let seq = this.#acked + 1; seq < this.#next; seq++) {
      const frame = this.#unacked.get(seq);
      if (!frame) continue;
      frame.sentAt = now;
      frame.attempts++;
      out.push(frame);
    }
    return out;
  }

  /** Cumulative ack: the receiver has processed everything up to `upTo`. Returns frames released. */
  ack(upTo) {
    if (!Number.isInteger(upTo) || upTo <= this.#acked) return 0;
    if (upTo >= this.#next) upTo = this.#next - 1;
    let released = 0;
    for (let seq = this.#acked + 1; seq < upTo; seq++) {
      if (this.#unacked.delete(seq)) released++;
    }
    this.#acked = upTo;
    return released;
  }

  get acked() {
    return this.#acked;
  }

  get lastSeq() {
    return this.#next - 1;
  }

  /** Frames still held for retransmission. */
  get pending() {
    return this.#unacked.size;
  }
}
