"use strict";

const http = require("node:http");
const { PlanError, reserve, confirm, release, planFor, stats } = require("./reservations.cjs");
const { machines } = require("./machines.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch (err) {
        reject(new PlanError(400, `bad JSON: ${err.message}`));
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
  if (url.pathname === "/reservations" && req.method === "POST") {
    return send(res, 201, reserve(await readJson(req)));
  }
  if (parts[0] === "reservations" && parts[2] === "confirm" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 200, confirm(parts[1], body.technician ?? "lab"));
  }
  if (parts[0] === "reservations" && parts[2] === "cancel" && req.method === "POST") {
    const gone = release(parts[1], "cancelled");
    return send(res, gone ? 200 : 404, { cancelled: Boolean(gone) });
  }
  if (parts[0] === "machines" && parts[1] && parts[2] === "plan") {
    return send(res, 200, planFor(parts[1]));
  }
  if (parts[0] === "machines" && parts[1] && parts[2] === "done") {
    const mill = machines.get(parts[1]);
    return mill ? send(res, 200, mill.done.slice(0, 10)) : send(res, 404, { error: "no mill" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof PlanError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`milling slots on :${port}`));
