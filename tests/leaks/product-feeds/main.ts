import { productsFor } from "./catalog.ts";
import { toCsv, toJson } from "./feed.ts";
import { FeedError, parseColumns } from "./fields.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8142;

function route(req: Request): Response {
  const url = new URL(req.url);
  if (req.method !== "GET") throw new FeedError(405, "method not allowed");
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname !== "/feeds/products.csv" && url.pathname !== "/feeds/products.json") {
    throw new FeedError(404, "not found");
  }
  const columns = parseColumns(url.searchParams.get("fields"));
  const rows = productsFor(url.searchParams.get("brand"), url.searchParams.get("category"));
  if (url.pathname.endsWith(".json")) {
    return Response.json({ columns, count: rows.length, products: toJson(rows, columns) });
  }
  return new Response(toCsv(rows, columns), {
    headers: { "content-type": "text/csv; charset=utf-8", "cache-control": "max-age=300" },
  });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`product feeds on 127.0.0.1:${port}`),
}, (req) => {
  try {
    return route(req);
  } catch (err) {
    if (err instanceof FeedError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
