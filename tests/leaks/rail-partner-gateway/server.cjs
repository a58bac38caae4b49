"use strict";

const http = require("node:http");
const { chainFor, chains } = require("./gateway.cjs");
const { GatewayError, accessLog } = require("./middleware.cjs");
const { bookingCounts } = require("./upstream.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      if (!chunks.length) return resolve(undefined);
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        reject(new GatewayError(400, "bad JSON"));
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function handle(req, res) {
  if (req.url === "/healthz") return send(res, 200, { ok: true });
  if (req.url === "/internal/stats") {
    return send(res, 200, {
      chains: chains.stats(),
      bookings: bookingCounts,
      recent: accessLog.slice(-5),
    });
  }
  const chain = chainFor(req.method, req.url);
  if (!chain) return send(res, 404, { error: "no such endpoint" });
  const ctx = {
    req,
    body: await readBody(req),
    responseHeaders: {},
    status: undefined,
    result: undefined,
  };
  if (req.method === "POST") ctx.status = 201;
  try {
    await chain(ctx);
    send(res, ctx.status, ctx.result, ctx.responseHeaders);
  } catch (err) {
    ctx.status = err instanceof GatewayError ? err.status : 500;
    if (ctx.status === 500) console.error(err);
    send(res, ctx.status, { error: err.message, requestId: ctx.id }, ctx.responseHeaders);
  }
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`partner gateway on :${port}`));
