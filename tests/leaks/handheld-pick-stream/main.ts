import { describe, GroupError, join, leave, read } from "./groups.ts";
import { TaskStream } from "./stream.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const stream = new TaskStream();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/tasks" && req.method === "POST") {
    const body = await req.json();
    const task = stream.append({
      id: String(body.id),
      zone: String(body.zone ?? "A"),
      order: String(body.order),
      priority: String(body.priority ?? "normal"),
      lines: Array.isArray(body.lines) ? body.lines : [],
      notes: body.notes,
    });
    return json(201, { offset: task.offset, id: task.id });
  }
  // /groups/:group[/consumers[/:consumer[/read|/leave]]]
  if (parts[0] === "groups" && parts[1]) {
    if (parts.length === 2) return json(200, describe(parts[1]));
    if (parts[2] === "consumers" && parts.length === 3 && req.method === "POST") {
      return json(201, join(stream, parts[1], await req.json()));
    }
    if (parts[2] === "consumers" && parts[3] && parts[4] === "read") {
      const max = Number(url.searchParams.get("max") ?? "10");
      return json(200, read(stream, parts[1], parts[3], max));
    }
    if (parts[2] === "consumers" && parts[3] && parts[4] === "leave" && req.method === "POST") {
      return json(200, leave(parts[1], parts[3]));
    }
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof GroupError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    return json(500, { error: String(err) });
  }
});
