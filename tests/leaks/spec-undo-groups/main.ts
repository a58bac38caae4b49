import { getSpec, HttpError, redo, render, saveSections, undo } from "./specs.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (parts[0] !== "specs" || !parts[1]) return json(404, { error: "not found" });
  const id = parts[1];
  const author = req.headers.get("x-author") ?? "anonymous";

  if (parts.length === 2 && req.method === "GET") return json(200, render(getSpec(id)));
  if (parts.length === 2 && req.method === "PATCH") {
    const body = await req.json().catch(() => null);
    if (!body) throw new HttpError(400, "bad JSON");
    return json(200, saveSections(id, body.sections, author, body.label));
  }
  if (parts[2] === "history") return json(200, getSpec(id).history.summary());
  if (parts[2] === "undo" && req.method === "POST") return json(200, undo(id));
  if (parts[2] === "redo" && req.method === "POST") return json(200, redo(id));
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
