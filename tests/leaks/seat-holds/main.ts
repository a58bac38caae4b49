import { boxOfficeStats, enqueueSale } from "./boxoffice.ts";
import {
  countConfirmed,
  countReleased,
  HoldError,
  holdStats,
  placeHold,
  takeHold,
} from "./holds.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const EVENTS = new Map([
  ["jazz-night", { title: "Jazz night", priceCents: 3_500, rows: 40, seatsPerRow: 30 }],
  ["comedy-club", { title: "Comedy club", priceCents: 2_200, rows: 12, seatsPerRow: 20 }],
]);

const HOLDS = new URLPattern({ pathname: "/events/:event/holds" });
const HOLD = new URLPattern({ pathname: "/events/:event/holds/:seat/:action(confirm|release)" });
const EVENT = new URLPattern({ pathname: "/events/:event" });
const SEAT = /^R\d{1,6}-S\d{1,2}$/;

async function json(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object") throw new HoldError(400, "JSON object required");
  return body;
}

function eventOrThrow(id: string) {
  const event = EVENTS.get(id);
  if (!event) throw new HoldError(404, `no event ${id}`);
  return event;
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const holds = HOLDS.exec(url);
  if (holds && req.method === "POST") {
    const eventId = holds.pathname.groups.event!;
    eventOrThrow(eventId);
    const body = await json(req);
    const seat = String(body.seat ?? "");
    if (!SEAT.test(seat)) throw new HoldError(422, "seat looks like R12-S7");
    const customer = String(body.customer ?? "");
    if (!customer.includes("@")) throw new HoldError(422, "customer email required");
    const hold = placeHold(eventId, seat, customer);
    return Response.json({ seat, expiresAt: hold.createdAt + 600_000 }, { status: 201 });
  }
  const hold = HOLD.exec(url);
  if (hold && req.method === "POST") {
    const { event: eventId, seat, action } = hold.pathname.groups;
    const event = eventOrThrow(eventId!);
    const body = await json(req);
    const taken = takeHold(eventId!, seat!, body.customer as string | undefined);
    if (action === "release") {
      countReleased();
      return Response.json({ seat, released: true });
    }
    const payment = String(body.payment ?? "");
    if (!payment.startsWith("pi_")) throw new HoldError(422, "payment intent id required");
    enqueueSale({ ...taken, payment, priceCents: event.priceCents });
    countConfirmed();
    return Response.json({ seat, sold: true, priceCents: event.priceCents });
  }
  const event = EVENT.exec(url);
  if (event && req.method === "GET") {
    const id = event.pathname.groups.event!;
    return Response.json({
      ...eventOrThrow(id),
      holds: holdStats(id),
      boxOffice: boxOfficeStats(),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`seat holds on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof HoldError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
