import { settings } from "./settings.ts";
import { validatePatch } from "./validate.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`storefront settings listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  if (url.pathname === "/settings" && req.method === "GET") {
    return Response.json(settings.toJSON(), {
      headers: { etag: `"rev-${settings.current.revision}"` },
    });
  }

  if (url.pathname === "/settings" && req.method === "PATCH") {
    const actor = req.headers.get("x-user");
    if (!actor) return Response.json({ error: "x-user is required" }, { status: 401 });
    const patch = await req.json().catch(() => null);
    if (typeof patch !== "object" || patch === null || Array.isArray(patch)) {
      return Response.json({ error: "body must be a JSON object" }, { status: 400 });
    }
    const problems = validatePatch(patch);
    if (problems.length) return Response.json({ errors: problems }, { status: 422 });
    const { revision, updatedAt } = settings.update(patch, actor);
    return Response.json({ revision, updatedAt });
  }

  if (url.pathname === "/settings/rollback" && req.method === "POST") {
    const previous = settings.rollback();
    if (!previous) return Response.json({ error: "nothing to roll back" }, { status: 409 });
    return Response.json({ revision: previous.revision });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
