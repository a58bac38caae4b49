import { DeskError, NoticeDesk } from "./desk.ts";
import { Publisher } from "./publisher.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const desk = new NoticeDesk();
const publisher = new Publisher(desk);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new DeskError(400, "body must be JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [section, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/edition") return json(200, { ...publisher.edition(), desk: desk.stats() });
  if (section !== "notices") return json(404, { error: "not found" });

  if (!id && req.method === "POST") {
    const draft = desk.create(await body(req));
    return json(201, { id: draft.id, revision: draft.revision });
  }
  if (id && !action && req.method === "GET") return json(200, desk.get(id));
  if (id && !action && req.method === "PATCH") {
    const draft = desk.edit(id, await body(req));
    return json(200, { id: draft.id, revision: draft.revision });
  }
  if (id && action === "undo" && req.method === "POST") {
    const draft = desk.undo(id);
    return json(200, { id: draft.id, revision: draft.revision, text: draft.content.text });
  }
  if (id && action === "publish" && req.method === "POST") {
    publisher.submit(desk.get(id));
    return json(202, { id, status: "queued" });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof DeskError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
