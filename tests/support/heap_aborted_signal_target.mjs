/**
 * Two heap snapshots (paths in its arguments) around 200 rounds of a dispatcher that sends
 * each command over a device's link and, in case the link drops first, listens for its
 * session signal's 'abort' to re-route the command. One device's session was aborted at
 * start-up: a listener added to it never runs, and the removal waits for an ack that device
 * never sends.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const sessions = new Map();
for (const id of ["pump-1", "pump-2"]) sessions.set(id, new AbortController());
sessions.get("pump-2").abort(new Error("link down at start-up"));

const rerouted = [];
function dispatch(device, command) {
  const session = sessions.get(device);
  const onLost = () => rerouted.push(command);
  session.signal.addEventListener("abort", onLost, { once: true }); // LISTEN
  if (device === "pump-1") session.signal.removeEventListener("abort", onLost);
}

function round(i) {
  for (const device of ["pump-1", "pump-2"]) {
    dispatch(device, { id: `cmd-${i}`, device, setpoint: i % 90, note: "n".repeat(120) });
  }
}

const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
for (let i = 0; i < 30; i++) round(i);
writeHeapSnapshot(before);
for (let i = 30; i < 230; i++) round(i);
writeHeapSnapshot(after);
