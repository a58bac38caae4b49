"use strict";

const http = require("node:http");
const { banks } = require("./lockers.cjs");
const { HandoverError, handOver, pickUp, pickupCode, proofFor, stats } = require(
  "./handover.cjs",
);
const { sent } = require("./notify.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(new HandoverError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { ...stats(), texts: sent.slice(0, 5) });
  if (url.pathname === "/handovers" && req.method === "POST") {
    const delivery = await readJson(req);
    return send(res, 201, handOver(delivery));
  }
  if (url.pathname === "/pickups" && req.method === "POST") {
    const body = await readJson(req);
    // the recipient's app scans the QR code, which carries the code
    const code = body.code ?? (body.qr ? pickupCode(body.parcel) : "");
    return send(res, 200, pickUp(body.parcel, code));
  }
  if (parts[0] === "proofs" && parts[1]) {
    const proof = proofFor(parts[1]);
    return proof ? send(res, 200, proof) : send(res, 404, { error: "no proof for that round" });
  }
  if (parts[0] === "banks" && parts[1]) {
    const bank = banks.get(parts[1]);
    if (!bank) return send(res, 404, { error: "no such bank" });
    return send(res, 200, { id: bank.id, address: bank.address, doors: bank.occupancy() });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof HandoverError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`locker handover on :${port}`));
