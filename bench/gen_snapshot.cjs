// Writes benchmark snapshots from a Node process that keeps many small objects alive.
// Usage: node gen_snapshot.cjs <objects> <growth> <before.heapsnapshot> [after.heapsnapshot]
// The "after" snapshot (same process, so node ids match) has <growth> more objects.
"use strict";
const v8 = require("node:v8");

const [objects, growth, beforePath, afterPath] = process.argv.slice(2);
if (!beforePath) {
  console.error("usage: node gen_snapshot.cjs <objects> <growth> <before> [after]");
  process.exit(2);
}

class Message {
  constructor(i) {
    this.id = i;
    this.user = "user" + (i % 1000);
    this.text = "message number " + i;
  }
}

const kept = [];
for (let i = 0; i < Number(objects); i++) kept.push(new Message(i));
v8.writeHeapSnapshot(beforePath);
if (afterPath) {
  const leaked = [];
  for (let i = 0; i < Number(growth); i++) leaked.push(new Message(-i));
  globalThis.leaked = leaked;
  v8.writeHeapSnapshot(afterPath);
}
globalThis.kept = kept;
