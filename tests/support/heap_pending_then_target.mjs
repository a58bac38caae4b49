/**
 * Two heap snapshots (paths in its arguments) around 300 rounds of a quoting desk: quotes go into
 * a small most-recent cache, and each one also waits on the price book's next update to drop
 * itself from the cache then. The cache evicts as it should; the price book does not update
 * during the run, so every quote stays in a reaction on its pending promise.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

function deferred() {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}

class PriceBook {
  #update = deferred();
  version = 1;

  get nextUpdate() {
    return this.#update.promise;
  }

  publish() {
    this.version++;
    const done = this.#update;
    this.#update = deferred();
    done.resolve(this.version);
  }
}

const priceBook = new PriceBook();
const recent = new Map();

function keep(key, quote) {
  recent.delete(key);
  recent.set(key, quote);
  while (recent.size > 16) recent.delete(recent.keys().next().value);
}

function quoteFor(customer, items) {
  const key = `${customer}:${items.join(",")}`;
  const quote = {
    key,
    customer,
    lines: items.map((sku, n) => ({ sku, qty: n + 1, unit: 4.5 * (n + 1) })),
    version: priceBook.version,
  };
  keep(key, quote);
  priceBook.nextUpdate.then(() => { // THEN-ADD
    if (recent.get(key) === quote) recent.delete(key);
  });
  return quote;
}

const round = (i) => quoteFor(`C-${i}`, ["bolt-m8", "washer-m8", `panel-${i % 7}`]);
for (let i = 0; i < 50; i++) round(i);
const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
writeHeapSnapshot(before);
for (let i = 50; i < 350; i++) round(i);
writeHeapSnapshot(after);
