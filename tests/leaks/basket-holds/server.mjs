import http from "node:http";
import { HoldBook, HoldError } from "./holds.mjs";
import { levels } from "./stock.mjs";
import { placeOrder, recentOrders } from "./orders.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const holds = new HoldBook();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new HoldError(400, "body is not JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [first, cart, sub, sku] = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stock") {
    return send(res, 200, { levels: levels(), holds: holds.size(), expired: holds.expired });
  }
  if (url.pathname === "/orders/recent") {
    return send(res, 200, recentOrders(Number(url.searchParams.get("limit") ?? 10)));
  }

  if (first === "carts" && cart) {
    if (sub === "holds" && !sku && req.method === "POST") {
      const body = await readJson(req);
      const qty = Number(body.qty ?? 1);
      if (!body.sku || !(qty > 0)) throw new HoldError(400, "sku and a positive qty please");
      return send(res, 201, holds.place(cart, body.sku, qty, body.customer ?? null));
    }
    if (sub === "holds" && sku && req.method === "PATCH") {
      const body = await readJson(req);
      const qty = Number(body.qty);
      if (!(qty > 0)) throw new HoldError(400, "qty must be positive");
      return send(res, 200, holds.change(cart, sku, qty));
    }
    if (sub === "holds" && req.method === "GET") {
      return send(res, 200, holds.forCart(cart).map((h) => ({ sku: h.sku, qty: h.qty })));
    }
    if (sub === "checkout" && req.method === "POST") {
      const body = await readJson(req);
      const lines = holds.convert(cart);
      if (lines.length === 0) throw new HoldError(409, "the basket's holds have lapsed");
      return send(res, 201, placeOrder(cart, body.customer ?? null, lines));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof HoldError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`basket holds on :${port}`));
