import { board, book, BookingError, complete, day, find, refreshTravel } from "./schedule.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const BOOKING = /^\/bookings\/([A-Za-z0-9-]+)(?:\/(travel|complete))?$/;
const DAY = /^\/technicians\/(T-\d\d)\/day$/;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && url.pathname === "/board") return json(board());
  if (req.method === "POST" && url.pathname === "/bookings") {
    return json(book(await req.json()), 201);
  }

  const d = DAY.exec(url.pathname);
  if (req.method === "GET" && d) return json(day(d[1]));

  const m = BOOKING.exec(url.pathname);
  if (!m) return json({ error: "not found" }, 404);
  if (req.method === "GET" && !m[2]) return json(find(m[1]));
  if (req.method === "POST" && m[2] === "travel") return json(refreshTravel(m[1]));
  if (req.method === "POST" && m[2] === "complete") {
    const body = await req.json();
    if (!body.pitchAfter) return json({ error: "pitchAfter is required" }, 422);
    return json(complete(m[1], {
      pitchBefore: String(body.pitchBefore ?? ""),
      pitchAfter: String(body.pitchAfter),
      notes: String(body.notes ?? ""),
    }));
  }
  return json({ error: "method not allowed" }, 405);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`tuning rounds on http://${hostname}:${port}`),
}, async (req) => {
  try {
    return await route(req, new URL(req.url));
  } catch (err) {
    if (err instanceof BookingError) return json({ error: err.message }, err.status);
    if (err instanceof SyntaxError) return json({ error: "invalid JSON" }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
});
