import { addNote, book, type BookRequest, cancel, reschedule, THERAPISTS } from "./appointments.ts";
import { calendarStats, freeSlots } from "./calendar.ts";
import { Database } from "./db.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8852;

const db = new Database();
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[03]0$/;

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/appointments" && req.method === "POST") {
    const body = await req.json() as BookRequest;
    if (
      !body.id || !body.patient || !THERAPISTS.has(body.therapist) || !DAY.test(body.day) ||
      (body.after !== undefined && !TIME.test(body.after))
    ) {
      return Response.json({ error: "id, patient, therapist, day (after)" }, { status: 422 });
    }
    const appt = await book(db, body);
    if (!appt) return Response.json({ error: "no free slot that day" }, { status: 409 });
    return Response.json(appt, { status: 201 });
  }
  const m = /^\/appointments\/([\w-]+)(?:\/(move|notes|cancel))?$/.exec(url.pathname);
  if (m) {
    const appt = db.appointments.get(m[1]);
    if (!appt) return Response.json({ error: "no such appointment" }, { status: 404 });
    if (!m[2] && req.method === "GET") return Response.json(appt);
    if (req.method !== "POST") return Response.json({ error: "use POST" }, { status: 405 });
    if (m[2] === "move") {
      const { day, start } = await req.json() as { day: string; start: string };
      if (!DAY.test(day) || !TIME.test(start)) {
        return Response.json({ error: "day, start" }, { status: 422 });
      }
      return Response.json(reschedule(db, appt, day, start));
    }
    if (m[2] === "notes") {
      const { by, text } = await req.json() as { by: string; text: string };
      if (!by || !text || text.length > 2000) {
        return Response.json({ error: "by, text" }, { status: 422 });
      }
      return Response.json(addNote(db, appt, by, text), { status: 201 });
    }
    await cancel(db, appt);
    return Response.json({ cancelled: appt.id });
  }
  const c = /^\/therapists\/(\w+)\/free$/.exec(url.pathname);
  if (c && THERAPISTS.has(c[1])) {
    const day = url.searchParams.get("day") ?? "";
    if (!DAY.test(day)) return Response.json({ error: "day" }, { status: 422 });
    return Response.json({ therapist: c[1], day, free: freeSlots(db, c[1], day) });
  }
  if (url.pathname === "/clinic/stats") {
    return Response.json({
      appointments: db.appointments.size,
      commits: db.commits,
      ...calendarStats(),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`physio-clinic on http://${hostname}:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  return handle(req, url).catch((err) =>
    Response.json({ error: String(err?.message ?? err) }, { status: 500 })
  );
});
