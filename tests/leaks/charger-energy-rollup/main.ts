import { EnergyRollup, type MeterValue } from "./rollup.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

interface MeterValuesBody {
  connectorId?: number;
  site?: string;
  sampledValue?: { measurand: string; value: number }[];
}

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

/** OCPP-style MeterValues forwarded by the charge-point gateway as JSON. */
async function meterValues(req: Request, chargerId: string): Promise<Response> {
  const body = await req.json().catch(() => null) as MeterValuesBody | null;
  if (!body || !Array.isArray(body.sampledValue)) {
    return json({ error: "sampledValue[] required" }, 400);
  }
  const sample = (measurand: string) =>
    Number(body.sampledValue!.find((s) => s.measurand === measurand)?.value ?? 0);
  const value: MeterValue = {
    chargerId,
    connector: Number(body.connectorId ?? 1),
    site: String(body.site ?? "unknown"),
    energyWh: sample("Energy.Active.Import.Interval"),
    powerW: sample("Power.Active.Import"),
    at: Date.now(),
  };
  if (value.energyWh < 0 || value.powerW < 0) return json({ error: "negative reading" }, 422);
  EnergyRollup.record(value);
  return json({ status: "Accepted" });
}

function dashboard(url: URL): Response {
  const n = Math.min(Number(url.searchParams.get("windows")) || 10, 600);
  const windows = EnergyRollup.recent(n);
  const bySite = new Map<string, number>();
  for (const w of windows) {
    for (const c of w.chargers) bySite.set(c.site, (bySite.get(c.site) ?? 0) + c.energyWh);
  }
  return json({
    windows: windows.length,
    energyWh: windows.reduce((sum, w) => sum + w.energyWh, 0),
    bySite: Object.fromEntries(bySite),
  });
}

EnergyRollup.start();

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`charger rollups on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  const m = url.pathname.match(/^\/chargers\/([\w-]+)\/meter-values$/);
  if (m && req.method === "POST") return await meterValues(req, m[1]);
  if (url.pathname === "/dashboard/energy" && req.method === "GET") return dashboard(url);
  return json({ error: "not found" }, 404);
});
