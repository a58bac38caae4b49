"use strict";

const http = require("node:http");
const { recordRequest, status } = require("./shipper.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const CARTS = new Map();

function sendJson(res, code, body) {
  res.writeHead(code, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function handle(req, res, url) {
  const m = /^\/carts\/([\w-]+)(\/items)?$/.exec(url.pathname);
  if (!m) return sendJson(res, 404, { error: "not found" });
  const id = m[1];
  if (m[2] && req.method === "POST") {
    const cart = CARTS.get("demo") ?? { items: 0 };
    cart.items = (cart.items + 1) % 50;
    CARTS.set("demo", cart);
    return sendJson(res, 201, { cart: id, items: cart.items });
  }
  return sendJson(res, 200, { cart: id, items: (CARTS.get("demo") ?? { items: 0 }).items });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return res.writeHead(200).end("ok");
  if (url.pathname === "/debug/metrics") return sendJson(res, 200, status());
  const started = performance.now();
  res.on("finish", () =>
    recordRequest({
      route: url.pathname.replace(/\/carts\/[\w-]+/, "/carts/:id"),
      method: req.method,
      status: res.statusCode,
      ms: performance.now() - started,
      user: req.headers["x-user"] ?? "anonymous",
    }));
  handle(req, res, url);
});

server.listen(port, "127.0.0.1", () => console.log(`cart api listening on 127.0.0.1:${port}`));
