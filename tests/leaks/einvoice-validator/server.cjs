"use strict";

const http = require("node:http");
const { histogram, exposeAll } = require("./metrics.cjs");
const { validate } = require("./validate.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4790;

const validationSeconds = histogram({
  name: "einvoice_validation_seconds",
  help: "Time to validate an incoming e-invoice",
  labels: { format: ["ubl", "cii"], outcome: ["ok", "rejected", "error"] },
  buckets: [0.001, 0.005, 0.025, 0.1, 0.5],
});

// Validations in progress, for /validations/in-flight and the drain on shutdown.
const inflight = new Map();
const errorReport = { count: 0, last: null };
let seq = 0;

function send(res, status, body, type = "application/json") {
  const text = type === "application/json" ? JSON.stringify(body) : body;
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function validateInvoice(req, res) {
  const invoice = await readJson(req);
  const job = {
    id: `val-${++seq}`,
    format: invoice.format === "cii" ? "cii" : "ubl",
    sender: req.headers["x-peppol-sender"] ?? "unknown",
    number: invoice.number,
    receivedAt: Date.now(),
    invoice,
  };
  inflight.set(job.id, job);
  const started = process.hrtime.bigint();
  let outcome = "error";
  try {
    const result = await validate(invoice);
    outcome = result.valid ? "ok" : "invalid";
    send(res, result.valid ? 200 : 422, { id: job.id, number: job.number, ...result });
  } finally {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    validationSeconds.observe({ format: job.format, outcome }, seconds);
    inflight.delete(job.id);
  }
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/metrics") return send(res, 200, exposeAll(), "text/plain");
  if (url.pathname === "/invoices/validate" && req.method === "POST") {
    return await validateInvoice(req, res);
  }
  if (url.pathname === "/validations/in-flight") {
    const now = Date.now();
    const oldest = [...inflight.values()].slice(0, 10).map((job) => ({
      id: job.id,
      sender: job.sender,
      number: job.number,
      ageMs: now - job.receivedAt,
    }));
    return send(res, 200, { count: inflight.size, oldest, errors: errorReport.count });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => {
    errorReport.count++;
    errorReport.last = { at: new Date().toISOString(), path: url.pathname, message: err.message };
    if (!res.headersSent) send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`einvoice-validator on 127.0.0.1:${port}`));
