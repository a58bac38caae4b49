/**
 * Two heap snapshots (paths in its arguments) around 60 rounds of a plant's event feeds, each a
 * capped FIFO on two stacks (pushes on the inbox, takes off the outbox, refilled from the inbox
 * when it runs dry): the press log's drop takes the oldest off the outbox only, which nothing
 * refills while no one reads the log, so every event stays in its inbox; the board's drop
 * refills first, so its two stacks together stay at the cap while the inbox alone grows and
 * shrinks.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class EventLog {
  #inbox = [];
  #outbox = [];

  constructor(capacity) {
    this.capacity = capacity;
  }

  get size() {
    return this.#inbox.length + this.#outbox.length;
  }

  append(event) {
    this.#inbox.push(event); // LOG-ADD
    if (this.size > this.capacity) this.#dropOldest();
  }

  take(max) {
    if (this.#outbox.length === 0) this.#refill();
    return this.#outbox.splice(-max).reverse();
  }

  #refill() {
    while (this.#inbox.length > 0) {
      const event = this.#inbox.pop(); // LOG-MOVE
      this.#outbox.push(event);
    }
  }

  #dropOldest() {
    this.#outbox.pop(); // LOG-REMOVE
  }
}

class CappedFeed {
  #inbox = [];
  #outbox = [];

  constructor(capacity) {
    this.capacity = capacity;
  }

  push(item) {
    this.#inbox.push(item);
    while (this.#inbox.length + this.#outbox.length > this.capacity) this.shift();
  }

  shift() {
    if (this.#outbox.length === 0) {
      while (this.#inbox.length > 0) this.#outbox.push(this.#inbox.pop());
    }
    return this.#outbox.pop();
  }
}

const pressLog = new EventLog(20);
const board = new CappedFeed(40);

function round(i) {
  pressLog.append({ at: i, press: "P2", kind: "cycle", temperatureC: 170 + (i % 3) });
  board.push({ id: `D${i}`, fridge: "noord", donor: `donor-${i % 9}`, portions: 4 });
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 60; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 60; i < 120; i++) round(i);
writeHeapSnapshot(after);
