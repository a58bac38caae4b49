import { ChangeLog } from "./changelog.ts";
import { ConsumerError, Consumers } from "./consumers.ts";
import { getContact, updateContact } from "./contacts.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const log = new ChangeLog(150);
const consumers = new Consumers(log);

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function body<T>(req: Request): Promise<T | null> {
  try {
    return await req.json() as T;
  } catch {
    return null;
  }
}

async function route(req: Request, url: URL, parts: string[]): Promise<Response> {
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") {
    return json({ latest: log.latestSeq, oldest: log.oldestSeq, ...consumers.stats() });
  }
  // /contacts/:id (GET, PATCH)
  if (parts[0] === "contacts" && parts.length === 2) {
    if (req.method === "PATCH") {
      const patch = await body<Record<string, unknown>>(req);
      if (!patch) return json({ error: "bad JSON" }, 400);
      const contact = updateContact(log, parts[1], patch);
      return contact ? json(contact) : json({ error: "no such contact" }, 404);
    }
    const contact = getContact(parts[1]);
    return contact ? json(contact) : json({ error: "no such contact" }, 404);
  }
  // POST /consumers {id, from, limit}
  if (url.pathname === "/consumers" && req.method === "POST") {
    const b = await body<{ id?: string; from?: "oldest" | "latest"; limit?: number }>(req);
    if (!b?.id) return json({ error: "id is required" }, 400);
    return json(consumers.open(b.id, b.from ?? "latest", b.limit ?? 50), 201);
  }
  // GET /consumers/resume?token=…
  if (url.pathname === "/consumers/resume") {
    return json(consumers.resume(url.searchParams.get("token") ?? ""));
  }
  // GET /consumers/:id/changes, POST /consumers/:id/close
  if (parts[0] === "consumers" && parts[2] === "changes") return json(consumers.next(parts[1]));
  if (parts[0] === "consumers" && parts[2] === "close" && req.method === "POST") {
    return consumers.close(parts[1])
      ? json({ closed: parts[1] })
      : json({ error: "no session" }, 404);
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`contacts CDC on :${port}`),
}, async (req) => {
  const url = new URL(req.url);
  try {
    return await route(req, url, url.pathname.split("/").filter(Boolean));
  } catch (err) {
    if (err instanceof ConsumerError) return json({ error: err.message }, err.status);
    throw err;
  }
});
