import { AppointmentBook, type BookingRequest, GROOMERS } from "./appointments.ts";
import { ReminderQueue } from "./reminders.ts";
import { SERVICES } from "./services.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const book = new AppointmentBook();
const reminders = new ReminderQueue();
setInterval(() => reminders.tick(), 250);

function summary(ref: string) {
  const a = book.get(ref);
  if (!a) return undefined;
  return {
    ref: a.ref,
    dog: a.dog,
    owner: { name: a.owner.name },
    groomer: a.groomer,
    services: a.services.map((s) => s.name),
    start: a.start.toISOString(),
    end: a.end.toISOString(),
    price: a.price,
    status: a.status,
    reminders: reminders.pendingFor(ref),
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/services") return Response.json(SERVICES);
  if (url.pathname === "/groomers") return Response.json(GROOMERS);
  if (url.pathname === "/stats") {
    return Response.json({ book: book.stats(), reminders: reminders.stats() });
  }
  if (parts[0] === "day-sheet" && parts[1]) return Response.json(book.daySheet(parts[1]));

  if (parts[0] !== "appointments") return Response.json({ error: "not found" }, { status: 404 });

  if (!parts[1] && req.method === "POST") {
    const body = await req.json() as BookingRequest;
    try {
      const appointment = book.book(body);
      reminders.scheduleFor(appointment);
      return Response.json(summary(appointment.ref), { status: 201 });
    } catch (err) {
      return Response.json({ error: (err as Error).message }, { status: 400 });
    }
  }

  const ref = parts[1];
  const action = parts[2];
  if (!action) {
    const found = summary(ref);
    return found ? Response.json(found) : Response.json({ error: "no such" }, { status: 404 });
  }
  if (req.method !== "POST") return Response.json({ error: "method" }, { status: 405 });

  if (action === "check-in") {
    const body = await req.json().catch(() => ({})) as { note?: string };
    const appointment = book.checkIn(ref, body.note);
    if (!appointment) return Response.json({ error: "not booked" }, { status: 409 });
    reminders.cancelFor(ref);
    return Response.json({ ref, status: appointment.status });
  }
  if (action === "collect") {
    const appointment = book.collect(ref);
    if (!appointment) return Response.json({ error: "not in salon" }, { status: 409 });
    return Response.json({ ref, price: appointment.price, status: appointment.status });
  }
  if (action === "cancel") {
    const appointment = book.cancel(ref);
    if (!appointment) return Response.json({ error: "not booked" }, { status: 409 });
    reminders.cancelFor(ref);
    return Response.json({ ref, status: appointment.status });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`dog grooming on :${port}`) },
  handle,
);
