import { alarms, evaluate } from "./alerts.ts";
import type { JsonObject } from "./merge.ts";
import { deltaOf, FLEET, shadowOf, update } from "./shadow.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8817;

async function handle(req: Request, url: URL): Promise<Response> {
  const m = /^\/devices\/([\w-]+)\/(shadow|status)$/.exec(url.pathname);
  if (m) {
    const shadow = shadowOf(m[1]);
    if (!shadow) return Response.json({ error: "unknown device" }, { status: 404 });
    if (m[2] === "shadow" && req.method === "POST") {
      const patch = await req.json() as {
        state?: { desired?: JsonObject; reported?: JsonObject };
        version?: number;
      };
      const result = update(shadow, patch);
      if ("conflict" in result) {
        return Response.json({ error: "version conflict", version: result.conflict }, {
          status: 409,
        });
      }
      evaluate(shadow);
      return Response.json(result);
    }
    if (m[2] === "status" && req.method === "GET") {
      const r = shadow.state.reported;
      return Response.json({
        device: shadow.deviceId,
        temperatureC: r.temperatureC,
        setpointC: shadow.state.desired.setpointC,
        door: r.door,
        firmware: r.firmware,
        pending: deltaOf(shadow),
        version: shadow.version,
        updated: new Date(shadow.updatedAt).toISOString(),
      });
    }
    return Response.json({ error: "method not allowed" }, { status: 405 });
  }
  if (url.pathname === "/fleet/alarms") {
    const now = Date.now();
    for (const id of FLEET) evaluate(shadowOf(id)!, now);
    return Response.json({ alarms: alarms() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`coldroom-sensors on http://${hostname}:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  return handle(req, url).catch((err) =>
    Response.json({ error: String(err?.message ?? err) }, { status: 500 })
  );
});
