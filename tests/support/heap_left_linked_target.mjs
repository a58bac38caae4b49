/**
 * Two heap snapshots (paths in its arguments) around 60 rounds of a shop's caches: a hand-made
 * LRU of recently viewed products whose evict() moves the tail back without clearing the new
 * tail's `next` (every evicted node stays chained from the tail), the same LRU done right for
 * sessions (steady), and watchers pruned by a filter that keeps every one (none is ever closed).
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class Lru {
  constructor(max, clearsLink) {
    this.max = max;
    this.clearsLink = clearsLink;
    this.map = new Map();
    this.head = null;
    this.tail = null;
  }

  set(key, value) {
    const node = { key, value, prev: null, next: this.head }; // VIEW-ADD
    if (this.head) this.head.prev = node;
    this.head = node;
    if (!this.tail) this.tail = node;
    this.map.set(key, node);
    if (this.map.size > this.max) this.evict();
  }

  evict() {
    const node = this.tail;
    this.map.delete(node.key);
    this.tail = node.prev; // VIEW-REMOVE
    node.prev = null;
    if (this.clearsLink) this.tail.next = null;
  }
}

class Watchers {
  #list = [];

  watch(product, email) {
    this.#list.push({ product, email, closed: false, since: new Date(0).toISOString() }); // WATCH-ADD
  }

  prune() {
    this.#list = this.#list.filter((w) => !w.closed); // WATCH-REMOVE
  }
}

const views = new Lru(20, false);
const sessions = new Lru(20, true);
const watchers = new Watchers();

function round(i) {
  views.set(`sku-${i}`, { sku: `sku-${i}`, title: `Product ${i}`, priceCents: 100 * i });
  sessions.set(`s-${i}`, { user: `u-${i % 7}`, startedAt: i });
  watchers.watch(`sku-${i}`, `user${i}@example.com`);
  watchers.prune();
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 60; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 60; i < 120; i++) round(i);
writeHeapSnapshot(after);
