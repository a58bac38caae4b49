import { ChannelHub } from "./channels.ts";
import { DepositDesk } from "./deposits.ts";
import { BookingDesk, BookingError } from "./holds.ts";
import { rateCard, ROOMS, setHourlyRate } from "./rates.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8164;

const deposits = new DepositDesk();
const channels = new ChannelHub();
const desk = new BookingDesk(deposits, channels);
channels.configure({ email: { to: "events@dekroon.nl" } });
setInterval(() => deposits.sweep(), 5 * 60_000);

const HOLD = new URLPattern({ pathname: "/holds/:id" });
const RATE = new URLPattern({ pathname: "/admin/rates/:room" });

async function json(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new BookingError(400, "expected a JSON object");
  }
  return body;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (req.method === "GET" && url.pathname === "/rooms") {
    const card = rateCard.value;
    return Response.json(ROOMS.map((r) => ({ ...r, hourly: card.hourly[r.id] / 100 })));
  }
  if (req.method === "POST" && url.pathname === "/holds") {
    return Response.json(desk.place(await json(req)), { status: 201 });
  }
  if (req.method === "POST" && url.pathname === "/webhooks/deposits") {
    const body = await json(req);
    const holdId = String(body.holdId ?? "");
    const amount = Number(body.amount);
    if (!holdId || !Number.isInteger(amount)) throw new BookingError(422, "holdId and amount");
    const outcome = deposits.receive({ holdId, amount, reference: String(body.reference ?? "") });
    return Response.json({ outcome });
  }
  let m = HOLD.exec(url);
  if (req.method === "GET" && m) return Response.json(desk.find(m.pathname.groups.id!));

  if (req.method === "POST" && url.pathname === "/admin/channels") {
    const body = await json(req);
    const config: Record<string, Record<string, unknown>> = {};
    for (const [name, options] of Object.entries(body)) {
      if (options && typeof options === "object") config[name] = options as Record<string, unknown>;
    }
    return Response.json({ channels: channels.configure(config) });
  }
  m = RATE.exec(url);
  if (req.method === "POST" && m) {
    const body = await json(req);
    const card = setHourlyRate(m.pathname.groups.room!, Number(body.hourly));
    return Response.json({ version: card.version });
  }
  if (req.method === "GET" && url.pathname === "/ops") {
    return Response.json({
      desk: desk.stats(),
      deposits: deposits.stats(),
      channels: channels.describe(),
      rateCardReaders: rateCard.readers,
    });
  }
  throw new BookingError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`venue bookings on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof BookingError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
