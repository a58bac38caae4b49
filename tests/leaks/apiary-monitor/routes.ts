import { chart } from "./charts.ts";
import { alerts, HIVES } from "./hives.ts";
import { findInspection, Inspection, QueenCheck } from "./inspections.ts";

const READINGS = new URLPattern({ pathname: "/hives/:id/readings" });
const CHART = new URLPattern({ pathname: "/hives/:id/chart" });
const INSPECTION = new URLPattern({ pathname: "/hives/:id/inspections/:action(open|close)" });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

/** Waits up to `ms` for a swarm alert on one of `hives`. */
function nextAlert(hives: Set<string>, ms: number): Promise<string | null> {
  return new Promise((resolve) => {
    const onAlert = (event: Event) => {
      const hive = (event as CustomEvent<string>).detail;
      if (!hives.has(hive)) return;
      finish(hive);
    };
    const timer = setTimeout(() => finish(null), ms);
    function finish(hive: string | null) {
      clearTimeout(timer);
      alerts.removeEventListener("swarm", onAlert);
      resolve(hive);
    }
    alerts.addEventListener("swarm", onAlert);
  });
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/alerts") {
    const hives = new Set((url.searchParams.get("hives") ?? "").split(",").filter(Boolean));
    return json({ swarm: await nextAlert(hives, 20) });
  }

  const readings = READINGS.exec(url);
  if (readings && req.method === "POST") {
    const hive = HIVES.get(readings.pathname.groups.id ?? "");
    if (!hive) return json({ error: "unknown hive" }, 404);
    const body = await req.json();
    hive.record({
      at: Number(body.at) || Date.now(),
      weightKg: Number(body.weightKg),
      broodTempC: Number(body.broodTempC),
      humidity: Number(body.humidity),
    });
    if (hive.swarmSuspected()) alerts.dispatchEvent(new CustomEvent("swarm", { detail: hive.id }));
    return json({ ok: true }, 202);
  }

  const svg = CHART.exec(url);
  if (svg) {
    const hive = HIVES.get(svg.pathname.groups.id ?? "");
    if (!hive) return json({ error: "unknown hive" }, 404);
    const key = `${hive.id}:${url.searchParams.get("range") ?? "day"}`;
    return new Response(chart(key, hive.readings()), {
      headers: { "content-type": "image/svg+xml" },
    });
  }

  const inspection = INSPECTION.exec(url);
  if (inspection && req.method === "POST") {
    const hive = inspection.pathname.groups.id ?? "";
    if (!HIVES.has(hive)) return json({ error: "unknown hive" }, 404);
    const body = await req.json();
    const keeper = String(body.keeper ?? "");
    if (inspection.pathname.groups.action === "open") {
      if (findInspection(hive, keeper)) return json({ error: "already open" }, 409);
      const opened = body.queen ? new QueenCheck(hive, keeper) : new Inspection(hive, keeper);
      if (Array.isArray(body.notes)) opened.notes.push(...body.notes.map(String));
      return json({ hive, keeper: opened.keeper }, 201);
    }
    const open = findInspection(hive, keeper);
    if (!open) return json({ error: "no open inspection" }, 404);
    if (open instanceof QueenCheck) {
      open.queenSeen = Boolean(body.queenSeen);
      open.eggsSeen = Boolean(body.eggsSeen);
    }
    return json({ hive, minutes: Math.round(open.close() / 60_000) });
  }

  return json({ error: "not found" }, 404);
}
