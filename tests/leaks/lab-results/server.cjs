"use strict";

const http = require("node:http");
const { ReferenceRangeClient } = require("./ranges_client.cjs");
const { createResultsService } = require("./results.cjs");
const { metrics } = require("./metrics.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const ranges = new ReferenceRangeClient(require.resolve("./ranges_worker.cjs"));
const results = createResultsService({ ranges });

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

const ROUTES = [
  // deno-lint-ignore require-await -- every route handler is async alike
  ["GET", /^\/healthz$/, "/healthz", async () => [200, { ok: true }]],
  [
    "POST",
    /^\/patients\/([\w-]+)\/results$/,
    "/patients/:id/results",
    async (req, [id]) => [201, await results.record(id, await readJson(req))],
  ],
  [
    "GET",
    /^\/patients\/([\w-]+)\/results$/,
    "/patients/:id/results",
    async (_req, [id]) => [200, await results.list(id)],
  ],
  [
    "POST",
    /^\/results\/interpret$/,
    "/results/interpret",
    async (req) => [200, await results.interpret(await readJson(req))],
  ],
  // deno-lint-ignore require-await -- every route handler is async alike
  ["GET", /^\/metrics$/, "/metrics", async () => [200, metrics.snapshot()]],
];

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const started = process.hrtime.bigint();
  let template = "unmatched";
  let status = 404;
  try {
    for (const [method, pattern, name, handler] of ROUTES) {
      const m = req.method === method && pattern.exec(url.pathname);
      if (!m) continue;
      template = name;
      const [code, body] = await handler(req, m.slice(1));
      status = code;
      return send(res, code, body);
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    status = err.status ?? (err instanceof SyntaxError ? 400 : 500);
    if (status === 500) console.error(err);
    send(res, status, { error: status === 500 ? "internal error" : err.message });
  } finally {
    metrics.observe(req.method, template, status, Number(process.hrtime.bigint() - started) / 1e6);
  }
});

server.listen(port, "127.0.0.1", () => console.log(`lab-results listening on 127.0.0.1:${port}`));
