import { ConcurrencyError } from "./event_store.ts";
import { receive, release, reserve, ship, stock, StockError } from "./warehouse.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function result(r: { version: number; events: { type: string; version: number }[] }) {
  return {
    version: r.version,
    events: r.events.map((e) => ({ type: e.type, version: e.version })),
  };
}

async function route(req: Request, url: URL): Promise<Response> {
  const m = /^\/warehouses\/([\w-]+)(?:\/(\w+))?$/.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const [, id, action] = m;
  const warehouse = `warehouse-${id}`;
  if (req.method === "GET" && (action === "stock" || action === undefined)) {
    return Response.json(stock(warehouse));
  }
  if (req.method !== "POST") return Response.json({ error: "method not allowed" }, { status: 405 });
  const body = await req.json();
  switch (action) {
    case "receipts":
      return Response.json(result(receive(warehouse, body.sku, Number(body.qty), body.po)), {
        status: 201,
      });
    case "reservations":
      return Response.json(result(reserve(warehouse, body.order, body.sku, Number(body.qty))), {
        status: 201,
      });
    case "shipments":
      return Response.json(result(ship(warehouse, body.order, body.carrier, body.tracking)), {
        status: 201,
      });
    case "releases":
      return Response.json(result(release(warehouse, body.order, body.reason ?? "cancelled")));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    const status = err instanceof StockError || err instanceof ConcurrencyError ? 409 : 400;
    return Response.json({ error: (err as Error).message }, { status });
  }
});
