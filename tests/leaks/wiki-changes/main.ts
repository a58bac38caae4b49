import { changes, startSearchSync } from "./changelog.ts";
import { editPage, getPage, PageError } from "./pages.ts";

const flag = (name: string) =>
  Deno.args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const port = Number(flag("port") ?? 8090);
const searchUrl = flag("search-url");
if (searchUrl) startSearchSync(searchUrl);

const PAGE = new URLPattern({ pathname: "/pages/:id" });

async function jsonBody(req: Request): Promise<Record<string, unknown>> {
  const parsed = await req.json().catch(() => null);
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new PageError(400, "JSON object required");
  }
  return parsed as Record<string, unknown>;
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/changes/stats") return Response.json(changes.stats());
  if (url.pathname === "/changes" && req.method === "GET") {
    const consumer = url.searchParams.get("consumer") ?? "";
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 50) || 50, 500);
    const batch = changes.read(consumer, limit);
    // Clients that pass commit=true take delivery as acknowledgement (at-most-once).
    if (url.searchParams.get("commit") === "true" && batch.length > 0) {
      changes.ack(consumer, batch[batch.length - 1].seq);
    }
    return Response.json(batch);
  }
  if (url.pathname === "/changes/ack" && req.method === "POST") {
    const { consumer, seq } = await jsonBody(req);
    if (typeof consumer !== "string" || typeof seq !== "number") {
      throw new PageError(400, "consumer and seq required");
    }
    changes.ack(consumer, seq);
    return new Response(null, { status: 204 });
  }
  const match = PAGE.exec(url);
  if (match && req.method === "GET") return Response.json(getPage(match.pathname.groups.id!));
  if (match && req.method === "PATCH") {
    const revision = editPage(match.pathname.groups.id!, await jsonBody(req));
    return Response.json(revision);
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`wiki changes on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof PageError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof RangeError) return Response.json({ error: err.message }, { status: 400 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
