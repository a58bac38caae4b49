import { type Customer, SessionDesk } from "./sessions.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const SHOWS = [
  { id: "aurora", title: "Under the Aurora", startsAt: "19:30", rows: 12, perRow: 18 },
  { id: "moons", title: "Moons of Jupiter", startsAt: "15:00", rows: 12, perRow: 18 },
];

const desk = new SessionDesk();
setInterval(() => desk.sweep(), 250);

function validSeat(showId: string, seat: string) {
  const show = SHOWS.find((s) => s.id === showId);
  const m = /^([A-Z])(\d{1,2})$/.exec(seat);
  if (!show || !m) return false;
  const row = m[1].charCodeAt(0) - 64;
  return row <= show.rows && Number(m[2]) >= 1 && Number(m[2]) <= show.perRow;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/shows") return Response.json(SHOWS);
  if (url.pathname === "/stats") return Response.json(desk.stats());

  if (parts[0] === "shows" && parts[2] === "sessions" && !parts[3] && req.method === "POST") {
    const showId = parts[1];
    if (!SHOWS.some((s) => s.id === showId)) {
      return Response.json({ error: "no such show" }, { status: 404 });
    }
    const body = await req.json() as Partial<Customer> & { ref?: string };
    if (!body.ref || !body.name || !body.email) {
      return Response.json({ error: "ref, name and email required" }, { status: 400 });
    }
    const session = desk.open(showId, body.ref, {
      name: body.name,
      email: body.email,
      concession: body.concession ?? "adult",
    });
    if (!session) return Response.json({ error: "session exists" }, { status: 409 });
    return Response.json({ session: session.id, expires: "10m" }, { status: 201 });
  }

  if (parts[0] === "shows" && parts[2] === "sessions" && parts[3]) {
    const [, showId, , sid, action] = parts;
    const session = desk.get(sid);
    if (!session) return Response.json({ error: "session expired" }, { status: 404 });
    if (action === "seats" && req.method === "POST") {
      const { seats } = await req.json() as { seats: string[] };
      const bad = seats.filter((s) => !validSeat(showId, s));
      if (bad.length) return Response.json({ error: "unavailable", seats: bad }, { status: 409 });
      for (const s of seats) session.add(s);
      return Response.json({ cart: session.cart, total: session.total() });
    }
    if (action === "checkout" && req.method === "POST") {
      return Response.json(desk.checkout(sid, showId));
    }
    return Response.json({ cart: session.cart, total: session.total() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`planetarium on :${port}`) },
  handle,
);
