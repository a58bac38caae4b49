import {
  addLaps,
  book,
  finish,
  HeatError,
  heats,
  leaderboard,
  record,
  regulars,
  results,
} from "./heats.ts";
import { Jobs } from "./jobs.ts";
import { LiveTiming } from "./live.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;
const CALL_AFTER_MS = 100;

const jobs = new Jobs();
const live = new LiveTiming();
let trackStatus = { at: 0, heatsBooked: 0, racing: 0 };

jobs.every("track-status", 250, () => {
  const all = [...heats.values()];
  trackStatus = {
    at: Date.now(),
    heatsBooked: all.filter((h) => h.status === "booked").length,
    racing: all.filter((h) => h.status === "racing").length,
  };
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function heatOr404(id: string) {
  const heat = heats.get(id);
  if (!heat) throw new HeatError(404, `no heat ${id} on the board`);
  return heat;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [top, id, sub] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/leaderboard") {
    return json(200, {
      today: leaderboard,
      regulars: Object.fromEntries(regulars),
      track: trackStatus,
      jobs: jobs.size,
    });
  }
  if (top !== "heats") return json(404, { error: "not found" });

  if (!id && req.method === "POST") {
    const heat = book(await req.json());
    jobs.once(`call:${heat.id}`, CALL_AFTER_MS, () => {
      if (heat.status !== "booked") return;
      heat.status = "called";
      live.broadcast(heat.id, record(heat, "called", { to: "grid" }));
    });
    return json(201, { id: heat.id, grid: heat.grid });
  }
  if (id && !sub && req.method === "GET") {
    const heat = heats.get(id);
    if (heat) return json(200, { ...heat, events: heat.events.length });
    const result = results.find((r) => r.heat === id);
    return result ? json(200, result) : json(404, { error: "unknown heat" });
  }
  if (id && sub === "laps" && req.method === "POST") {
    const heat = heatOr404(id);
    const body = await req.json();
    addLaps(heat, body.laps ?? []);
    live.broadcast(heat.id, heat.events[heat.events.length - 1]);
    return json(200, { laps: heat.laps.length });
  }
  if (id && sub === "live" && req.method === "GET") {
    const heat = heatOr404(id);
    const body = live.stream(heat.id, heat.events, !url.searchParams.has("catchup"));
    return new Response(body, {
      headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
    });
  }
  if (id && sub === "finish" && req.method === "POST") {
    const heat = heatOr404(id);
    jobs.cancel(`call:${heat.id}`);
    const result = finish(heat);
    live.broadcast(heat.id, record(heat, "finished", { podium: result.standings.slice(0, 3) }));
    live.end(heat.id);
    return json(200, result);
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof HeatError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
