import { query, QueryError, statementStats } from "./db.ts";
import { type OrderRow, orderSearch, parseFilter } from "./filters.ts";
import { customerOrders, dailyRevenue, topCustomers } from "./reports.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8141;

const CUSTOMER = new URLPattern({ pathname: "/customers/:id" });

function route(req: Request): Response {
  const url = new URL(req.url);
  if (req.method !== "GET") return Response.json({ error: "method not allowed" }, { status: 405 });
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/internal/statements") return Response.json(statementStats());
  if (url.pathname === "/reports/daily") {
    return Response.json(dailyRevenue(url.searchParams.get("date") ?? "2025-06-15"));
  }
  if (url.pathname === "/reports/top-customers") {
    const region = url.searchParams.get("region") ?? "emea";
    return Response.json(topCustomers(region, Number(url.searchParams.get("limit") ?? 5)));
  }
  if (url.pathname === "/orders/search") {
    const filter = parseFilter(url.searchParams);
    const rows = query<OrderRow>(orderSearch(filter));
    const total = rows.reduce((sum, o) => sum + o.total, 0);
    return Response.json({ filter, count: rows.length, total: Math.round(total), rows });
  }
  const m = CUSTOMER.exec(url);
  if (m) {
    const customer = customerOrders(m.pathname.groups.id!);
    return customer
      ? Response.json(customer)
      : Response.json({ error: "no such customer" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`sales dashboard on 127.0.0.1:${port}`),
}, (req) => {
  try {
    return route(req);
  } catch (err) {
    if (err instanceof QueryError) return Response.json({ error: err.message }, { status: 400 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
