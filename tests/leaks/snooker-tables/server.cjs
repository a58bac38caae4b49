"use strict";

const http = require("node:http");
const { frame, HallError, playing, receiptFor, sheet, start, stop } = require("./tables.cjs");

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
    req.on("data", (c) => text += c);
    req.on("end", () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new HallError(400, "body must be JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/sheet") {
    const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
    return send(res, 200, sheet(date, url.searchParams.get("locale") ?? "en-GB"));
  }
  if (url.pathname === "/playing") return send(res, 200, playing());
  if (url.pathname === "/sessions" && req.method === "POST") {
    return send(res, 201, start(await readJson(req)));
  }
  if (parts[0] === "sessions" && parts[1] && parts[2] === "frames" && req.method === "POST") {
    return send(res, 200, frame(parts[1], await readJson(req)));
  }
  if (parts[0] === "sessions" && parts[1] && parts[2] === "stop" && req.method === "POST") {
    return send(res, 200, stop(parts[1]));
  }
  if (parts[0] === "receipts" && parts[1]) return send(res, 200, receiptFor(parts[1]));
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof HallError)) console.error(err);
    send(res, err instanceof HallError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`snooker hall on :${port}`));
