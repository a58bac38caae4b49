/**
 * Two heap snapshots (paths in its arguments) around 400 rounds of a depot's indexes: prefix
 * tries whose delete() clears a key with `delete node.value` and prunes the branch back up while
 * `value !== null` says no key is left, which undefined never satisfies, so every key's branch
 * (the nodes of its own below a shared prefix) stays after the key is gone. Over the run no
 * level's Map gains more than ten entries: the growth is spread over the levels.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class TrieNode {
  constructor() {
    this.children = new Map();
    this.value = null;
  }
}

class PrefixTrie {
  constructor() {
    this.root = new TrieNode();
  }

  set(key, value) {
    let node = this.root;
    for (const ch of key) {
      let child = node.children.get(ch);
      if (!child) {
        child = new TrieNode();
        node.children.set(ch, child); // TRIE-ADD
      }
      node = child;
    }
    node.value = value;
  }

  delete(key) {
    const path = [];
    let node = this.root;
    for (const ch of key) {
      const child = node.children.get(ch);
      if (!child) return;
      path.push([node, ch]);
      node = child;
    }
    delete node.value;
    for (let i = path.length - 1; i >= 0; i--) {
      const [parent, ch] = path[i];
      const child = parent.children.get(ch);
      if (child.value !== null || child.children.size > 0) break; // TRIE-TEST
      parent.children.delete(ch);
    }
  }
}

const parcels = new PrefixTrie();
const labels = new PrefixTrie();

function round(i) {
  // A shared depot prefix, then the parcel's own characters (its number, last digit first):
  // each parcel's branch splits off near the top, a few new nodes below.
  const key = `NL35-${String(100000 + i).split("").reverse().join("")}`;
  parcels.set(key, { tracking: key, van: `V${i % 4}` });
  parcels.delete(key);
  // Label numbers in order: each adds a node or two deep down, a few to each level's Map.
  const label = `JJD0140-${1000 + i}`;
  labels.set(label, { label, printedAt: i });
  labels.delete(label);
}

const [before, after] = process.argv.slice(2);
const ROUNDS = 400;
for (let i = 0; i < ROUNDS; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = ROUNDS; i < 2 * ROUNDS; i++) round(i);
writeHeapSnapshot(after);
