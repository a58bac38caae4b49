import { feedStats, predictions, STOPS } from "./feed.ts";
import { archiveStats, latestPings, recordPing } from "./pings.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8966;

// Rendered boards per stop and line filter, kept for a second, at most 32 (least recently used
// out): signs at the stops ask every few seconds with their own filters.
const boards = new Map<string, { body: unknown; builtAt: number }>();
const MAX_BOARDS = 32;
const BOARD_MS = 1_000;
const requests: Record<string, number> = { board: 0, ping: 0, fresh: 0 };

async function board(stop: string, lines: string[], fresh: boolean) {
  const key = `${stop}|${lines.join(",")}`;
  const cached = boards.get(key);
  boards.delete(key);
  if (cached && !fresh && Date.now() - cached.builtAt < BOARD_MS) {
    boards.set(key, cached);
    return cached.body;
  }
  const snapshot = await predictions(fresh);
  const all = snapshot.stops.get(stop) ?? [];
  const body = {
    stop,
    updated: new Date(snapshot.readAt).toISOString(),
    departures: all.filter((p) => !lines.length || lines.includes(p.line))
      .sort((a, b) => a.minutes - b.minutes),
  };
  boards.set(key, { body, builtAt: Date.now() });
  if (boards.size > MAX_BOARDS) boards.delete(boards.keys().next().value!);
  return body;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`tram-arrivals on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const m = /^\/stops\/([a-z]+)\/board$/.exec(url.pathname);
  if (m && STOPS[m[1]]) {
    requests.board++;
    const fresh = req.headers.get("cache-control")?.includes("no-cache") ?? false;
    if (fresh) requests.fresh++;
    const lines = (url.searchParams.get("lines") ?? "").split(",").filter(Boolean).slice(0, 8);
    return Response.json(await board(m[1], lines, fresh));
  }
  if (url.pathname === "/pings" && req.method === "POST") {
    const body = await req.json();
    if (typeof body.vehicle !== "string" || !Number.isFinite(body.lat)) {
      return Response.json({ error: "vehicle, line, lat, lon" }, { status: 422 });
    }
    requests.ping++;
    recordPing({
      vehicle: body.vehicle,
      line: String(body.line ?? ""),
      lat: Number(body.lat),
      lon: Number(body.lon),
      speedKmh: Number(body.speedKmh ?? 0),
      at: Date.now(),
    });
    return new Response(null, { status: 202 });
  }
  if (url.pathname === "/ops/map") return Response.json({ pings: latestPings(20) });
  if (url.pathname === "/status") {
    return Response.json({
      requests,
      feed: feedStats(),
      archive: archiveStats(),
      boards: boards.size,
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
