"use strict";

const { nextOutboxBatch, removeFromOutbox } = require("./orders.cjs");

/**
 * Publishes the outbox, one transaction at a time and in commit order, and deletes the rows
 * once the broker has confirmed them. kick() after every commit; a failed publish leaves the
 * rows for the next kick.
 */
class OutboxRelay {
  #channel;
  #running = false;
  published = 0;
  failures = 0;

  constructor(channel) {
    this.#channel = channel;
  }

  kick() {
    if (this.#running) return;
    this.#running = true;
    this.#drain()
      .catch((err) => {
        this.failures++;
        console.error("outbox relay:", err.message);
      })
      .finally(() => {
        this.#running = false;
      });
  }

  async #drain() {
    for (let batch = nextOutboxBatch(); batch.length > 0; batch = nextOutboxBatch()) {
      await Promise.all(
        batch.map((row) =>
          this.#channel.publish("veg-box", row.topic, row.payload, {
            messageId: row.id,
            timestamp: row.at,
          })
        ),
      );
      removeFromOutbox(batch);
      this.published += batch.length;
    }
  }
}

module.exports = { OutboxRelay };
