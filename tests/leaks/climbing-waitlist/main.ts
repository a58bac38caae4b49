import { courses, gradeAtLeast } from "./courses.ts";
import { looksLikePhone, maskPhone } from "./phone.ts";
import { type JoinRequest, Waitlists } from "./waitlist.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const waitlists = new Waitlists();
/** Texts to the SMS provider, sent every 250 ms; the last 20 kept for the front desk. */
const outbox: { to: string; text: string }[] = [];
const texts: { to: string; at: number }[] = [];

setInterval(() => {
  for (const sms of outbox.splice(0)) texts.unshift({ to: maskPhone(sms.to), at: Date.now() });
  if (texts.length > 20) texts.length = 20;
}, 250);

function parseJoin(body: Record<string, unknown>): JoinRequest | string {
  if (typeof body.name !== "string" || !body.name.trim()) return "name required";
  if (typeof body.phone !== "string" || !looksLikePhone(body.phone)) return "a phone number please";
  if (typeof body.email !== "string" || !body.email.includes("@")) {
    return "an e-mail address please";
  }
  return {
    name: body.name.trim(),
    phone: body.phone,
    email: body.email.trim().toLowerCase(),
    grade: typeof body.grade === "string" ? body.grade : "5a",
    belayCert: typeof body.belayCert === "string" ? body.belayCert : null,
    notes: typeof body.notes === "string" ? body.notes.slice(0, 400) : "",
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/texts") return Response.json(texts);
  if (parts[0] !== "courses" || !parts[1]) {
    return Response.json({ error: "not found" }, { status: 404 });
  }
  const course = courses.get(parts[1]);
  if (!course) return Response.json({ error: `no course ${parts[1]}` }, { status: 404 });

  if (parts[2] === "waitlist" && !parts[3] && req.method === "POST") {
    const join = parseJoin(await req.json());
    if (typeof join === "string") return Response.json({ error: join }, { status: 400 });
    if (!gradeAtLeast(join.grade, course.minGrade)) {
      return Response.json({ error: `this course asks for ${course.minGrade} or harder` }, {
        status: 422,
      });
    }
    if (course.needsBelayCert && !join.belayCert) {
      return Response.json({ error: "a belay certificate is needed" }, { status: 422 });
    }
    const { position, already } = waitlists.join(course.id, join);
    if (!already) {
      outbox.push({
        to: join.phone,
        text: `You're number ${position} on the waiting list for ${course.title}.`,
      });
    }
    return Response.json({ course: course.id, position }, { status: already ? 200 : 201 });
  }
  if (parts[2] === "waitlist" && parts[3] === "cancel" && req.method === "POST") {
    const body = await req.json() as { phone?: string };
    if (!body.phone) return Response.json({ error: "which phone number?" }, { status: 400 });
    waitlists.leave(course.id, body.phone);
    return Response.json({ course: course.id, message: "You're off the waiting list." });
  }
  if (parts[2] === "spots" && req.method === "POST") {
    const next = waitlists.offerNext(course.id);
    if (next) {
      outbox.push({ to: next.phone, text: `A place on ${course.title} is yours until 18:00.` });
    }
    return Response.json({ offeredTo: next ? next.name : null });
  }
  if (!parts[2]) {
    return Response.json({ ...course, waitlist: waitlists.summary(course.id) });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`climbing waitlist on :${port}`) },
  handle,
);
