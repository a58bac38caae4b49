import { startNewsroom } from "./newsroom.ts";
import { createUnfurler } from "./unfurl.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const newsroom = await startNewsroom();
const unfurler = createUnfurler({
  origins: { "news.local": newsroom },
  ttlMs: 15 * 60 * 1000,
});

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`message-unfurls on http://127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/stats") return Response.json(unfurler.stats());

  if (url.pathname === "/unfurl" && req.method === "GET") {
    const target = url.searchParams.get("url");
    if (!target || !URL.canParse(target)) {
      return Response.json({ error: "url required" }, { status: 400 });
    }
    try {
      const preview = await unfurler.unfurl(target);
      return Response.json(preview, {
        headers: { "cache-control": "private, max-age=300" },
      });
    } catch (err) {
      return Response.json({ error: (err as Error).message }, { status: 502 });
    }
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
