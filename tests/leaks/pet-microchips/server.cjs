"use strict";

const http = require("node:http");
const { EventEmitter } = require("node:events");
const { RegistryError, lookup } = require("./registry.cjs");
const { Throttle } = require("./throttle.cjs");
const { confirmTransfer, requestTransfer, transferStats } = require("./transfers.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice(7)) : 3000;

const throttle = new Throttle();
const audit = new EventEmitter();
const auditBuffer = [];
let shipped = 0;

audit.on("lookup", (event) => {
  auditBuffer.push(event);
  if (auditBuffer.length > 500) auditBuffer.shift();
});
setInterval(() => {
  shipped += auditBuffer.splice(0).length;
}, 200).unref();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { transfers: transferStats(), buckets: throttle.buckets.size, shipped });
  }

  if (parts[0] === "chips" && parts[1] && !parts[2] && req.method === "GET") {
    const clinic = req.headers["x-clinic"] ?? "anonymous";
    if (!throttle.take(clinic)) return send(res, 429, { error: "slow down" });
    const record = lookup(parts[1]);
    audit.emit("lookup", { clinic, chip: parts[1], found: Boolean(record), at: Date.now() });
    if (!record) return send(res, 404, { error: "chip not registered" });
    const { keeper, ...animal } = record;
    return send(res, 200, { ...animal, keeper: { name: keeper.name, phone: keeper.phone } });
  }
  if (parts[0] === "chips" && parts[2] === "transfers" && req.method === "POST") {
    return send(res, 202, requestTransfer(parts[1], await readJson(req)));
  }
  if (parts[0] === "transfers" && parts[2] === "confirm" && req.method === "POST") {
    return send(res, 200, confirmTransfer(parts[1]));
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof RegistryError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`microchip lookup on :${port}`));
