"use strict";

const http = require("node:http");
const { YardError, byVessel, issue, office, pay } = require("./invoices.cjs");
const { sentMail } = require("./mailer.cjs");

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
        reject(new YardError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/office") {
    return send(res, 200, { ...office(), mail: sentMail.slice(0, 5) });
  }
  if (url.pathname === "/invoices" && req.method === "POST") {
    return send(res, 201, issue(await readJson(req)));
  }
  if (url.pathname === "/invoices" && req.method === "GET") {
    return send(res, 200, byVessel(url.searchParams.get("vessel") ?? ""));
  }
  if (parts[0] === "invoices" && parts[2] === "payments" && req.method === "POST") {
    return send(res, 200, pay(parts[1], await readJson(req)));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof YardError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`boatyard invoices on :${port}`));
