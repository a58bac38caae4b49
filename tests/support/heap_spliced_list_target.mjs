/**
 * Two heap snapshots (paths in its arguments) around 40 rounds of a service that keeps three
 * sorted structures, each taking new nodes in where they belong: a sorted list of price
 * alerts whose cancel gives up at the first alert of the same price (so a replaced alert often
 * stays linked), a skip list of player ratings whose delete does the same on tied ratings, and
 * a bounded list of the best lap times that unlinks its slowest past a cap (steady).
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class Alert {
  constructor(price, owner) {
    this.price = price;
    this.owner = owner;
    this.note = `notify ${owner} at ${price}`;
    this.next = null;
  }
}

class AlertBook {
  head = new Alert(-Infinity, "");

  add(price, owner) {
    let prev = this.head;
    while (prev.next && prev.next.price < price) prev = prev.next;
    const alert = new Alert(price, owner);
    alert.next = prev.next;
    prev.next = alert; // ALERT-ADD
    return alert;
  }

  cancel(price, owner) {
    let prev = this.head;
    while (prev.next && prev.next.price < price) prev = prev.next;
    const found = prev.next;
    if (!found || found.price !== price || found.owner !== owner) return false;
    prev.next = found.next; // ALERT-REMOVE
    return true;
  }
}

class RatingNode {
  constructor(rating, player, level) {
    this.rating = rating;
    this.player = player;
    this.profile = { player, since: new Date(0).toISOString() };
    this.forward = new Array(level).fill(null);
  }
}

class Ratings {
  #head = new RatingNode(-Infinity, "", 8);
  #level = 1;
  #seed = 7;

  #randomLevel() {
    let level = 1;
    while (level < 8 && (this.#seed = (this.#seed * 48271) % 2147483647) % 4 === 0) level++;
    return level;
  }

  insert(rating, player) {
    const update = [];
    let x = this.#head;
    for (let i = this.#level - 1; i >= 0; i--) {
      while (x.forward[i] && x.forward[i].rating < rating) x = x.forward[i];
      update[i] = x;
    }
    const level = this.#randomLevel();
    for (let i = this.#level; i < level; i++) update[i] = this.#head;
    this.#level = Math.max(this.#level, level);
    const node = new RatingNode(rating, player, level);
    for (let i = 0; i < level; i++) {
      node.forward[i] = update[i].forward[i];
      update[i].forward[i] = node; // RATING-ADD
    }
  }

  remove(rating, player) {
    const update = [];
    let x = this.#head;
    for (let i = this.#level - 1; i >= 0; i--) {
      while (x.forward[i] && x.forward[i].rating < rating) x = x.forward[i];
      update[i] = x;
    }
    x = x.forward[0];
    if (!x || x.rating !== rating || x.player !== player) return;
    for (let i = 0; i < this.#level && update[i].forward[i] === x; i++) {
      update[i].forward[i] = x.forward[i]; // RATING-REMOVE
    }
  }
}

class LapTime {
  constructor(ms, driver) {
    this.ms = ms;
    this.driver = driver;
    this.label = `${driver}: ${ms} ms`;
    this.next = null;
  }
}

class BestLaps {
  head = new LapTime(-Infinity, "");
  size = 0;

  record(ms, driver) {
    let prev = this.head;
    while (prev.next && prev.next.ms < ms) prev = prev.next;
    const lap = new LapTime(ms, driver);
    lap.next = prev.next;
    prev.next = lap;
    if (++this.size <= 25) return;
    // Past the cap, the slowest goes.
    let before = this.head;
    while (before.next.next) before = before.next;
    before.next = null;
    this.size--;
  }
}

const alerts = new AlertBook();
const ratings = new Ratings();
const laps = new BestLaps();
const current = new Map();
const rated = new Map();

function round(i) {
  for (const owner of ["ana", "ben", "cy"]) {
    const price = 100 + ((i * 37 + owner.length) % 50);
    const old = current.get(owner);
    if (old) alerts.cancel(old.price, owner);
    current.set(owner, alerts.add(price, owner));
  }
  for (const player of ["kim", "lee", "max", "ola"]) {
    const rating = 1500 + ((i * 13) % 40);
    const old = rated.get(player);
    if (old !== undefined) ratings.remove(old, player);
    ratings.insert(rating, player);
    rated.set(player, rating);
  }
  laps.record(60_000 + ((i * 7919) % 5000), `driver-${i % 9}`);
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 40; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 40; i < 80; i++) round(i);
writeHeapSnapshot(after);
