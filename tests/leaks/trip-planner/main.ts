import { ErrorGroups } from "./errors.ts";
import { hedged, hedging, inFlight, p95 } from "./hedge.ts";
import { departures, type Journey, replicas, STOPS } from "./planner.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8760;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const errors = new ErrorGroups();

// Journeys a rider saved ("Work", "Mum's"), newest first, ten per rider. Riders are signed in,
// so this is per account and small; it is written through to the accounts service.
type Saved = { label: string; journey: Journey; savedAt: string };
const savedByRider = new Map<string, readonly Saved[]>();
const SAVED_PER_RIDER = 10;

// Plans being computed, by request id, for the /debug page.
const planning = new Map<string, { from: string; to: string; startedAt: number }>();

function stopOf(id: string | null): string {
  if (!id || !(id in STOPS)) throw new HttpError(404, `unknown stop ${id}`);
  return id;
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  try {
    const body = await req.json();
    return body && typeof body === "object" ? body : {};
  } catch {
    throw new HttpError(400, "body must be JSON");
  }
}

async function handle(req: Request, url: URL, requestId: string): Promise<Response> {
  if (url.pathname === "/journeys" && req.method === "GET") {
    const from = stopOf(url.searchParams.get("from"));
    const to = stopOf(url.searchParams.get("to"));
    const departs = url.searchParams.get("departs") ?? new Date().toISOString();
    if (Number.isNaN(Date.parse(departs))) throw new HttpError(422, "departs must be a date-time");
    planning.set(requestId, { from, to, startedAt: Date.now() });
    try {
      const journey = await hedged(replicas.map((r) => ({
        name: r.name,
        run: () => r.run(from, to, new Date(departs).toISOString()),
      })));
      return Response.json(journey);
    } finally {
      planning.delete(requestId);
    }
  }

  const savedRoute = /^\/riders\/([\w-]+)\/saved$/.exec(url.pathname);
  if (savedRoute && req.method === "POST") {
    const body = await readBody(req);
    const journey = body.journey as Journey | undefined;
    if (!journey?.from || !journey?.to) throw new HttpError(422, "journey is required");
    const entry: Saved = {
      label: String(body.label ?? "Saved").slice(0, 40),
      journey,
      savedAt: new Date().toISOString(),
    };
    const previous = savedByRider.get(savedRoute[1]) ?? [];
    const next = [entry, ...previous.filter((s) => s.label !== entry.label)].slice(
      0,
      SAVED_PER_RIDER,
    );
    savedByRider.set(savedRoute[1], next);
    return Response.json({ saved: next.length }, { status: 201 });
  }
  if (savedRoute && req.method === "GET") {
    return Response.json(savedByRider.get(savedRoute[1]) ?? []);
  }

  const departuresRoute = /^\/stops\/([\w-]+)\/departures$/.exec(url.pathname);
  if (departuresRoute && req.method === "GET") {
    const stop = stopOf(departuresRoute[1]);
    const operator = url.searchParams.get("operator") ?? "ns";
    return Response.json({
      stop,
      operator,
      departures: await departures(stop, operator, requestId),
    });
  }

  if (url.pathname === "/ops" && req.method === "GET") {
    return Response.json({
      issues: errors.list(),
      hedging: { ...hedging, inFlight: inFlight(), p95Ms: Math.round(p95()) },
      planning: planning.size,
    });
  }

  throw new HttpError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`trip-planner on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  try {
    return await handle(req, url, requestId);
  } catch (err) {
    if (err instanceof HttpError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    const error = err instanceof Error ? err : new Error(String(err));
    errors.capture(error, `${req.method} ${url.pathname}`, requestId);
    return Response.json({ error: "something went wrong", requestId }, { status: 502 });
  }
});
