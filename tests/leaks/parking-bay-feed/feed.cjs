"use strict";

const { Readable } = require("node:stream");

/**
 * Live bay changes for a booking, as an object stream per follower (the driver's app
 * following the bay it booked). A follower leaves the feed when its stream closes.
 */
class BayFeed {
  constructor() {
    this.subscribers = new Set();
    this.published = 0;
  }

  follow(bookingId, current) {
    const stream = new Readable({ objectMode: true, highWaterMark: 8, read() {} });
    stream.bookingId = bookingId;
    stream.openedAt = Date.now();
    this.subscribers.add(stream);
    stream.once("close", () => this.subscribers.delete(stream));
    if (current) stream.push(current);
    return stream;
  }

  publish(change) {
    this.published++;
    for (const stream of this.subscribers) {
      if (stream.bookingId === change.bookingId) stream.push(change);
    }
  }

  get stats() {
    return { followers: this.subscribers.size, published: this.published };
  }
}

module.exports = { BayFeed };
