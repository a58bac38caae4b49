/**
 * Two heap snapshots (paths in its arguments) around 200 rounds of a session index: with
 * `buckets`, a chained hash table (an array of arrays grown by push, rehashed as it fills)
 * that keeps three sessions a round; with `pairs`, a journal of `[at, session]` pairs, three a
 * round.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class SessionTable {
  slots = new Array(8);
  size = 0;

  static hash(key) {
    let h = 0;
    for (let i = 0; i < key.length; i++) h = (Math.imul(31, h) + key.charCodeAt(i)) | 0;
    return h >>> 0;
  }

  put(key, session) {
    const slot = SessionTable.hash(key) % this.slots.length;
    const chain = this.slots[slot] ??= [];
    chain.push({ key, session }); // BUCKET ADD
    if (++this.size > this.slots.length) this.#grow();
  }

  #grow() {
    const old = this.slots;
    this.slots = new Array(old.length * 2);
    for (const chain of old) {
      for (const link of chain ?? []) {
        (this.slots[SessionTable.hash(link.key) % this.slots.length] ??= []).push(link);
      }
    }
  }
}

const table = new SessionTable();
const journal = [];
const mode = process.argv[4];

function round(i) {
  for (const user of ["ana", "bo", "cy"]) {
    const session = { user, token: `${user}-${i}-${"t".repeat(40)}`, opened: Date.now() };
    if (mode === "pairs") journal.push([session.opened, session]); // PAIR ADD
    else table.put(session.token, session);
  }
}

const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
for (let i = 0; i < 30; i++) round(i);
writeHeapSnapshot(before);
for (let i = 30; i < 230; i++) round(i);
writeHeapSnapshot(after);
