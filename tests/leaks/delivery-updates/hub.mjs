import { describe } from "./channels.mjs";

// In-process pub/sub. A channel's Set of handlers goes away with its last subscriber.
export class EventHub {
  #topics = new Map();
  #published = 0;
  #failures = 0;

  subscribe(ch, handler) {
    let handlers = this.#topics.get(ch);
    if (!handlers) {
      handlers = new Set();
      this.#topics.set(ch, handlers);
    }
    handlers.add(handler);
    return () => {
      handlers.delete(handler);
      if (handlers.size === 0 && this.#topics.get(ch) === handlers) this.#topics.delete(ch);
    };
  }

  publish(ch, event) {
    this.#published++;
    const handlers = this.#topics.get(ch);
    if (!handlers) return 0;
    for (const handler of [...handlers]) {
      try {
        handler(event, ch);
      } catch (err) {
        this.#failures++;
        console.error(`handler on ${describe(ch)} failed:`, err.message);
      }
    }
    return handlers.size;
  }

  listenerCount(ch) {
    return this.#topics.get(ch)?.size ?? 0;
  }

  stats() {
    return {
      channels: this.#topics.size,
      published: this.#published,
      failures: this.#failures,
    };
  }
}

export const hub = new EventHub();
