import { heartbeat } from "./heartbeat.ts";
import { type Profile, rooms } from "./rooms.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") {
    return json({ subscribers: heartbeat.size, ticks: heartbeat.ticks });
  }

  if (parts[0] !== "webinars" || !parts[1]) return json({ error: "not found" }, 404);
  const room = rooms.get(parts[1]);
  if (!room) return json({ error: "no such webinar" }, 404);

  if (parts.length === 2 && req.method === "GET") return json(room.summary());

  if (parts[2] === "attendees" && parts.length === 3 && req.method === "POST") {
    const body = await req.json() as { id?: string; profile?: Profile };
    if (!body.id || !body.profile?.email) return json({ error: "id and profile.email" }, 400);
    const a = room.join(body.id, body.profile);
    return json({ attendee: a.id, room: room.id, events: a.outbox }, 201);
  }

  if (parts[2] === "attendees" && parts[3] && parts[4] === "events" && req.method === "GET") {
    const a = room.attendees.get(parts[3]);
    if (!a) return json({ error: "not in this webinar" }, 404);
    const events = a.outbox.splice(0);
    return json({ events });
  }

  if (parts[2] === "attendees" && parts[3] && parts[4] === "leave" && req.method === "POST") {
    return room.leave(parts[3]) ? json({ left: parts[3] }) : json({ error: "not here" }, 404);
  }

  if (parts[2] === "slide" && req.method === "PATCH") {
    const body = await req.json() as { slide: number };
    room.slide = body.slide;
    for (const a of room.attendees.values()) {
      a.push({ type: "slide", at: Date.now(), data: { slide: body.slide } });
    }
    return json(room.summary());
  }

  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => {} },
  (req) => handle(req).catch((err) => json({ error: (err as Error).message }, 500)),
);
console.log(`webinar presence on :${port}`);
