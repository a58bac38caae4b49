import { allDevices, findDevice } from "./devices.ts";
import { type IncomingReading, ingestBatch, latest, openExcursions, recent } from "./readings.ts";

const READINGS = new URLPattern({ pathname: "/devices/:id/readings" });
const DEVICE = new URLPattern({ pathname: "/devices/:id" });
const MAX_BATCH = 20;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

function validBatch(value: unknown): value is IncomingReading[] {
  return Array.isArray(value) && value.length > 0 && value.length <= MAX_BATCH &&
    value.every((r) =>
      r && typeof r.at === "string" && !Number.isNaN(Date.parse(r.at)) &&
      typeof r.celsius === "number" && r.celsius > -60 && r.celsius < 60
    );
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/excursions") return json({ excursions: openExcursions() });
  if (url.pathname === "/devices") {
    return json({ devices: allDevices().map((d) => ({ ...d, latest: latest(d.id) ?? null })) });
  }

  const readings = READINGS.exec(url);
  if (readings) {
    const device = findDevice(readings.pathname.groups.id ?? "");
    if (!device) return json({ error: "unknown device" }, 404);
    if (req.method === "GET") {
      const limit = Math.min(Number(url.searchParams.get("limit") ?? 50) || 50, 200);
      return json({ readings: recent(device.id, limit) });
    }
    if (req.method !== "POST") return json({ error: "method not allowed" }, 405);
    const body = await req.json().catch(() => null);
    if (!validBatch(body?.readings)) {
      return json({ error: `readings must be 1–${MAX_BATCH} {at, celsius}` }, 400);
    }
    return json({ accepted: ingestBatch(device, body.readings) }, 202);
  }

  const match = DEVICE.exec(url);
  if (match) {
    const device = findDevice(match.pathname.groups.id ?? "");
    return device ? json({ ...device, latest: latest(device.id) ?? null }) : json(
      { error: "unknown device" },
      404,
    );
  }
  return json({ error: "not found" }, 404);
}
