"use strict";

const http = require("node:http");
const { lookupCustomer, customerStats } = require("./customers.cjs");
const { orderPart, partsStats } = require("./parts.cjs");
const { openTicket, findTicket, closeTicket, workshopStatus } = require("./tickets.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4722;

const PRICES = { "brake-pads": 1495, "chain-8s": 2199, "inner-tube-28": 699, "labour-15m": 1250 };

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/workshop/status") {
    return send(res, 200, { ...workshopStatus(), parts: partsStats(), crm: customerStats() });
  }

  if (url.pathname === "/tickets" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.id || !body.customer || !body.bike) {
      return send(res, 422, { error: "id, customer, bike" });
    }
    if (findTicket(body.id)) return send(res, 409, { error: "ticket exists" });
    const customer = await lookupCustomer(body.customer);
    const ticket = openTicket(body);
    return send(res, 201, { id: ticket.id, mechanic: ticket.mechanic, customer: customer.name });
  }

  const m = /^\/tickets\/([\w-]+)\/(work|close)$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const ticket = findTicket(m[1]);
    if (!ticket) return send(res, 404, { error: "no open ticket" });
    if (m[2] === "work") {
      const { part, quantity = 1 } = await readJson(req);
      if (!(part in PRICES)) return send(res, 422, { error: "unknown part" });
      ticket.work.push({ part, quantity });
      if (!part.startsWith("labour")) orderPart(ticket.id, part, quantity);
      return send(res, 200, { id: ticket.id, lines: ticket.work.length });
    }
    const invoiceCents = ticket.work.reduce((sum, w) => sum + PRICES[w.part] * w.quantity, 0);
    closeTicket(ticket, invoiceCents);
    return send(res, 200, { id: ticket.id, invoiceCents });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`bike-workshop on 127.0.0.1:${port}`));
