import { startExchange } from "./exchange.ts";
import { closeStream, configureFeed, openStreams, snapshot } from "./relay.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

configureFeed(startExchange());

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const m = /^\/quotes\/([A-Z]+)\/snapshot$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    const ticks = Number(url.searchParams.get("ticks") ?? 5);
    if (!Number.isInteger(ticks) || ticks < 1 || ticks > 50) {
      return Response.json({ error: "ticks must be 1–50" }, { status: 400 });
    }
    try {
      return Response.json(await snapshot(m[1], ticks, req.headers.get("x-client") ?? "anon"));
    } catch (err) {
      const status = (err as { response?: Response }).response?.status === 404 ? 404 : 502;
      return Response.json({ error: String(err) }, { status });
    }
  }

  if (req.method === "GET" && url.pathname === "/ops/streams") return Response.json(openStreams());
  const c = /^\/ops\/streams\/([0-9A-Z]+)\/close$/.exec(url.pathname);
  if (req.method === "POST" && c) {
    return closeStream(c[1])
      ? Response.json({ closed: c[1] })
      : Response.json({ error: "no such stream" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
