/**
 * A Deno program whose leak is a pool of timers: `GET /connect?n=N` opens N pretend
 * connections, each with a ~8 KB `ConnectionPayload` and a never-cleared `setInterval` whose
 * callback captures the connection. No single Timeout dominates its connection's payload
 * (the runtime also holds the callback), so summed retained sizes understate the leak; what
 * clearing the timers would free does not. `GET /ready` answers when the program is up.
 *
 * Usage: deno run --inspect=127.0.0.1:<p> --allow-net=127.0.0.1 heap_freed_target.ts <httpPort>
 */

/** Doubles in each payload: 1000 × 8 bytes of element storage. */
const PAYLOAD_DOUBLES = 1000;

class ConnectionPayload {
  samples = new Array<number>(PAYLOAD_DOUBLES).fill(0.5);
  constructor(public id: number) {}
}

interface Connection {
  id: number;
  ticks: number;
  payload: ConnectionPayload;
  heartbeat?: ReturnType<typeof setInterval>;
}

let opened = 0;

function connect(): void {
  const conn: Connection = { id: opened, ticks: 0, payload: new ConnectionPayload(opened) };
  opened++;
  // Never cleared: the leak. An hour, so it never fires during a test.
  conn.heartbeat = setInterval(() => {
    conn.ticks += conn.payload.samples.length;
  }, 3_600_000);
}

const port = Number(Deno.args[0]);
Deno.serve({ hostname: "127.0.0.1", port, onListen() {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/connect") {
    const n = Number(url.searchParams.get("n") ?? 1);
    for (let i = 0; i < n; i++) connect();
  }
  return Response.json({ opened });
});
