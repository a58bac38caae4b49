import { cardResponse } from "./card.ts";
import { liftBoard, recentScans, scan } from "./gates.ts";
import { activePasses, issuePass, PassError, passForBooking } from "./passes.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8881;

async function json<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new PassError(400, "body must be JSON");
  }
}

function booked(booking: string) {
  const pass = passForBooking(booking);
  if (!pass) throw new PassError(404, `no pass out for booking ${booking}`);
  return pass;
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/passes" && req.method === "POST") {
    const pass = issuePass(await json(req));
    return Response.json({ number: pass.number, kind: pass.kind, booking: pass.booking }, {
      status: 201,
    });
  }
  const bookingPath = /^\/bookings\/([\w-]+)\/(card|return)$/.exec(url.pathname);
  if (bookingPath?.[2] === "card" && req.method === "GET") {
    return await cardResponse(booked(bookingPath[1]));
  }
  if (bookingPath?.[2] === "return" && req.method === "POST") {
    return Response.json(booked(bookingPath[1]).close());
  }
  const gate = /^\/lifts\/([\w-]+)\/scans$/.exec(url.pathname);
  if (gate && req.method === "POST") {
    const body = await json<{ booking?: string; pass?: string }>(req);
    const pass = body.pass
      ? activePasses.get(body.pass)
      : body.booking
      ? passForBooking(body.booking)
      : undefined;
    const entry = scan(gate[1], pass);
    return Response.json(entry, { status: entry.allowed ? 200 : 403 });
  }
  if (url.pathname === "/lifts" && req.method === "GET") {
    return Response.json({ lifts: liftBoard(), passesOut: activePasses.size });
  }
  if (url.pathname === "/scans/recent" && req.method === "GET") {
    return Response.json(recentScans(Number(url.searchParams.get("n") ?? 10)));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`ski-passes on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof PassError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
