import { current } from "./claims.ts";
import { Diet } from "./diets.ts";
import { addWeights, amend, complete, get, start, today, ZooError } from "./rounds.ts";
import { rota } from "./rota.ts";
import { readWeights } from "./weights.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    throw new ZooError(400, "body must be JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [section, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/today") return json(200, today());
  if (section === "enclosures" && id && action === "rota") {
    if (!Diet.of(id)) return json(404, { error: "no such enclosure" });
    return new Response(rota(id).html, { headers: { "content-type": "text/html; charset=utf-8" } });
  }
  if (section === "enclosures" && id && !action) {
    return json(200, { enclosure: id, claim: current(id) ?? null });
  }
  if (section === "rounds") {
    if (!id && req.method === "POST") return json(201, start(await body(req)));
    if (id && !action && req.method === "GET") return json(200, get(id));
    if (id && !action && req.method === "PATCH") return json(200, amend(id, await body(req)));
    if (id && action === "weights" && req.method === "POST") {
      get(id);
      return json(200, addWeights(id, await readWeights(req.body)));
    }
    if (id && action === "complete" && req.method === "POST") return json(200, complete(id));
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ZooError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
