"use strict";

const http = require("node:http");
const { addPrinter, links } = require("./printers.cjs");
const { startDevPrinter } = require("./dev-printer.cjs");
const { OrderError, bump, finished, open, orderView, placeOrder } = require("./orders.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

// KITCHEN_PRINTERS="grill=10.20.0.31:9100,fry=10.20.0.32:9100,cold=10.20.0.33:9100,bar=10.20.0.34:9100"
async function setUpPrinters() {
  const configured = process.env.KITCHEN_PRINTERS;
  if (configured) {
    for (const entry of configured.split(",")) {
      const [station, address] = entry.split("=");
      const [host, p] = address.split(":");
      addPrinter(station.trim(), host, Number(p ?? 9100));
    }
    return;
  }
  for (const station of ["grill", "fry", "cold", "bar", "expo"]) {
    const dev = await startDevPrinter(station);
    addPrinter(station, "127.0.0.1", dev.port);
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new OrderError(400, "body is not JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://till.local");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/printers" && req.method === "GET") {
    return send(res, 200, [...links.values()].map((l) => l.describe()));
  }
  if (url.pathname === "/pass" && req.method === "GET") {
    return send(res, 200, { cooking: open.size, finished: finished.slice(0, 10) });
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    return send(res, 201, await placeOrder(await readJson(req)));
  }
  if (parts[0] === "orders" && parts[1] && parts.length === 2 && req.method === "GET") {
    const order = orderView(decodeURIComponent(parts[1]));
    return order ? send(res, 200, order) : send(res, 404, { error: "no such check" });
  }
  if (parts[0] === "orders" && parts[2] === "bump" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 200, bump(decodeURIComponent(parts[1]), body.station));
  }
  return send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof OrderError)) console.error(err);
    send(res, err instanceof OrderError ? err.status : 500, { error: err.message });
  });
});

setUpPrinters().then(() => {
  server.listen(port, "127.0.0.1", () => console.log(`kitchen tickets on :${port}`));
});
