import { etagOf } from "./planner.ts";
import { QueryContext } from "./query_context.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const REPORTS: Record<string, { sql: string; groups: string[] }> = {
  sales: {
    sql: "select region, sum(net) from orders join order_lines join products " +
      "where month = :month and region = :region group by region",
    groups: ["north", "south", "east", "west"],
  },
  stock: {
    sql: "select sku, level from stock_levels join products where warehouse = :warehouse",
    groups: ["ambient", "chilled"],
  },
};

function report(req: Request, url: URL, name: string): Response {
  const def = REPORTS[name];
  if (!def) return Response.json({ error: "no such report" }, { status: 404 });
  const ctx = new QueryContext(
    req.headers.get("x-request-id") ?? crypto.randomUUID(),
    req.headers.get("x-tenant") ?? "default",
  );
  const params = Object.fromEntries(url.searchParams);
  // The result only changes when a table it reads does: answer revalidations from the plan.
  const etag = etagOf(ctx.plan(def.sql, params));
  if (req.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers: { etag } });
  }
  try {
    const sections = def.groups.map((group) => {
      const plan = ctx.plan(def.sql, params);
      return { group, plan: plan.steps, rows: ctx.run(plan, group) };
    });
    return Response.json({ report: name, params, rowsRead: ctx.rowsRead, sections }, {
      headers: { etag },
    });
  } finally {
    ctx.close();
  }
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const match = /^\/reports\/(\w+)$/.exec(url.pathname);
  if (req.method === "GET" && match) return report(req, url, match[1]);
  if (req.method === "GET" && url.pathname === "/admin/queries") {
    return Response.json(QueryContext.list());
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
