/**
 * Two heap snapshots (paths in its arguments) around 200 rounds of a mail shipper that reads
 * its outbox as an endless async generator of pages: each page is yielded and the generator
 * then delegates to a fresh one from the next position with `yield*`, a recursion that never
 * returns, so every page shipped leaves a suspended generator holding it. The debugger is on,
 * as when the server captures: V8 then links each awaited promise to the one awaiting it.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";
import { Session } from "node:inspector";

const session = new Session();
session.connect();
session.post("Debugger.enable");

class Outbox {
  items = [];
  seq = 0;
  waiting = [];

  add(mail) {
    this.items.push({ seq: ++this.seq, ...mail });
    if (this.items.length > 20) this.items.splice(0, this.items.length - 20);
    for (const wake of this.waiting.splice(0)) wake();
  }

  async after(seq) {
    while (this.seq <= seq) await new Promise((resolve) => this.waiting.push(resolve));
    return this.items.filter((m) => m.seq > seq);
  }
}

async function* pages(outbox, from) {
  const page = await outbox.after(from);
  yield page;
  yield* pages(outbox, page.at(-1).seq); // DELEGATE
}

const outbox = new Outbox();
const shipper = { sent: 0, feed: pages(outbox, 0) };
(async () => {
  for await (const page of shipper.feed) shipper.sent += page.length;
})();

async function round(i) {
  outbox.add({ to: `member${i}@example.org`, subject: `Renewal ${i}`, body: "x".repeat(200) });
  // Shipped before the next mail comes: one page a round.
  while (shipper.sent < outbox.seq) await new Promise((resolve) => setImmediate(resolve));
}

const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
for (let i = 0; i < 30; i++) await round(i);
writeHeapSnapshot(before);
for (let i = 30; i < 230; i++) await round(i);
writeHeapSnapshot(after);
session.disconnect();
process.exit(0);
