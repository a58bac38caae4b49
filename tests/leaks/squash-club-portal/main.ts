import { BookerKey, counters, findBooking, HttpError, liveBookings } from "./bookings.ts";
import { clubConfig } from "./clubs.ts";
import { RequestScope } from "./scope.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const app = new RequestScope(null, { startedAt: Date.now() });

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request, scope: RequestScope, parts: string[]): Promise<Response> {
  const booker = scope.get(BookerKey);
  // POST /clubs/:club/bookings
  if (parts[2] === "bookings" && !parts[3] && req.method === "POST") {
    return json(201, booker.book(await req.json()));
  }
  // GET /clubs/:club/bookings/:ref
  if (parts[2] === "bookings" && parts[3] && !parts[4] && req.method === "GET") {
    const b = findBooking(parts[3]);
    return b ? json(200, b) : json(404, { error: "no such booking" });
  }
  // POST /clubs/:club/bookings/:ref/cancel
  if (parts[2] === "bookings" && parts[3] && parts[4] === "cancel" && req.method === "POST") {
    return json(200, booker.cancel(parts[3]));
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") {
    return json(200, { ...counters, live: liveBookings(), openScopes: app.childCount });
  }
  const parts = url.pathname.split("/").filter(Boolean);
  const club = parts[0] === "clubs" ? clubConfig(parts[1] ?? "") : undefined;
  if (!club) return json(404, { error: "no such club" });
  const scope = app.fork({ club, member: req.headers.get("x-member") ?? "guest" });
  try {
    return await handle(req, scope, parts);
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  } finally {
    scope.close();
  }
});
