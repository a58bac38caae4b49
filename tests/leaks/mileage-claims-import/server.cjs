"use strict";

const http = require("node:http");
const { ImportError, importCsv, problemsOf, approve, stats } = require("./imports.cjs");
const payroll = require("./payroll.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readText(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (url.pathname === "/imports" && req.method === "POST") {
    const text = await readText(req);
    const result = importCsv(url.searchParams.get("ref"), url.searchParams.get("employee"), text);
    return send(res, 201, result);
  }
  if (parts[0] === "imports" && parts[2] === "problems") {
    return send(res, 200, problemsOf(parts[1]));
  }
  if (parts[0] === "imports" && parts[2] === "approve" && req.method === "POST") {
    return send(res, 200, approve(parts[1], req.headers["x-manager"] ?? "unknown"));
  }
  if (parts[0] === "employees" && parts[2] === "mileage") {
    return send(res, 200, payroll.summary(parts[1]));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof ImportError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`mileage imports on :${port}`));
