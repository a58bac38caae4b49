import { enqueue, type Guardian, type Notice, pendingFor } from "./digests.ts";
import { recentMail, sentCount } from "./mailer.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const KINDS = new Set(["grade", "attendance", "announcement", "behaviour"]);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

interface SisEvent {
  kind: Notice["kind"];
  student: { id: string; name: string };
  course: string;
  text: string;
  guardians: Guardian[];
}

// Events arrive from the student information system's webhook, one per change.
function accept(event: SisEvent): number {
  if (!KINDS.has(event.kind)) throw new RangeError(`unknown kind ${event.kind}`);
  if (!Array.isArray(event.guardians) || event.guardians.length === 0) return 0;
  const notice: Notice = {
    kind: event.kind,
    student: event.student.name,
    course: event.course,
    text: String(event.text).slice(0, 400),
    at: new Date().toISOString(),
  };
  for (const g of event.guardians) {
    if (!g.email?.includes("@")) continue;
    enqueue({ email: g.email.toLowerCase(), name: g.name, lang: g.lang ?? "en" }, notice);
  }
  return event.guardians.length;
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const { pathname } = url;
  if (pathname === "/healthz") return json(200, { ok: true });

  if (pathname === "/events" && req.method === "POST") {
    return json(202, { queued: accept(await req.json()) });
  }
  const m = /^\/guardians\/([^/]+)\/(pending|mail)$/.exec(pathname);
  if (m && req.method === "GET") {
    const email = decodeURIComponent(m[1]).toLowerCase();
    return json(200, m[2] === "pending" ? pendingFor(email) : recentMail(email));
  }
  if (pathname === "/outbox" && req.method === "GET") {
    return json(200, { sent: sentCount(), recent: recentMail() });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof SyntaxError || err instanceof RangeError || err instanceof TypeError) {
      return json(400, { error: String((err as Error).message) });
    }
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
