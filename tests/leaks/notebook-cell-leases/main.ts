import { acquire, editorsOf, holds, release, startSweeping } from "./leases.ts";
import { editCell, getCell, getNotebook, NotebookError } from "./notebook.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function route(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });

  const m = /^\/notebooks\/([\w-]+)(?:\/cells\/([\w-]+)(?:\/(editing|release))?)?$/.exec(pathname);
  if (!m) return json(404, { error: "not found" });
  const nb = getNotebook(m[1]);

  if (!m[2] && req.method === "GET") {
    return json(200, {
      id: nb.id,
      title: nb.title,
      version: nb.version,
      cells: [...nb.cells.values()].map((c) => ({
        id: c.id,
        kind: c.kind,
        source: c.source,
        editing: editorsOf(nb.id, c.id),
      })),
    });
  }
  const cell = getCell(nb, m[2]);
  if (m[3] === "editing" && req.method === "POST") {
    const body = await req.json();
    if (!body.user) throw new NotebookError(400, "user is required");
    const lease = acquire(nb.id, cell.id, String(body.user), String(body.name ?? body.user));
    return json(200, { expiresAt: lease.expiresAt, editing: editorsOf(nb.id, cell.id) });
  }
  if (m[3] === "release" && req.method === "POST") {
    const body = await req.json();
    return json(200, { released: release(nb.id, cell.id, String(body.user)) });
  }
  if (!m[3] && req.method === "PATCH") {
    const body = await req.json();
    if (typeof body.source !== "string") throw new NotebookError(400, "source is required");
    if (!holds(nb.id, cell.id, String(body.user))) {
      throw new NotebookError(409, "start editing the cell first");
    }
    editCell(nb, cell, String(body.user), body.source);
    return json(200, { version: nb.version });
  }
  if (!m[3] && req.method === "GET") {
    return json(200, { ...cell, editing: editorsOf(nb.id, cell.id) });
  }
  return json(405, { error: "method not allowed" });
}

startSweeping();

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof NotebookError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "invalid JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
