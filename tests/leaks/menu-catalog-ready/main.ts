import { type Menu, menuCatalog } from "./catalog.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8500;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

// Every route answers from the loaded menu; callers wait until it is there.
function withMenu(req: Request, handler: (menu: Menu, url: URL) => Response): Promise<Response> {
  return new Promise(function (resolve) {
    const url = new URL(req.url);
    menuCatalog.ready(function (err, menu) {
      if (err || !menu) return resolve(json(503, { error: "menu unavailable" }));
      try {
        resolve(handler(menu, url));
      } catch (e) {
        resolve(json(500, { error: String(e) }));
      }
    });
  });
}

function listItems(menu: Menu, url: URL): Response {
  const category = url.searchParams.get("category");
  const without = (url.searchParams.get("without") ?? "").split(",").filter(Boolean);
  const items = menu.items.filter((item) =>
    (!category || item.category === category) &&
    !item.allergens.some((a) => without.includes(a))
  );
  return json(200, { version: menu.version, items });
}

function priceBasket(menu: Menu, lines: { sku: string; qty: number }[], table: string): Response {
  const unknown = lines.filter((l) => !menu.bySku[l.sku]);
  if (unknown.length) return json(422, { error: `unknown sku ${unknown[0].sku}` });
  const priced = lines.map((l) => ({
    ...l,
    name: menu.bySku[l.sku].name,
    cents: menu.bySku[l.sku].priceCents * l.qty,
  }));
  const subtotal = priced.reduce((s, l) => s + l.cents, 0);
  const service = Math.round(subtotal * 0.1);
  return json(200, { table, lines: priced, subtotal, service, total: subtotal + service });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const path = new URL(req.url).pathname;
  if (path === "/healthz") return json(200, { ok: true });
  if (path === "/stats") {
    return json(200, { loaded: menuCatalog.loaded, version: menuCatalog.menu?.version });
  }
  if (path === "/menu") return withMenu(req, listItems);
  if (path === "/basket/price" && req.method === "POST") {
    let body: { table?: string; lines?: { sku: string; qty: number }[] };
    try {
      body = await req.json();
    } catch {
      return json(400, { error: "invalid json" });
    }
    const lines = Array.isArray(body.lines) ? body.lines : [];
    return withMenu(req, (menu) => priceBasket(menu, lines, String(body.table ?? "")));
  }
  return json(404, { error: "not found" });
});
