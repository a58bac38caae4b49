import { nextPage, openCount, openExport } from "./cursors.ts";
import { queryOrders } from "./db.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const MAX_PAGE = 100;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`order export listening on 127.0.0.1:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/internal/cursors") return Response.json({ open: openCount() });

  if (url.pathname === "/exports/orders" && req.method === "GET") {
    const cursor = url.searchParams.get("cursor");
    if (cursor) {
      const page = nextPage(cursor);
      return page
        ? Response.json(page)
        : Response.json({ error: "cursor expired" }, { status: 410 });
    }
    const pageSize = Math.min(MAX_PAGE, Number(url.searchParams.get("pageSize") ?? 50) || 50);
    const rows = queryOrders({
      country: url.searchParams.get("country") ?? undefined,
      status: url.searchParams.get("status") ?? undefined,
    });
    return Response.json(openExport(rows, pageSize));
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
