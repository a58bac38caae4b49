"use strict";

const http = require("node:http");
const { StatementError, postTransaction, renderStatement } = require("./statements.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new StatementError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const m = /^\/accounts\/([\w-]+)\/(transactions|statement)$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, id, what] = m;
  if (what === "transactions" && req.method === "POST") {
    return send(res, 201, postTransaction(id, await readJson(req)));
  }
  if (what === "statement" && req.method === "GET") {
    const period = url.searchParams.get("period") ?? new Date().toISOString().slice(0, 7);
    return send(res, 200, renderStatement(id, period), "text/html; charset=utf-8");
  }
  return send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof StatementError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`statements on :${port}`));
