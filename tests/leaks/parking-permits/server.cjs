"use strict";

const http = require("node:http");
const { apply, cancel, PermitError, quote, registryHealth } = require("./permits.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4134;
const MAX_BODY = 16 * 1024;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new PermitError(413, "body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        reject(new PermitError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://permits.local");
  try {
    if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "GET" && url.pathname === "/internal/registry") {
      return send(res, 200, registryHealth());
    }
    if (req.method === "POST" && url.pathname === "/permits/quote") {
      return send(res, 200, await quote(await readJson(req)));
    }
    if (req.method === "POST" && url.pathname === "/permits") {
      const key = req.headers["idempotency-key"];
      return send(res, 201, await apply(typeof key === "string" ? key : "", await readJson(req)));
    }
    if (req.method === "POST" && url.pathname === "/permits/cancel") {
      const { address, plate } = await readJson(req);
      return send(res, 200, { cancelled: cancel(String(address), String(plate)) });
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    if (err instanceof PermitError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`parking permits on 127.0.0.1:${port}`));
