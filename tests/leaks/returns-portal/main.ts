import { log, recentLines } from "./logger.ts";
import { parseRequest, requestReturn, ReturnError, returnsOverview } from "./returns.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/returns" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    return Response.json(requestReturn(parseRequest(body)), { status: 201 });
  }
  if (url.pathname === "/returns" && req.method === "GET") return Response.json(returnsOverview());
  if (url.pathname === "/ops/logs") return Response.json({ lines: recentLines() });
  return Response.json({ error: "not found" }, { status: 404 });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const started = performance.now();
  let res: Response;
  try {
    res = await route(req, url);
  } catch (err) {
    if (err instanceof ReturnError) {
      res = Response.json({ error: err.message }, { status: err.status });
    } else {
      log("error", "unhandled", { err, path: url.pathname });
      res = Response.json({ error: "internal error" }, { status: 500 });
    }
  }
  if (url.pathname !== "/healthz") {
    log("info", "request", {
      http: { method: req.method, path: url.pathname, status: res.status },
      ms: Math.round(performance.now() - started),
    });
  }
  return res;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`returns portal on 127.0.0.1:${port}`),
}, handle);
