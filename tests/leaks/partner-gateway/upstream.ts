// The inventory service the gateway fronts (in-process here: a second listener on a free port).
const stock = new Map<
  string,
  { sku: string; warehouse: string; onHand: number; reserved: number }
>();
for (let n = 1; n <= 300; n++) {
  stock.set(`SKU-${n}`, {
    sku: `SKU-${n}`,
    warehouse: n % 2 ? "AMS" : "FRA",
    onHand: (n * 7) % 90,
    reserved: n % 5,
  });
}

export function startInventory(): Deno.HttpServer<Deno.NetAddr> {
  return Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, async (req) => {
    const url = new URL(req.url);
    const m = /^\/stock\/(SKU-\d+)$/.exec(url.pathname);
    if (m && req.method === "GET") {
      const row = stock.get(m[1]);
      return row ? Response.json(row) : Response.json({ error: "unknown sku" }, { status: 404 });
    }
    if (m && req.method === "POST") {
      const row = stock.get(m[1]);
      const { qty } = await req.json();
      if (!row || row.onHand - row.reserved < qty) {
        return Response.json({ error: "insufficient" }, { status: 409 });
      }
      row.reserved += qty;
      return Response.json(row);
    }
    return Response.json({ error: "not found" }, { status: 404 });
  });
}
