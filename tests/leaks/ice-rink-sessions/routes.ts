import { LruCache } from "./lru.ts";
import { rentalDesk, validSize } from "./rentals.ts";
import { book, checkIn, checkOut, findSession, rinkStatus } from "./sessions.ts";

const SESSION_BOOKINGS = /^\/sessions\/([\w-]+)\/bookings$/;
const SESSION = /^\/sessions\/([\w-]+)$/;
const BOOKING_STEP = /^\/bookings\/([\w-]+)\/(check-in|check-out)$/;

/** Rendered session boards per kiosk view (each kiosk asks with its own layout id). */
const boards = new LruCache<string, { at: number; body: string }>(24);

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  const bookings = SESSION_BOOKINGS.exec(url.pathname);
  if (bookings && req.method === "POST") {
    const session = findSession(bookings[1]);
    if (!session) return json({ error: "no such session" }, 404);
    const body = await req.json().catch(() => null);
    if (!body || !/^R-\w+$/.test(body.id ?? "") || !(body.skaters >= 1 && body.skaters <= 8)) {
      return json({ error: "id and skaters (1-8)" }, 422);
    }
    const result = book(session, {
      id: body.id,
      skaters: body.skaters,
      name: String(body.name ?? ""),
      email: String(body.email ?? ""),
    });
    return "error" in result ? json(result, 409) : json(result.booking, 201);
  }

  if (url.pathname === "/rentals" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body || !/^S-\w+$/.test(body.id ?? "") || !validSize(body.size)) {
      return json({ error: "id and a size we stock" }, 422);
    }
    rentalDesk.add({
      id: body.id,
      size: body.size,
      booking: body.booking,
      requestedAt: Date.now(),
    });
    return json(rentalDesk.stats(), 202);
  }

  if (url.pathname === "/desk/next" && req.method === "POST") {
    const rental = rentalDesk.next(Number(url.searchParams.get("size")));
    return rental ? json(rental) : new Response(null, { status: 204 });
  }

  const step = BOOKING_STEP.exec(url.pathname);
  if (step && req.method === "POST") {
    const id = step[1];
    const booking = step[2] === "check-in" ? checkIn(id) : checkOut(id);
    return booking ? json(booking) : json({ error: "no such booking at this step" }, 404);
  }

  const session = SESSION.exec(url.pathname);
  if (session && req.method === "GET") {
    const found = findSession(session[1]);
    if (!found) return json({ error: "no such session" }, 404);
    const view = url.searchParams.get("view") ?? "default";
    const key = `${found.id}|${view}`;
    let board = boards.get(key);
    if (!board || Date.now() - board.at > 250) {
      board = {
        at: Date.now(),
        body: JSON.stringify({ ...found, free: found.capacity - found.booked, view }),
      };
      boards.set(key, board);
    }
    return new Response(board.body, { headers: { "content-type": "application/json" } });
  }

  if (url.pathname === "/rink" && req.method === "GET") {
    return json({ ...rinkStatus(), rentals: rentalDesk.stats() });
  }
  return json({ error: "not found" }, 404);
}
