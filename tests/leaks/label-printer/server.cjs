"use strict";
const http = require("node:http");
const { createHash } = require("node:crypto");
const { Limiter } = require("./limiter.cjs");
const { IdempotencyStore } = require("./idempotency.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const shutdown = new AbortController();
const renders = new Limiter(2);
const idempotency = new IdempotencyStore(32);
const recent = [];

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

// ZPL for a 4x6 shipping label; a render yields once so two renders interleave.
function renderLabel(order, signal) {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      if (signal.aborted) return reject(signal.reason);
      const a = order.address ?? {};
      const zpl = [
        "^XA",
        `^FO50,50^A0N,40,40^FD${order.carrier ?? "POST"}^FS`,
        `^FO50,120^A0N,30,30^FD${a.name ?? ""}^FS`,
        `^FO50,160^A0N,30,30^FD${a.street ?? ""}^FS`,
        `^FO50,200^A0N,30,30^FD${a.postcode ?? ""} ${a.city ?? ""}^FS`,
        `^FO50,300^BCN,120,Y,N,N^FD${order.orderId}^FS`,
        "^XZ",
      ].join("\n");
      resolve({
        orderId: order.orderId,
        zpl,
        checksum: createHash("sha256").update(zpl).digest("hex").slice(0, 16),
      });
    });
  });
}

function audit(entry) {
  setImmediate(() => {
    recent.push(entry);
    if (recent.length > 50) recent.splice(0, recent.length - 50);
  });
}

async function createLabel(req, res) {
  const key = req.headers["idempotency-key"];
  if (!key) return send(res, 400, { error: "Idempotency-Key required" });
  const order = await readJson(req);
  if (!order.orderId) return send(res, 400, { error: "orderId required" });

  // One controller per request, aborted on shutdown or when the client goes away.
  const ac = new AbortController();
  const onShutdown = () => ac.abort(new Error("shutting down"));
  shutdown.signal.addEventListener("abort", onShutdown);
  const onClose = () => {
    if (!res.writableFinished) ac.abort(new Error("client went away"));
  };
  res.on("close", onClose);
  const started = Date.now();
  try {
    const answer = await idempotency.once(
      key,
      () => renders.run((signal) => renderLabel(order, signal), ac.signal),
    );
    audit({
      key,
      orderId: order.orderId,
      replayed: Boolean(answer.replayed),
      ms: Date.now() - started,
    });
    send(
      res,
      answer.replayed ? 200 : 201,
      answer,
      answer.replayed ? { "idempotent-replayed": "true" } : {},
    );
  } finally {
    shutdown.signal.removeEventListener("abort", onShutdown);
    res.off("close", onClose);
  }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://labels.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/printer") return send(res, 200, renders.stats());
  if (url.pathname === "/labels/recent") return send(res, 200, recent.slice(-10));
  if (req.method === "POST" && url.pathname === "/labels") {
    return createLabel(req, res).catch((err) => {
      if (!res.headersSent) send(res, 503, { error: String(err.message ?? err) });
    });
  }
  send(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`label-printer on http://127.0.0.1:${port}`));

process.on("SIGTERM", () => {
  shutdown.abort();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 500).unref();
});
