/**
 * Writes one heap snapshot of itself (path in its argument) with timers of three kinds: five
 * pending timeouts, three intervals, and four timeouts that have fired already.
 */

import { writeHeapSnapshot } from "node:v8";

const sessions = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, open: true }));
const pending = sessions.map((session) =>
  setTimeout(function expire() { // EXPIRE
    session.open = false;
  }, 10 * 60_000)
);
const pollers = [1, 2, 3].map((n) =>
  setInterval(function poll() { // POLL
    sessions[n].open = !sessions[n].open;
  }, 10 * 60_000)
);
let fired = 0;
await Promise.all(
  [1, 2, 3, 4].map(() =>
    new Promise<void>((resolve) =>
      setTimeout(function done() {
        fired++;
        resolve();
      }, 0)
    )
  ),
);
writeHeapSnapshot(Deno.args[0]);
pending.forEach(clearTimeout);
pollers.forEach(clearInterval);
console.log(fired);
