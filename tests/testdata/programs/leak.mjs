/**
 * The Node twin of `leak.ts`, behind `tests/testdata/node-*.heapsnapshot.gz`: the same growing
 * array, Map and intervals. `tests/testdata/capture.ts` runs it.
 *
 * Usage: node --inspect=127.0.0.1:<p> leak.mjs <httpPort>
 */

import { createServer } from "node:http";

class LeakedRecord {
  constructor(id, payload) {
    this.id = id;
    this.payload = payload;
  }
}

const leakedRecords = [];
const sessions = new Map();
const heartbeats = [];
let nextId = 0;

function grow(n) {
  const batch = [];
  for (let i = 0; i < n; i++) {
    const id = nextId++;
    const record = new LeakedRecord(id, `record-${id}-${"x".repeat(48)}`);
    leakedRecords.push(record);
    sessions.set(id, { user: `user-${id}`, since: id });
    batch.push(record);
  }
  heartbeats.push(setInterval(() => batch.length, 60_000));
  return leakedRecords.length;
}

grow(200);

createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  const body = url.pathname === "/grow"
    ? { records: grow(Number(url.searchParams.get("n") ?? "100")) }
    : { records: leakedRecords.length, sessions: sessions.size };
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(body));
}).listen(Number(process.argv[2]), "127.0.0.1");
