import { assess, recentAlerts, startPager } from "./alerts.ts";
import { type Reading, SeriesCache, summarise, type Targets } from "./readings.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const cache = new SeriesCache();
startPager();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function isReading(x: Partial<Reading>): x is Reading {
  return typeof x.systolic === "number" && typeof x.diastolic === "number" &&
    typeof x.pulse === "number";
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/alerts") {
    return json(200, recentAlerts(Number(url.searchParams.get("limit") ?? 10)));
  }
  if (url.pathname === "/stats") return json(200, { patients: cache.size });

  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] !== "patients" || !parts[1]) return json(404, { error: "not found" });
  const patientId = parts[1];

  if (parts[2] === "readings" && req.method === "POST") {
    const body = await req.json() as Partial<Reading>;
    if (!isReading(body)) return json(400, { error: "systolic, diastolic and pulse required" });
    const reading: Reading = {
      systolic: body.systolic,
      diastolic: body.diastolic,
      pulse: body.pulse,
      takenAt: body.takenAt ?? new Date().toISOString(),
      arm: body.arm === "right" ? "right" : "left",
      device: body.device ?? "unknown",
    };
    cache.add(patientId, reading);
    const alert = assess(patientId, reading);
    return json(201, { stored: true, alert: alert?.level ?? null });
  }
  if (parts[2] === "summary" && req.method === "GET") {
    return json(200, summarise(cache.get(patientId)));
  }
  if (parts[2] === "targets" && req.method === "PATCH") {
    const body = await req.json() as Partial<Targets>;
    const series = cache.get(patientId);
    series.targets = {
      systolic: body.systolic ?? series.targets.systolic,
      diastolic: body.diastolic ?? series.targets.diastolic,
    };
    return json(200, summarise(series));
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
