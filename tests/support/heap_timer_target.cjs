// Writes two heap snapshots itself (node:v8, no inspector, no sidecar) around 20 leaked
// setInterval timers and 20 pending setTimeout timers, for tests/heap/timers_test.ts.
// Usage: node heap_timer_target.cjs <before.heapsnapshot> <after.heapsnapshot>
"use strict";
const v8 = require("node:v8");

function connect(i) {
  const conn = { id: `c${i}`, messageBuffer: [] };
  conn.heartbeat = setInterval(() => { // HEARTBEAT
    conn.messageBuffer.push(`ping ${i}`);
  }, 1e7);
  setTimeout(() => conn.id, 2e7); // DELAYED
}

for (let i = 0; i < 5; i++) connect(i);
v8.writeHeapSnapshot(process.argv[2]);
for (let i = 5; i < 25; i++) connect(i);
v8.writeHeapSnapshot(process.argv[3]);
process.exit(0);
