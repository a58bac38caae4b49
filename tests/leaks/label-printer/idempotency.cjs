"use strict";
// Idempotency keys for POST /labels: a retried request with the same key gets the first
// answer again. The last `capacity` answers are kept (least recently used go first); requests
// still running are shared through `running` and leave it when they settle.

class IdempotencyStore {
  constructor(capacity) {
    this.capacity = capacity;
    this.answers = new Map();
    this.running = new Map();
  }

  get(key) {
    const answer = this.answers.get(key);
    if (answer === undefined) return undefined;
    this.answers.delete(key);
    this.answers.set(key, answer);
    return answer;
  }

  remember(key, answer) {
    this.answers.delete(key);
    this.answers.set(key, answer);
    while (this.answers.size > this.capacity) {
      this.answers.delete(this.answers.keys().next().value);
    }
  }

  async once(key, produce) {
    const cached = this.get(key);
    if (cached) return { ...cached, replayed: true };
    const running = this.running.get(key);
    if (running) return running;
    const promise = produce().then((answer) => {
      this.remember(key, answer);
      return answer;
    });
    this.running.set(key, promise);
    try {
      return await promise;
    } finally {
      this.running.delete(key);
    }
  }
}

module.exports = { IdempotencyStore };
