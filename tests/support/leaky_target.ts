/**
 * A tiny Deno program with one known leak, for inspector and MCP tests until (and besides)
 * scenario-6. `GET /grow?n=N` appends N records to the module-level `leakedRecords` array,
 * which a closure captures (so the snapshot names it); `GET /stats` returns its length.
 *
 * Usage: deno run --inspect=127.0.0.1:<p> --allow-net=127.0.0.1 leaky_target.ts <httpPort> [bigN]
 */

interface LeakedRecord {
  id: number;
  payload: string;
  createdAt: number;
}

const leakedRecords: LeakedRecord[] = [];
let nextId = 0;

function grow(n: number): number {
  for (let i = 0; i < n; i++) {
    leakedRecords.push({
      id: nextId++,
      payload: `record-${nextId}-${"x".repeat(32)}`,
      createdAt: Date.now(),
    });
  }
  return leakedRecords.length;
}

const httpPort = Number(Deno.args[0] ?? 0);
const bigN = Number(Deno.args[1] ?? 0);
if (bigN > 0) grow(bigN);

Deno.serve({ hostname: "127.0.0.1", port: httpPort, onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/grow") {
    return Response.json({ records: grow(Number(url.searchParams.get("n") ?? "100")) });
  }
  if (url.pathname === "/stats") {
    return Response.json({
      records: leakedRecords.length,
      uptimeMs: Math.round(performance.now()),
    });
  }
  return new Response("not found", { status: 404 });
});
