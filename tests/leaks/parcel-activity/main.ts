import { Hono } from "hono";
import {
  type Depot,
  DEPOTS,
  depotTotals,
  KINDS,
  lastException,
  parcelHistory,
  recordScan,
  type ScanKind,
} from "./feed.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const app = new Hono();

app.get("/healthz", (c) => c.text("ok"));

app.post("/scans", async (c) => {
  const body = await c.req.json().catch(() => null) as Record<string, unknown> | null;
  if (!body || typeof body.parcel !== "string" || !/^[A-Z0-9-]{4,32}$/.test(body.parcel)) {
    return c.json({ error: "parcel id required" }, 400);
  }
  if (!DEPOTS.includes(body.depot as Depot)) return c.json({ error: "unknown depot" }, 400);
  if (!KINDS.includes(body.kind as ScanKind)) return c.json({ error: "unknown scan kind" }, 400);
  const event = recordScan({
    parcel: body.parcel,
    depot: body.depot as Depot,
    kind: body.kind as ScanKind,
    scannedBy: String(body.scannedBy ?? "unknown"),
    note: typeof body.note === "string" ? body.note.slice(0, 200) : undefined,
  });
  return c.json({ recorded: event.at }, 201);
});

app.get("/parcels/:id/history", (c) => {
  const history = parcelHistory(c.req.param("id"));
  if (history.length === 0) return c.json({ error: "no scans for this parcel" }, 404);
  const last = history[history.length - 1];
  return c.json({
    parcel: c.req.param("id"),
    status: last.kind,
    lastSeen: { depot: last.depot, at: last.at },
    scans: history.map((e) => ({ kind: e.kind, depot: e.depot, at: e.at, note: e.note })),
  });
});

app.get("/depots/:depot", (c) => {
  const depot = c.req.param("depot") as Depot;
  if (!DEPOTS.includes(depot)) return c.json({ error: "unknown depot" }, 404);
  return c.json({
    depot,
    totals: depotTotals[depot] ?? {},
    lastException: lastException.get(depot) ?? null,
  });
});

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`parcel activity on :${port}`),
}, app.fetch);
