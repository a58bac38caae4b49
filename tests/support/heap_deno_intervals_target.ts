/**
 * Two heap snapshots of itself (paths in its arguments) around 100 rounds that each open a
 * feed and start its 250 ms refresh, closing the feed but never the interval (Deno: the
 * runtime keeps a record of its own beside each timer the program starts).
 */

import { writeHeapSnapshot } from "node:v8";

const feeds = new Map<string, { id: string; rows: string[] }>();

function open(i: number) {
  const feed = { id: `feed-${i}`, rows: [`row ${i} ${"r".repeat(60)}`] };
  feeds.set(feed.id, feed);
  setInterval(() => feed.rows.length, 60_000); // INTERVAL
  feeds.delete(feed.id);
}

const [before, after] = Deno.args;
for (let i = 0; i < 20; i++) open(i);
writeHeapSnapshot(before);
for (let i = 20; i < 120; i++) open(i);
writeHeapSnapshot(after);
Deno.exit(0);
