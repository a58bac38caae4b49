"use strict";

const http = require("node:http");
const { rejectionReport } = require("./diagnostics.cjs");
const { InvoiceError, findInvoice, present, sendInvoice, updateInvoice } = require(
  "./invoices.cjs",
);
const { syncInvoice } = require("./sync.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4153;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("error", reject);
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        reject(new InvoiceError(400, "invalid JSON"));
      }
    });
  });
}

const INVOICE = /^\/invoices\/(INV-\d{4})$/;
const SEND = /^\/invoices\/(INV-\d{4})\/send$/;

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/debug/rejections") {
    return send(res, 200, rejectionReport());
  }
  let m;
  if ((m = INVOICE.exec(url.pathname))) {
    const inv = findInvoice(m[1]);
    if (req.method === "GET") return send(res, 200, present(inv));
    if (req.method === "PATCH") {
      updateInvoice(inv, await readJson(req));
      syncInvoice(inv); // background: the ledger catches up
      return send(res, 200, present(inv));
    }
    return send(res, 405, { error: "method not allowed" });
  }
  if (req.method === "POST" && (m = SEND.exec(url.pathname))) {
    const inv = sendInvoice(findInvoice(m[1]));
    syncInvoice(inv); // background: the ledger catches up
    return send(res, 202, { number: inv.number, status: inv.status, reminders: inv.remindersSent });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://invoices.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof InvoiceError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`invoice sync on 127.0.0.1:${port}`));
