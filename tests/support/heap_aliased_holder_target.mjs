/**
 * Two heap snapshots (paths in its arguments) around 200 rounds of a changelog collector that
 * keeps its document (`changelog.releases`) and a cursor at the list being filled, the same
 * array under another name (`cursor.items`): entries are added through the cursor only.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class Changelog {
  constructor() {
    this.doc = { title: "CHANGELOG", releases: [] };
    this.cursor = { items: this.doc.releases, depth: 1 };
  }

  record(entry) {
    const cursor = this.cursor;
    cursor.items.push(entry); // ADD
  }
}

const changelog = new Changelog();

function round(i) {
  changelog.record({ version: `1.${i}.0`, notes: `fixes ${"x".repeat(80)} ${i}`, at: Date.now() });
}

const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
for (let i = 0; i < 30; i++) round(i);
writeHeapSnapshot(before);
for (let i = 30; i < 230; i++) round(i);
writeHeapSnapshot(after);
