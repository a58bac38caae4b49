"use strict";

// A fan-out feed of terminal events that callers read with for await. Each subscription
// buffers what arrives between reads (dropping the oldest past its limit, so a slow reader
// cannot hold the whole history).

const BUFFER_LIMIT = 50;

class Subscription {
  constructor(feed, filter) {
    this.feed = feed;
    this.filter = filter;
    this.queue = [];
    this.waiting = null;
    this.dropped = 0;
    this.closed = false;
    this.createdAt = Date.now();
  }

  push(event) {
    if (this.closed || (this.filter && !this.filter(event))) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: event, done: false });
      return;
    }
    this.queue.push(event);
    if (this.queue.length > BUFFER_LIMIT) {
      this.queue.shift();
      this.dropped++;
    }
  }

  next() {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift(), done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Ends the subscription: for await calls this when the loop is left early. */
  return() {
    this.closed = true;
    this.queue.length = 0;
    this.feed.subscribers.delete(this);
    if (this.waiting) this.waiting({ value: undefined, done: true });
    this.waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    // a bare iterator, so a reader cannot push into the queue or see the feed
    return { next: () => this.next() };
  }
}

class EventFeed {
  constructor(name) {
    this.name = name;
    this.subscribers = new Set();
    this.published = 0;
  }

  subscribe(filter) {
    const subscriber = new Subscription(this, filter);
    this.subscribers.add(subscriber);
    return subscriber;
  }

  publish(event) {
    this.published++;
    for (const subscriber of this.subscribers) subscriber.push(event);
  }
}

module.exports = { EventFeed };
