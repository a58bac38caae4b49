import { MeterCache } from "./meter_cache.ts";
import type { Reading } from "./registry.ts";
import { writeCount } from "./registry.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const meters = new MeterCache();
const json = (status: number, body: unknown) => Response.json(body, { status });

function usage(readings: Reading[]) {
  if (readings.length < 2) return 0;
  return readings[readings.length - 1].value - readings[readings.length - 2].value;
}

async function route(req: Request, url: URL): Promise<Response> {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "meters" && parts.length === 2 && req.method === "GET") {
    const row = await meters.get(parts[1]);
    return json(200, { ...row, lastUsage: usage(row.readings) });
  }
  if (parts[0] === "meters" && parts[2] === "readings" && req.method === "POST") {
    const body = await req.json();
    if (typeof body.value !== "number") return json(400, { error: "value must be a number" });
    const reading: Reading = {
      at: body.at ?? new Date().toISOString(),
      value: body.value,
      source: body.source === "manual" ? "manual" : "smart",
    };
    const row = await meters.addReading(parts[1], reading);
    return json(202, { id: row.id, readings: row.readings.length, lastUsage: usage(row.readings) });
  }
  if (url.pathname === "/debug/cache") return json(200, { ...meters.stats(), saved: writeCount() });
  return json(404, { error: "not found" });
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`meter readings on :${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  try {
    return await route(req, url);
  } catch (err) {
    return json(500, { error: (err as Error).message });
  }
});
