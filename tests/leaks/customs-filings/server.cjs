"use strict";

const http = require("node:http");
const { FilingError, status, stats, submit } = require("./filings.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, statusCode, body) {
  res.writeHead(statusCode, { "content-type": "application/json" });
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
        reject(new FilingError(400, `bad JSON: ${err.message}`));
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
  if (url.pathname === "/declarations" && req.method === "POST") {
    return send(res, 201, await submit(await readJson(req)));
  }
  if (parts[0] === "declarations" && parts[1] && req.method === "GET") {
    const s = status(parts[1]);
    return s ? send(res, 200, s) : send(res, 404, { error: "unknown declaration" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const code = err instanceof FilingError ? err.status : 500;
    send(res, code, { error: err.message, detail: err.detail });
  });
}).listen(port, "127.0.0.1", () => console.log(`customs filings on :${port}`));
