import {
  book,
  depart,
  FareError,
  fareFor,
  getTrip,
  partyOf,
  scheduleTrip,
  stats,
} from "./fares.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function readJson(req: Request) {
  try {
    return await req.json();
  } catch {
    throw new FareError(400, "bad JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, stats());
  if (url.pathname === "/trips" && req.method === "POST") {
    return json(201, scheduleTrip(await readJson(req)));
  }
  if (parts[0] === "trips" && parts[1]) {
    const id = parts[1];
    if (parts.length === 2 && req.method === "GET") return json(200, getTrip(id));
    // GET /trips/:id/fare?adults=2&children=1&promo=STUDENT10
    if (parts[2] === "fare" && req.method === "GET") {
      const party = partyOf({
        adults: url.searchParams.get("adults") ?? undefined,
        children: url.searchParams.get("children") ?? undefined,
      });
      return json(200, fareFor(id, party, url.searchParams.get("promo") ?? undefined));
    }
    if (parts[2] === "bookings" && req.method === "POST") {
      return json(201, book(id, await readJson(req)));
    }
    if (parts[2] === "depart" && req.method === "POST") return json(200, depart(id));
  }
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`fares on :${port}`) },
  (req) =>
    route(req).catch((err) =>
      err instanceof FareError
        ? json(err.status, { error: err.message })
        : json(500, { error: String(err) })
    ),
);
