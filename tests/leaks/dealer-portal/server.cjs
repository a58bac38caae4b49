"use strict";

const http = require("node:http");
const erp = require("./erp-client.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4877;

const DEALER = "D-0417";
const views = { orders: 0, invoices: 0, notFound: 0 };

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/portal/status") return send(res, 200, { views, erp: erp.sessionInfo() });
  if (url.pathname === "/dealers/me") {
    const dealer = await erp.getDealer(DEALER);
    return send(res, 200, { name: dealer.name, region: dealer.region });
  }
  const m = /^\/orders\/([\w-]+)(\/invoice)?$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const doc = m[2] ? await erp.getInvoice(m[1]) : await erp.getOrder(m[1]);
    if (!doc) {
      views.notFound++;
      return send(res, 404, { error: "no such order" });
    }
    if (m[2]) views.invoices++;
    else views.orders++;
    return send(res, 200, doc);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 502, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`dealer-portal on 127.0.0.1:${port}`));
