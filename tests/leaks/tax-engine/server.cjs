"use strict";

const http = require("node:http");
const { TaxEngineClient } = require("./tax_client.cjs");
const { createCartRoutes } = require("./carts.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const taxEngine = new TaxEngineClient(require.resolve("./tax_worker.cjs"));
const routes = createCartRoutes({ taxEngine });

function sendJson(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("error", reject);
    req.on("end", () => {
      if (chunks.length === 0) return resolve({});
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        const err = new Error("malformed JSON");
        err.status = 400;
        reject(err);
      }
    });
  });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") {
      return sendJson(res, 200, { ok: true, engine: taxEngine.stats() });
    }
    const m = /^\/carts\/([\w-]+)\/(tax|checkout-preview)$/.exec(url.pathname);
    if (m && req.method === "POST") {
      const body = await readJson(req);
      const result = await routes[m[2] === "tax" ? "tax" : "checkoutPreview"](m[1], body);
      return sendJson(res, 200, result);
    }
    sendJson(res, 404, { error: "not found" });
  } catch (err) {
    if (err.name === "TaxEngineError") {
      return sendJson(res, 422, { error: err.message, code: err.code });
    }
    if (err.status) return sendJson(res, err.status, { error: err.message });
    console.error(err);
    sendJson(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`tax-engine api listening on 127.0.0.1:${port}`);
});

process.on("SIGTERM", () => {
  server.close();
  taxEngine.close();
});
