import { latest, PRODUCTS, publish, recentReleases, waitForNext } from "./notes.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (req.method === "POST" && url.pathname === "/releases") {
    const body = await req.json().catch(() => null);
    if (!PRODUCTS.has(body?.product) || !/^\d+\.\d+\.\d+$/.test(body?.version ?? "")) {
      return json({ error: "known product and semver version required" }, 400);
    }
    if (typeof body.notes !== "string" || body.notes.length > 20_000) {
      return json({ error: "notes (markdown) required" }, 400);
    }
    const release = await publish(body);
    return json({ product: release.product, version: release.version }, 201);
  }
  if (req.method === "GET" && url.pathname === "/releases/wait") {
    const product = url.searchParams.get("product") ?? "";
    if (!PRODUCTS.has(product)) return json({ error: "unknown product" }, 400);
    const ms = Math.min(Math.max(Number(url.searchParams.get("ms")) || 25_000, 5), 30_000);
    const release = await waitForNext(product, ms);
    return release ? json(release) : new Response(null, { status: 204 });
  }
  if (req.method === "GET" && url.pathname === "/releases") return json(recentReleases());
  const m = /^\/releases\/(\w+)\/latest$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    const release = latest(m[1]);
    if (!release) return json({ error: "nothing released yet" }, 404);
    return url.searchParams.get("format") === "html"
      ? new Response(release.html, { headers: { "content-type": "text/html; charset=utf-8" } })
      : json(release);
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { hostname: "127.0.0.1", port, onListen: () => console.log(`release-notes on ${port}`) },
  handle,
);
