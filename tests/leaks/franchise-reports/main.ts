import { DatabaseError } from "./db.ts";
import { dailyReport, franchise, NotFound, topProducts } from "./reports.ts";
import { FRANCHISES } from "./seed.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8741;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/franchises") {
    return Response.json(FRANCHISES.map(({ id, name }) => ({ id, name })));
  }

  const daily = /^\/franchises\/([\w-]+)\/reports\/daily$/.exec(url.pathname);
  if (daily && req.method === "GET") {
    const date = url.searchParams.get("date") ?? "";
    if (!DATE.test(date)) return Response.json({ error: "date=YYYY-MM-DD" }, { status: 400 });
    return Response.json(await dailyReport(daily[1], date));
  }

  const top = /^\/franchises\/([\w-]+)\/reports\/top-products$/.exec(url.pathname);
  if (top && req.method === "GET") {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 10), 50);
    return Response.json({
      franchise: franchise(top[1]).name,
      products: await topProducts(top[1], limit),
    });
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`franchise-reports on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof NotFound) return Response.json({ error: err.message }, { status: 404 });
    if (err instanceof DatabaseError) {
      console.error(err);
      return Response.json({ error: "report unavailable" }, { status: 503 });
    }
    throw err;
  }
});
