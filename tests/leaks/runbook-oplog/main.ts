import { allStats, applyOps, getRunbook, HttpError, summary } from "./runbooks.ts";

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
  if (url.pathname === "/stats") return json(200, allStats());
  if (parts[0] !== "runbooks" || !parts[1]) return json(404, { error: "not found" });

  const id = parts[1];
  if (parts.length === 2 && req.method === "GET") return json(200, summary(getRunbook(id)));
  if (parts.length === 2 && req.method === "PATCH") {
    const body = await req.json().catch(() => {
      throw new HttpError(400, "bad JSON");
    });
    const author = req.headers.get("x-editor") ?? "anonymous";
    return json(200, applyOps(id, body.ops, author, body.baseVersion));
  }
  // GET /runbooks/:id/ops?since=N — a client catching up after being offline
  if (parts[2] === "ops" && req.method === "GET") {
    const since = Number(url.searchParams.get("since") ?? "0");
    const { snapshot, ops } = getRunbook(id).log.since(since);
    return json(200, { snapshot: snapshot?.version, count: ops.length, ops: ops.slice(-10) });
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
