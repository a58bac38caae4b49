import { dashboard, type IncomingSample, record, rocofOf, substations } from "./substations.ts";

const MEASUREMENTS = new URLPattern({ pathname: "/substations/:id/measurements" });
const ROCOF = new URLPattern({ pathname: "/substations/:id/rocof" });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

interface MeasurementBatch {
  pmu?: string;
  seq?: number;
  samples?: IncomingSample[];
}

function valid(s: IncomingSample): boolean {
  return [s.hz, s.kv, s.mw].every((v) => typeof v === "number" && Number.isFinite(v)) &&
    s.hz > 45 && s.hz < 55;
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/dashboard" && req.method === "GET") return json(dashboard());

  const measurements = MEASUREMENTS.exec(url);
  if (measurements && req.method === "POST") {
    const substation = substations.get(measurements.pathname.groups.id!);
    if (!substation) return json({ error: "unknown substation" }, 404);
    const batch = await req.json().catch(() => null) as MeasurementBatch | null;
    if (!batch?.pmu || !Array.isArray(batch.samples) || batch.samples.length === 0) {
      return json({ error: "pmu and samples are required" }, 400);
    }
    if (batch.samples.length > 50 || !batch.samples.every(valid)) {
      return json({ error: "samples out of range" }, 422);
    }
    const stored = record(substation, batch.pmu, batch.seq ?? 0, batch.samples);
    return json({ stored }, 202);
  }

  const rocof = ROCOF.exec(url);
  if (rocof && req.method === "GET") {
    const substation = substations.get(rocof.pathname.groups.id!);
    if (!substation) return json({ error: "unknown substation" }, 404);
    const value = rocofOf(substation);
    return json({ substation: substation.id, rocofHzPerS: value ?? null });
  }
  return json({ error: "not found" }, 404);
}
