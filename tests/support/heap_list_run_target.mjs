/**
 * Two heap snapshots (paths in its arguments) around 400 rounds of a session desk's recency
 * list: a Map by session id and a doubly linked list, newest first. upsert() of an id it knows
 * links a new node at the head and points the Map at it, but leaves the id's old node linked;
 * touch() moves a node to the head. Sessions in use move up each round, the idle ones sink,
 * and every replaced node stays linked between them: a run of new nodes held from an old node
 * on each side. With `replaced-first` after the paths, the replaced session is touched first (it
 * is the head already and stays): the Map then keeps the run's newest node, the others below it.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class RecencyList {
  constructor() {
    this.byId = new Map();
    this.head = null;
    this.tail = null;
  }

  upsert(id, session) {
    const node = { id, session, prev: null, next: this.head };
    if (this.head) this.head.prev = node;
    else this.tail = node;
    this.head = node; // LIST-ADD
    this.byId.set(id, node); // LIST-INDEX
  }

  touch(id) {
    const node = this.byId.get(id);
    if (!node || node === this.head) return;
    node.prev.next = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.tail = node.prev;
    node.prev = null;
    node.next = this.head;
    this.head.prev = node;
    this.head = node;
  }
}

const sessions = new RecencyList();
const order = process.argv[4] === "replaced-first"
  ? ["desk-2", "desk-1", "desk-3", "desk-4"]
  : ["desk-1", "desk-2", "desk-3", "desk-4"];
const agents = ["desk-1", "desk-2", "desk-3", "desk-4"];
for (const id of [...agents, "idle-1", "idle-2", "idle-3"]) {
  sessions.upsert(id, { id, since: Date.now(), notes: [] });
}

function round(i) {
  sessions.upsert("desk-2", {
    id: "desk-2",
    since: Date.now(),
    notes: [`ticket ${i} escalated`, `callback at ${i % 24}:00`],
  });
  for (const id of order) sessions.touch(id);
}

for (let i = 0; i < 50; i++) round(i);
const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
writeHeapSnapshot(before);
for (let i = 50; i < 450; i++) round(i);
writeHeapSnapshot(after);
