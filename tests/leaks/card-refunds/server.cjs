"use strict";

const http = require("node:http");
const { RefundBook, RefundError } = require("./refunds.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const book = new RefundBook();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(new RefundError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { ...book.stats, recent: book.recentlyClosed(5) });
  }

  // the processor's settlement webhook: a charge has settled and can be refunded from now on
  if (url.pathname === "/webhooks/settlements" && req.method === "POST") {
    const event = await readJson(req);
    if (event.type !== "charge.settled" || !event.data?.id) {
      return send(res, 202, { ignored: true });
    }
    book.register(event.data);
    return send(res, 200, { received: true });
  }

  if (parts[0] === "charges" && parts[1]) {
    const chargeId = parts[1];
    if (parts[2] === "refunds" && req.method === "POST") {
      const body = await readJson(req);
      const agent = req.headers["x-agent"] ?? "unknown";
      const amount = Number(body.amount);
      return send(res, 201, await book.refund(chargeId, { amount, reason: body.reason, agent }));
    }
    if (!parts[2] && req.method === "GET") {
      const entry = book.get(chargeId);
      if (!entry) return send(res, 404, { error: "not open for refunds" });
      return send(res, 200, entry);
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof RefundError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`refunds on :${port}`));
