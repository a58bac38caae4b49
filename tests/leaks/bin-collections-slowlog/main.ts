import { Observer, type RequestContext } from "./observe.ts";
import { board, collections, reportMissed, resolve, RoundsError } from "./rounds.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const observer = new Observer();
const json = (status: number, body: unknown) => Response.json(body, { status });

function routeOf(method: string, parts: string[]): string {
  if (parts[0] === "addresses" && parts[2] === "collections") return "/addresses/:uprn/collections";
  if (parts[0] === "missed-bins" && parts.length === 1) return "/missed-bins";
  if (parts[0] === "missed-bins" && parts.length === 2 && method === "PATCH") {
    return "/missed-bins/:id";
  }
  if (parts[0] === "board") return "/board";
  if (parts[0] === "debug") return "/debug";
  return "unmatched";
}

async function handle(req: Request, url: URL, parts: string[], ctx: RequestContext) {
  switch (ctx.route) {
    case "/addresses/:uprn/collections":
      return json(200, collections(parts[1], url.searchParams.get("from") ?? "2025-01-06"));
    case "/missed-bins": {
      const body = await req.json();
      observer.mark(ctx, "body");
      return json(201, reportMissed(body));
    }
    case "/missed-bins/:id": {
      const body = await req.json();
      observer.mark(ctx, "body");
      return json(200, resolve(parts[1], body));
    }
    case "/board":
      return json(200, board());
    case "/debug":
      return parts[1] === "slow" ? json(200, observer.slowest()) : json(200, observer.snapshot());
  }
  return json(404, { error: "not found" });
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`bin collections on :${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  const parts = url.pathname.split("/").filter(Boolean);
  const ctx = observer.begin(req, routeOf(req.method, parts));
  let res: Response;
  try {
    res = await handle(req, url, parts, ctx);
  } catch (err) {
    const status = err instanceof RoundsError ? err.status : err instanceof SyntaxError ? 400 : 500;
    res = json(status, { error: (err as Error).message });
  }
  observer.end(ctx, res.status);
  res.headers.set("x-request-id", ctx.id);
  return res;
});
