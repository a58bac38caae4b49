"use strict";

const http = require("node:http");
const erp = require("./erp-client.cjs");
const { ErpExporter } = require("./erp-export.cjs");
const journal = require("./journal.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const exporter = new ErpExporter(erp);

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
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"));
      } catch {
        reject(new journal.JournalError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/journal-entries" && req.method === "POST") {
    const entry = journal.post(await readJson(req));
    exporter.enqueue(entry);
    return send(res, 201, { id: entry.id });
  }
  const m = /^\/journal-entries\/(JE-\d+)$/.exec(pathname);
  if (m && req.method === "GET") {
    const entry = journal.find(m[1]);
    return entry ? send(res, 200, entry) : send(res, 404, { error: "not in recent entries" });
  }
  if (pathname === "/trial-balance" && req.method === "GET") {
    return send(res, 200, journal.trialBalance());
  }
  if (pathname === "/erp-export" && req.method === "GET") return send(res, 200, exporter.status());
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof journal.JournalError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`AR subledger on :${port}`));
