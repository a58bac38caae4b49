/**
 * The Deno program behind the checked-in snapshots (`tests/testdata/deno-*.heapsnapshot.gz`):
 * a module-level array of class instances, a Map of sessions and one interval per batch, all
 * growing with every `GET /grow?n=N` and never released. `tests/testdata/capture.ts` runs it.
 *
 * Usage: deno run --inspect=127.0.0.1:<p> --allow-net=127.0.0.1 leak.ts <httpPort>
 */

class LeakedRecord {
  constructor(readonly id: number, readonly payload: string) {}
}

const leakedRecords: LeakedRecord[] = [];
const sessions = new Map<number, { user: string; since: number }>();
const heartbeats: ReturnType<typeof setInterval>[] = [];
let nextId = 0;

function grow(n: number): number {
  const batch: LeakedRecord[] = [];
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

Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.args[0]), onListen() {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/grow") {
    return Response.json({ records: grow(Number(url.searchParams.get("n") ?? "100")) });
  }
  return Response.json({ records: leakedRecords.length, sessions: sessions.size });
});
