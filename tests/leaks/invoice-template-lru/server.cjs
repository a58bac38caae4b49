"use strict";
const http = require("node:http");
const { render, cacheSize } = require("./templates.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const INVOICE_TEMPLATE = "<h1>Invoice {{ number }}</h1><p>Dear {{ customer.name }},</p>" +
  "<p>Issued {{ issued | date }}, due {{ due | date }}.</p>" +
  "<p>Total due: {{ total | money }}</p><footer>{{ seller.name | upper }}</footer>";

function invoiceData(number) {
  return {
    number,
    customer: { name: "Harbour Street Coffee" },
    seller: { name: "Lowland Roasters BV" },
    issued: "2026-11-02T00:00:00Z",
    due: "2026-12-02T00:00:00Z",
    total: 1234.5,
  };
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

function send(res, status, type, body) {
  res.writeHead(status, { "content-type": type });
  res.end(body);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, "application/json", '{"ok":true}');
    const invoice = /^\/invoices\/([\w-]+)\.html$/.exec(url.pathname);
    if (req.method === "GET" && invoice) {
      const ctx = { locale: url.searchParams.get("locale") ?? "en-GB", currency: "EUR" };
      return send(res, 200, "text/html", render(INVOICE_TEMPLATE, invoiceData(invoice[1]), ctx));
    }
    if (req.method === "POST" && url.pathname === "/templates/preview") {
      const body = await readJson(req);
      const ctx = { locale: body.locale ?? "en-GB", currency: body.currency ?? "EUR" };
      const html = render(String(body.source ?? ""), invoiceData("PREVIEW"), ctx);
      return send(res, 200, "application/json", JSON.stringify({ html, cached: cacheSize() }));
    }
    send(res, 404, "application/json", '{"error":"not found"}');
  } catch (err) {
    send(res, 400, "application/json", JSON.stringify({ error: String(err.message ?? err) }));
  }
});

server.listen(port, "127.0.0.1");
