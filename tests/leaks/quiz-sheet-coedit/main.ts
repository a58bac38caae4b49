import { editQuestion, getSheet, HttpError, locks, presence, view } from "./sheets.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function readBody(req: Request) {
  try {
    return await req.json();
  } catch {
    throw new HttpError(400, "bad JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (parts[0] !== "sheets" || !parts[1]) return json(404, { error: "not found" });
  const id = parts[1];
  const teacher = req.headers.get("x-teacher") ?? "";
  if (parts.length === 2 && req.method === "GET") return json(200, view(id));
  if (!teacher) throw new HttpError(401, "who are you?");

  // POST /sheets/:id/presence {question} — heartbeat; {leave: true} when the tab closes
  if (parts[2] === "presence" && req.method === "POST") {
    getSheet(id);
    const body = await readBody(req);
    if (body.leave) presence.leave(id, teacher);
    else presence.heartbeat(id, teacher, body.question ?? null);
    return json(200, { here: presence.who(id).length });
  }
  // POST /sheets/:id/questions/:n/lock  {release?: true}
  if (parts[2] === "questions" && parts[4] === "lock" && req.method === "POST") {
    const n = Number(parts[3]);
    const body = await readBody(req);
    if (body.release) return json(200, { released: locks.release(id, n, teacher) });
    const lock = locks.acquire(id, n, teacher);
    if (!lock) throw new HttpError(423, "someone else is editing that question");
    return json(200, { token: lock.token, expiresAt: lock.expiresAt });
  }
  // PATCH /sheets/:id/questions/:n, under the teacher's lock
  if (parts[2] === "questions" && parts.length === 4 && req.method === "PATCH") {
    return json(200, editQuestion(id, Number(parts[3]), teacher, await readBody(req)));
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message });
    return json(500, { error: String(err) });
  }
});
