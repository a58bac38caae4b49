/**
 * Order-status notifications for the pickup screens and the employee app. A topic exists
 * while somebody listens to it; publishing to a topic nobody listens to is a no-op.
 */
export class Hub {
  #topics = new Map();

  subscribe(topic, listener) {
    let listeners = this.#topics.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.#topics.set(topic, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.#topics.get(topic) === listeners) this.#topics.delete(topic);
    };
  }

  publish(topic, event) {
    const listeners = this.#topics.get(topic);
    if (!listeners) return 0;
    for (const listener of [...listeners]) listener(event);
    return listeners.size;
  }

  get topicCount() {
    return this.#topics.size;
  }
}
