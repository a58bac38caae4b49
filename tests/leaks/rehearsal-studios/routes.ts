import {
  book,
  type BookingRequest,
  bookingStats,
  cancel,
  freeRooms,
  HttpError,
} from "./bookings.ts";

const CANCEL = new URLPattern({ pathname: "/bookings/:ref/cancel" });

function view(b: ReturnType<typeof book>) {
  return {
    ref: b.ref,
    room: b.room.name,
    from: new Date(b.start).toISOString(),
    until: new Date(b.end).toISOString(),
    price: b.priceCents / 100,
    status: b.status,
  };
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/bookings" && req.method === "POST") {
    const body = await req.json() as BookingRequest;
    if (!/^[\w-]{3,40}$/.test(String(body.ref)) || !body.band) {
      throw new HttpError(422, "ref and band");
    }
    return Response.json(view(book({ ...body, players: Number(body.players) || 1 })), {
      status: 201,
    });
  }
  const c = CANCEL.exec(url);
  if (c && req.method === "POST") return Response.json(view(cancel(c.pathname.groups.ref!)));
  if (url.pathname === "/availability") {
    const date = url.searchParams.get("date") ?? "2026-06-12";
    const from = url.searchParams.get("from") ?? "19:00";
    const hours = Number(url.searchParams.get("hours")) || 2;
    return Response.json({ date, from, hours, free: freeRooms(date, from, hours) });
  }
  if (url.pathname === "/stats") return Response.json(bookingStats());
  return Response.json({ error: "not found" }, { status: 404 });
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (e) {
    const status = e instanceof HttpError ? e.status : 400;
    return Response.json({ error: (e as Error).message }, { status });
  }
}
