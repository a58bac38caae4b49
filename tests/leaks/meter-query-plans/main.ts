import { MeterRepository, seed } from "./readings.ts";
import { Database } from "./db.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8091;

const repo = new MeterRepository(seed());

async function usage(meterId: string, from: number): Promise<Response> {
  const meter = await repo.meter(meterId);
  if (!meter) return Response.json({ error: `no meter ${meterId}` }, { status: 404 });
  const [readings, [tariff]] = await Promise.all([
    repo.readingsSince(meterId, from),
    repo.tariff(String(meter.tariff)),
  ]);
  const kwh = readings.reduce((sum, r) => sum + Number(r.kwh), 0);
  return Response.json({
    meter: meterId,
    tariff: meter.tariff,
    readings,
    kwh: Math.round(kwh * 100) / 100,
    costPence: Math.round(kwh * Number(tariff?.pence_per_kwh ?? 0)),
  });
}

async function route(req: Request, url: URL): Promise<Response> {
  const m = /^\/meters\/([\w-]+)\/(readings|latest)$/.exec(url.pathname);
  if (req.method === "GET" && m?.[2] === "readings") {
    const from = Number(url.searchParams.get("from") ?? 0);
    if (!Number.isFinite(from)) return Response.json({ error: "bad from" }, { status: 400 });
    return await usage(m[1], from);
  }
  if (req.method === "GET" && m?.[2] === "latest") {
    const latest = await repo.latestReading(m[1]);
    return latest
      ? Response.json(latest)
      : Response.json({ error: "no readings" }, { status: 404 });
  }
  if (req.method === "GET" && url.pathname === "/debug/plans") {
    return Response.json({ plans: Database.plans.size });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: String(err) }, { status: 500 });
  }
});
