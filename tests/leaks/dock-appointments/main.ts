import { Appointment, type AppointmentInit, BookingError } from "./appointments.ts";
import { boardView, book, changeStatus } from "./board.ts";
import { findCarrier, normalisePlate } from "./carriers.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8172;

const APPOINTMENT = new URLPattern({ pathname: "/appointments/:ref" });
const REF = /^[A-Z0-9][A-Z0-9-]{2,31}$/;

async function readBody(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new BookingError(400, "expected a JSON object");
  }
  return body;
}

function parseBooking(body: Record<string, unknown>): AppointmentInit {
  const ref = String(body.ref ?? "").trim().toUpperCase();
  if (!REF.test(ref)) throw new BookingError(422, "ref must be 3-32 letters, digits or dashes");
  const carrier = findCarrier(body.carrier);
  if (!carrier) throw new BookingError(422, `unknown carrier ${body.carrier}`);
  const trailer = normalisePlate(body.trailer);
  if (!trailer) throw new BookingError(422, "trailer must be a licence plate");
  const slotStart = new Date(String(body.slot ?? ""));
  if (Number.isNaN(slotStart.getTime())) throw new BookingError(422, "slot must be a date-time");
  if (slotStart.getUTCMinutes() % 15 !== 0) {
    throw new BookingError(422, "slots start on the quarter hour");
  }
  const durationMin = Number(body.durationMin ?? 60);
  if (![30, 45, 60, 90, 120].includes(durationMin)) {
    throw new BookingError(422, "durationMin must be 30, 45, 60, 90 or 120");
  }
  const pallets = Number(body.pallets ?? 0);
  if (!Number.isInteger(pallets) || pallets < 0 || pallets > carrier.maxPallets) {
    throw new BookingError(422, `pallets must be 0-${carrier.maxPallets}`);
  }
  return {
    ref,
    carrier,
    trailer,
    slotStart,
    durationMin,
    pallets,
    direction: body.direction === "outbound" ? "outbound" : "inbound",
    notes: String(body.notes ?? "").slice(0, 500),
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (req.method === "GET" && url.pathname === "/board") {
    return Response.json(boardView(url.searchParams.get("day") ?? undefined));
  }
  if (req.method === "POST" && url.pathname === "/appointments") {
    const body = await readBody(req);
    const appointment = book(String(body.kind ?? ""), parseBooking(body));
    return Response.json(appointment.summary(), { status: 201 });
  }
  const m = APPOINTMENT.exec(url);
  if (m) {
    const appointment = Appointment.find(m.pathname.groups.ref!.toUpperCase());
    if (req.method === "GET") return Response.json(appointment.summary());
    if (req.method === "PATCH") {
      return Response.json(changeStatus(appointment, await readBody(req)).summary());
    }
    throw new BookingError(405, "method not allowed");
  }
  throw new BookingError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`dock appointments on 127.0.0.1:${port}`),
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
