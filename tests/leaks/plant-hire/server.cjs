"use strict";

const http = require("node:http");
const { fleet } = require("./fleet.cjs");
const { HireError, checkout, offHire, reading, stats, view } = require("./hires.cjs");

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
        reject(new HireError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (url.pathname === "/hires" && req.method === "POST") {
    const hire = await checkout(await readJson(req));
    return send(res, 201, { id: hire.id, machine: hire.machine.id, startedAt: hire.startedAt });
  }
  if (url.pathname === "/telematics/readings" && req.method === "POST") {
    await reading(await readJson(req));
    return send(res, 202, { ok: true });
  }
  if (parts[0] === "hires" && parts[1] && parts[2] === "off-hire" && req.method === "POST") {
    return send(res, 200, await offHire(parts[1], await readJson(req)));
  }
  if (parts[0] === "hires" && parts[1] && parts.length === 2) return send(res, 200, view(parts[1]));
  if (parts[0] === "machines" && parts[1]) {
    const machine = fleet.get(parts[1]);
    return machine ? send(res, 200, machine) : send(res, 404, { error: "no such machine" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof HireError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`plant hire on :${port}`));
