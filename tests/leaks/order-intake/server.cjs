"use strict";

const http = require("node:http");
const { idempotent, idempotencyStore } = require("./idempotency.cjs");
const { HttpError, checkout, refund } = require("./orders.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3400;

const routes = {
  // A double-clicked "Pay" button or a flaky mobile connection resends within seconds.
  "POST /checkout": idempotent({ ttlMs: 2_000 }, checkout),
  // A refund must never be paid out twice: the PSP keeps refund keys for a day, so do we.
  "POST /refunds": idempotent({ ttlMs: 24 * 60 * 60 * 1000 }, refund),
};

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "invalid JSON");
  }
}

function send(res, { status, body, headers = {} }) {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(json);
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    req.path = url.pathname;
    if (url.pathname === "/healthz") {
      return send(res, { status: 200, body: { ok: true, idempotencyKeys: idempotencyStore.size } });
    }
    const handler = routes[`${req.method} ${url.pathname}`];
    if (!handler) return send(res, { status: 404, body: { error: "not found" } });
    send(res, await handler(req, await readJson(req)));
  } catch (err) {
    if (!(err instanceof HttpError)) console.error(err);
    send(res, {
      status: err.status ?? 500,
      body: { error: err.status ? err.message : "internal error" },
    });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`order-intake listening on 127.0.0.1:${port}`));
