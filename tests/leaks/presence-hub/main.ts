import { type Heartbeat, presenceOf, recordHeartbeat, type Status } from "./presence.ts";
import { findTenant } from "./tenants.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const HEARTBEAT = new URLPattern({ pathname: "/tenants/:tenant/heartbeat" });
const PRESENCE = new URLPattern({ pathname: "/tenants/:tenant/presence" });
const STATUSES: Status[] = ["online", "away", "offline"];
const USER_ID = /^[\w.-]{1,64}$/;

function parseHeartbeat(body: unknown): Heartbeat | string {
  if (typeof body !== "object" || body === null) return "body must be a JSON object";
  const { user, device, status = "online" } = body as Record<string, unknown>;
  if (typeof user !== "string" || !USER_ID.test(user)) return "user is required";
  if (typeof device !== "string" || device.length === 0 || device.length > 128) {
    return "device is required (at most 128 characters)";
  }
  if (!STATUSES.includes(status as Status)) return `status must be one of ${STATUSES.join(", ")}`;
  return { user, device, status: status as Status };
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`presence hub listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  const beat = HEARTBEAT.exec(url);
  if (beat && req.method === "POST") {
    const tenant = findTenant(beat.pathname.groups.tenant ?? "");
    if (!tenant) return Response.json({ error: "unknown tenant" }, { status: 404 });
    const parsed = parseHeartbeat(await req.json().catch(() => null));
    if (typeof parsed === "string") return Response.json({ error: parsed }, { status: 400 });
    const online = recordHeartbeat(tenant.id, parsed);
    return Response.json({ tenant: tenant.id, online, nextHeartbeatMs: 30_000 });
  }

  const presence = PRESENCE.exec(url);
  if (presence && req.method === "GET") {
    const tenant = findTenant(presence.pathname.groups.tenant ?? "");
    if (!tenant) return Response.json({ error: "unknown tenant" }, { status: 404 });
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 25) || 25, 100);
    return Response.json(presenceOf(tenant.id, limit));
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
