/**
 * Two heap snapshots (paths in its arguments) around 200 rounds of a news hub that hands each
 * subscriber its own copy of one live stream by splitting it with `tee()` and keeping the other
 * branch as the feed: every subscription puts a new stream in front of the last one, read
 * through the runtime's reader, and cancelling the subscriber's branch undoes none of it.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

class NewsHub {
  #feed;
  #controller;

  constructor() {
    this.#feed = new ReadableStream({
      start: (controller) => {
        this.#controller = controller;
      },
    });
  }

  publish(story) {
    this.#controller.enqueue(story);
  }

  subscribe() {
    let mine;
    [this.#feed, mine] = this.#feed.tee(); // TEE
    return mine;
  }
}

const hub = new NewsHub();

async function round(i) {
  const reader = hub.subscribe().getReader();
  hub.publish({ headline: `Story ${i}`, body: "y".repeat(120) });
  await reader.read();
  // A tee branch's cancel settles only once the stream it reads from ends: not awaited.
  reader.cancel().catch(() => {});
}

const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
for (let i = 0; i < 30; i++) await round(i);
writeHeapSnapshot(before);
for (let i = 30; i < 230; i++) await round(i);
writeHeapSnapshot(after);
