import { connection } from "./connection.ts";
import { openCursor } from "./cursor.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const PAGE_SIZE = 25;
const REVENUE_SQL = "SELECT order_id, region, sku, qty, revenue_cents, day FROM order_lines " +
  "WHERE region = $1 ORDER BY day";

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`revenue reports listening on 127.0.0.1:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") {
    return Response.json({ ok: true, openCursors: connection.openCursors });
  }

  if (url.pathname === "/reports/revenue" && req.method === "GET") {
    const region = url.searchParams.get("region") ?? "eu-west";
    const cursor = openCursor(connection, REVENUE_SQL, [region]);
    const rows = cursor.fetch(PAGE_SIZE);
    // A client that wants everything asks for ?all=1; otherwise it gets the first page and the
    // cursor is left to the safety net.
    if (url.searchParams.get("all") === "1") rows.push(...cursor.fetch(Infinity));
    if (cursor.done) cursor.close();
    const revenue = rows.reduce((sum, r) => sum + r.revenueCents, 0);
    return Response.json({
      region,
      rows,
      revenueCents: revenue,
      more: !cursor.done,
      ref: url.searchParams.get("ref"),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
