"use strict";

const http = require("node:http");
const { buildNotification } = require("./notifications.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

http.createServer(async (req, res) => {
  if (req.url === "/healthz") return send(res, 200, { ok: true });
  if (req.url === "/notifications/preview" && req.method === "POST") {
    let input;
    try {
      input = JSON.parse(await readBody(req));
    } catch {
      return send(res, 400, { error: "invalid JSON" });
    }
    const result = buildNotification(input);
    return result.error ? send(res, 422, result) : send(res, 200, result);
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`notifications listening on 127.0.0.1:${port}`));
