"use strict";

const http = require("node:http");
const VendBatcher = require("./batcher.cjs");
const { find, overview, recordVend, refill } = require("./machines.cjs");
const warehouse = require("./warehouse.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4593;

const vends = new VendBatcher({ table: "vend_events", maxRows: 500 });
setInterval(() => vends.flush(), 500).unref();

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw Object.assign(new Error("body must be JSON"), { status: 400 });
  }
}

function validEvent(e) {
  return e && typeof e.slot === "string" && Number.isInteger(e.priceCents) && e.priceCents >= 0;
}

async function route(req, res, url) {
  const m = /^\/machines\/([\w-]+)\/(vends|vends:batch|refills)$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const machine = find(m[1]);
    if (!machine) return send(res, 404, { error: `unknown machine ${m[1]}` });
    const body = await readJson(req);

    if (m[2] === "vends") {
      if (!validEvent(body)) return send(res, 422, { error: "slot and priceCents required" });
      recordVend(machine, body);
      vends.add({ ...body, machine: machine.id });
      return send(res, 202, { accepted: 1 });
    }

    if (m[2] === "vends:batch") {
      // Machines that were offline upload what they sold in the meantime, oldest first.
      const events = Array.isArray(body.events) ? body.events.filter(validEvent) : [];
      const rows = events.map((e) => ({ ...e, machine: machine.id, firmware: body.firmware }));
      rows.forEach((e) => recordVend(machine, e));
      rows.forEach(vends.add);
      return send(res, 202, {
        accepted: rows.length,
        rejected: (body.events?.length ?? 0) - rows.length,
      });
    }

    refill(machine, Array.isArray(body.slots) ? body.slots : []);
    return send(res, 200, { refilled: body.slots ?? [] });
  }

  if (url.pathname === "/machines" && req.method === "GET") {
    return send(res, 200, { machines: overview(), ingest: vends.stats() });
  }
  if (url.pathname === "/ops/warehouse" && req.method === "GET") {
    return send(res, 200, warehouse.summary());
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err.status) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`vending-telemetry on http://127.0.0.1:${port}`));
