import { GatewayFleet } from "./fleet.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const fleet = new GatewayFleet();

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/fleet") return json(fleet.summary());
  if (url.pathname === "/gateways" && req.method === "POST") {
    const body = await req.json();
    if (!body.id || !body.ward) return json({ error: "id and ward are required" }, 400);
    const gw = fleet.register({
      id: String(body.id),
      ward: String(body.ward),
      firmware: String(body.firmware ?? "unknown"),
      ip: String(body.ip ?? ""),
    });
    return json({ id: gw.id, heartbeatMs: 50 }, 201);
  }
  if (parts[0] === "gateways" && parts[2] === "heartbeat" && req.method === "POST") {
    const body = await req.json();
    const gw = fleet.heartbeat(parts[1], Number(body.beacons ?? 0), Number(body.rssi ?? 0));
    // an unknown gateway is told to register again
    return gw ? json({ ok: true }) : json({ error: "register first" }, 409);
  }
  if (parts[0] === "gateways" && parts[2] === "retire" && req.method === "POST") {
    return json({ retired: fleet.retire(parts[1]) });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof SyntaxError) return json({ error: "bad JSON" }, 400);
    return json({ error: String(err) }, 500);
  }
});
console.log(`beacon gateways on :${port}`);
