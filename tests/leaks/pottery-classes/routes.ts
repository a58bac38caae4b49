import { Booking, findBooking, GroupBooking, type Participant, partiesOn } from "./bookings.ts";
import { findSession, release, reserve, timetable } from "./studio.ts";

const CHECKOUT = new URLPattern({ pathname: "/bookings/:reference/:action(checkout|cancel)" });
const PARTIES = new URLPattern({ pathname: "/sessions/:id/parties" });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

function summary(b: Booking) {
  return { reference: b.reference, session: b.session, seats: b.seats, status: b.status };
}

// deno-lint-ignore no-explicit-any
function createBooking(body: any): Booking | string {
  const reference = String(body.reference ?? "");
  const session = findSession(String(body.session ?? ""));
  if (!reference || !session) return "reference and a known session are required";
  if (findBooking(reference)) return "reference already used";
  const customer = body.customer;
  if (!customer?.name || !String(customer.email ?? "").includes("@")) {
    return "customer name and email are required";
  }
  const participants: Participant[] = Array.isArray(body.participants) ? body.participants : [];
  const clayKg = Number(body.clayKg ?? 2.5);
  const seats = Math.max(1, participants.length);
  if (!reserve(session, seats, clayKg)) return "session is full";
  if (participants.length > 1) {
    return new GroupBooking(
      reference,
      session.id,
      customer,
      clayKg,
      String(body.occasion ?? "party"),
      participants,
      Array.isArray(body.glazes) ? body.glazes.map(String) : [],
      String(body.notes ?? ""),
    );
  }
  return new Booking(reference, session.id, customer, clayKg);
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/sessions") return json(timetable());

  if (url.pathname === "/bookings" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body) return json({ error: "expected JSON" }, 400);
    const result = createBooking(body);
    return typeof result === "string" ? json({ error: result }, 422) : json(summary(result), 201);
  }

  const close = CHECKOUT.exec(url);
  if (close && req.method === "POST") {
    const booking = findBooking(close.pathname.groups.reference ?? "");
    if (!booking) return json({ error: "no such booking" }, 404);
    const session = findSession(booking.session);
    if (session) release(session, booking.seats, booking.clayKg);
    booking.close(close.pathname.groups.action === "cancel" ? "cancelled" : "checked-out");
    return json(summary(booking));
  }

  const parties = PARTIES.exec(url);
  if (parties) return json(partiesOn(parties.pathname.groups.id ?? "").map(summary));

  return json({ error: "not found" }, 404);
}
