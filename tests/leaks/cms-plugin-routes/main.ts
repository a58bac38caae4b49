import { Router } from "./router.ts";
import { install, listInstalled, uninstall } from "./plugins.ts";

const portFlag = Deno.args.find((a) => a.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8121;

const router = new Router();
install(router, "forms", "1.0.0", { recipient: "office@example.com" });
install(router, "redirects", "1.0.0", { base: "https://example.com" });

const ADMIN_PLUGIN = /^\/admin\/plugins\/([\w-]+)(\/install)?$/;

async function handle(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return Response.json({ ok: true });
  if (pathname === "/admin/plugins") return Response.json(listInstalled());

  const admin = pathname.match(ADMIN_PLUGIN);
  if (admin && admin[2] && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body?.version) return Response.json({ error: "version required" }, { status: 400 });
    const result = install(router, admin[1], String(body.version), body.config ?? {});
    return Response.json(result, { status: result.status === "unknown" ? 404 : 200 });
  }
  if (admin && !admin[2] && req.method === "DELETE") {
    return uninstall(router, admin[1])
      ? new Response(null, { status: 204 })
      : Response.json({ error: "not installed" }, { status: 404 });
  }

  const hit = router.match(req);
  if (hit) return await hit.route.handler(req, hit.params);
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`cms on 127.0.0.1:${port}`),
}, handle);
