"use strict";

const http = require("node:http");
const carts = require("./carts.cjs");
const { promotions, PromoError } = require("./promotions.cjs");
const { applyCode, placeOrder, priceCart, releaseAbandoned, recentOrders } = require(
  "./checkout.cjs",
);

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

setInterval(releaseAbandoned, 200).unref();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        reject(new PromoError(400, "body is not JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [first, id, sub] = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (first === "carts" && id) {
    if (sub === "lines" && req.method === "POST") {
      const body = await readJson(req);
      const cart = carts.open(id, req.headers["x-customer"] ?? null);
      if (!carts.addLine(cart, body.sku, Number(body.qty ?? 1))) {
        throw new PromoError(404, `no product ${body.sku}`);
      }
      return send(res, 200, { lines: cart.lines.length, ...priceCart(cart) });
    }
    const cart = carts.get(id);
    if (!cart) throw new PromoError(404, "no such basket");
    if (sub === "codes" && req.method === "POST") {
      const body = await readJson(req);
      return send(res, 200, applyCode(cart, String(body.code ?? "").toUpperCase()));
    }
    if (sub === "checkout" && req.method === "POST") {
      const body = await readJson(req);
      return send(res, 201, placeOrder(cart, body.payment ?? {}));
    }
    if (!sub && req.method === "GET") {
      return send(res, 200, { ...cart, ...priceCart(cart) });
    }
  }

  if (first === "promotions" && id) {
    const promo = promotions.get(id);
    return promo ? send(res, 200, promo.view()) : send(res, 404, { error: "unknown code" });
  }
  if (url.pathname === "/orders/recent") {
    return send(
      res,
      200,
      recentOrders.slice(0, 5).map((o) => ({ number: o.number, total: o.totalMinor })),
    );
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof PromoError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`deli checkout on :${port}`));
