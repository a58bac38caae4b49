import { expire, type Heartbeat, heartbeat, members, ring } from "./members.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8430;

// Lookups per node since start, for the ops page.
const routed = new Map<string, number>();

setInterval(() => {
  for (const id of expire()) console.log(`node ${id} missed its heartbeats, removed from the ring`);
}, 5_000);

function validHeartbeat(body: unknown): body is Heartbeat {
  const hb = body as Heartbeat;
  return typeof hb?.id === "string" && /^[\w-]{1,40}$/.test(hb.id) &&
    typeof hb.addr === "string" && /^[\d.]+:\d+$/.test(hb.addr);
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/members/heartbeat" && req.method === "POST") {
    let body: unknown;
    try {
      body = await req.json();
    } catch {
      return Response.json({ error: "body must be JSON" }, { status: 400 });
    }
    if (!validHeartbeat(body)) {
      return Response.json({ error: "id and addr are required" }, { status: 400 });
    }
    const { member, joined } = heartbeat(body);
    return Response.json({ id: member.id, weight: member.weight, joined }, {
      status: joined ? 201 : 200,
    });
  }

  if (url.pathname === "/route" && req.method === "GET") {
    const key = url.searchParams.get("key");
    if (!key) return Response.json({ error: "key is required" }, { status: 400 });
    const node = ring.lookup(key);
    if (!node) return Response.json({ error: "no cache nodes" }, { status: 503 });
    routed.set(node.id, (routed.get(node.id) ?? 0) + 1);
    return Response.json({ key, node: node.id, addr: node.addr, zone: node.zone });
  }

  if (url.pathname === "/members" && req.method === "GET") {
    const share = ring.ownership();
    const now = Date.now();
    return Response.json(
      [...members.values()].map((m) => ({
        id: m.id,
        addr: m.addr,
        zone: m.zone,
        weight: m.weight,
        static: m.static,
        share: share[m.id] ?? 0,
        routed: routed.get(m.id) ?? 0,
        seenAgoMs: now - m.lastSeen,
      })),
    );
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`shard-router on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, nodes: members.size });
  try {
    return await handle(req, url);
  } catch (err) {
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
