import { DeviceRegistry, type Platform } from "./registry.ts";
import { notifyUser } from "./push.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const registry = new DeviceRegistry();
const PLATFORMS = new Set<Platform>(["ios", "android", "web"]);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function deviceView(d: ReturnType<DeviceRegistry["byToken"]>) {
  return d && { id: d.id, user: d.userId, platform: d.platform, topics: [...d.topics] };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, registry.counts());

  if (url.pathname === "/devices" && req.method === "POST") {
    const b = await req.json().catch(() => ({}));
    if (!b.deviceId || !b.userId || !b.token || !PLATFORMS.has(b.platform)) {
      return json(400, { error: "deviceId, userId, platform and token are required" });
    }
    return json(201, deviceView(registry.register(b)));
  }
  // PATCH /devices/:id  { token, appVersion }
  if (parts[0] === "devices" && parts.length === 2 && req.method === "PATCH") {
    const b = await req.json().catch(() => ({}));
    if (typeof b.token !== "string") return json(400, { error: "token required" });
    const device = registry.updateToken(parts[1], b.token, b.appVersion);
    return device ? json(200, deviceView(device)) : json(404, { error: "no such device" });
  }
  // POST /devices/:id/unregister  (sign-out on the phone)
  if (parts[0] === "devices" && parts[2] === "unregister" && req.method === "POST") {
    return json(registry.unregister(parts[1]) ? 200 : 404, { id: parts[1] });
  }
  // POST /users/:id/notify
  if (parts[0] === "users" && parts[2] === "notify" && req.method === "POST") {
    const b = await req.json().catch(() => ({}));
    const reports = notifyUser(registry, parts[1], {
      title: String(b.title ?? ""),
      body: String(b.body ?? ""),
      topic: String(b.topic ?? "account"),
      data: b.data,
    });
    return json(200, { reports });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, handle);
