/**
 * Two heap snapshots (paths in its arguments) around 300 lookups on a line-protocol link written
 * in the pre-class style: each lookup listens for its 'reply' with `this.on("reply", onReply)` in
 * a prototype method and stops listening only on an OK answer; every answer here is an error,
 * so every lookup's listener stays on `link`.
 */

import { EventEmitter } from "node:events";
import { inherits } from "node:util";
import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

function Link() {
  EventEmitter.call(this);
  this.nextId = 1;
  this.setMaxListeners(0);
}
inherits(Link, EventEmitter);

Link.prototype.lookup = function (sku, callback) {
  // deno-lint-ignore no-this-alias -- the pre-class style under test
  const self = this;
  const id = String(this.nextId++);
  function onReply(replyId, status, fields) {
    if (replyId !== id) return;
    if (status === "ERR") return callback(new Error(fields.join(" ")));
    self.removeListener("reply", onReply); // REMOVE
    callback(null, fields);
  }
  this.on("reply", onReply); // ADD
  // The far end answers every lookup with an error.
  queueMicrotask(() => this.emit("reply", id, "ERR", ["unknown", sku]));
};

const link = new Link();
const round = (i) => new Promise((resolve) => link.lookup(`SKU-${i}`, () => resolve()));
for (let i = 0; i < 50; i++) await round(i);
const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
writeHeapSnapshot(before);
for (let i = 50; i < 350; i++) await round(i);
writeHeapSnapshot(after);
