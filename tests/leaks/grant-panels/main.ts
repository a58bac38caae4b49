import { apply, dashboard, GrantError, review, runner, status } from "./grants.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(code: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: code,
    headers: { "content-type": "application/json" },
  });
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new GrantError(400, "bad JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/dashboard") return json(200, dashboard());
  if (url.pathname === "/applications" && req.method === "POST") {
    return json(201, await apply(await readJson(req)));
  }
  if (parts[0] === "applications" && parts[1] && parts.length === 2 && req.method === "GET") {
    return json(200, status(parts[1]));
  }
  if (parts[0] === "applications" && parts[2] === "reviews" && req.method === "POST") {
    return json(200, await review(parts[1], await readJson(req)));
  }
  return json(404, { error: "not found" });
}

const server = Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`grant panels on :${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof GrantError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});

Deno.addSignalListener("SIGTERM", () => {
  runner.halt();
  server.shutdown();
});
