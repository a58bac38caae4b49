"use strict";

const http = require("node:http");
const { ImportError, recent, runImport } = require("./imports.cjs");
const { receive, running } = require("./uploads.cjs");
const roster = require("./roster.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;
const MAX_UPLOAD = 2 * 1024 * 1024;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readText(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size > MAX_UPLOAD) reject(new ImportError(413, "file too large"));
      else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/imports" && req.method === "POST") {
    const type = String(req.headers["content-type"] ?? "");
    if (!type.startsWith("text/csv")) throw new ImportError(415, "send the file as text/csv");
    const upload = receive(
      String(req.headers["x-filename"] ?? "upload.csv"),
      String(req.headers["x-user"] ?? "unknown"),
      await readText(req),
    );
    return send(res, 200, runImport(upload));
  }
  if (url.pathname === "/imports/recent") return send(res, 200, recent.slice(0, 10));
  if (url.pathname === "/imports/running") return send(res, 200, running());
  if (url.pathname === "/courses") return send(res, 200, roster.byCourse());
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err instanceof ImportError ? err.status : 500;
    send(res, status, { error: err.message, ...(err.details ?? {}) });
  });
}).listen(port, "127.0.0.1", () => console.log(`enrolment imports on :${port}`));
