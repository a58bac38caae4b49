import { randomUUID } from "node:crypto";

const VISIBILITY_TIMEOUT_MS = 30_000;
const REAP_EVERY_MS = 5_000;

export class Inbox {
  #ready = [];
  #inFlight = new Map();
  #received = 0;

  receive(event, headers) {
    this.#received++;
    this.#ready.push({
      receiptId: randomUUID(),
      event,
      signature: headers["x-partner-signature"] ?? null,
      receivedAt: Date.now(),
      attempts: 0,
    });
  }

  claim() {
    const message = this.#ready.shift();
    if (!message) return undefined;
    message.attempts++;
    message.visibleAt = Date.now() + VISIBILITY_TIMEOUT_MS;
    this.#inFlight.set(message.receiptId, message);
    return message;
  }

  ack(receiptId) {
    return this.#inFlight.delete(receiptId);
  }

  nack(receiptId) {
    const message = this.#inFlight.get(receiptId);
    if (!message) return;
    this.#inFlight.delete(receiptId);
    this.#ready.push(message);
  }

  reapExpired(now = Date.now()) {
    for (const [receiptId, message] of this.#inFlight) {
      if (message.visibleAt <= now) this.nack(receiptId);
    }
  }

  stats() {
    return { received: this.#received, ready: this.#ready.length, inFlight: this.#inFlight.size };
  }
}

export function startReaper(inbox) {
  return setInterval(() => inbox.reapExpired(), REAP_EVERY_MS).unref();
}
