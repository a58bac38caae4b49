"use strict";
const http = require("node:http");
const { createTracer } = require("./tracing.cjs");
const { BalanceCache, record, sum } = require("./ledger.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3200;

const tracer = createTracer("ledger-api");
const balanceCache = new BalanceCache(100);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function getBalance(res, root, accountId) {
  const lookup = tracer.startSpan("balance-cache.get", root);
  const cached = balanceCache.get(accountId);
  if (cached) {
    root.setAttribute("cache.hit", true);
    return send(res, 200, cached);
  }
  lookup.end();

  const summing = tracer.startSpan("ledger.sum", root);
  const balance = { account: accountId, balanceCents: sum(accountId), asOf: Date.now() };
  summing.setAttribute("account", accountId).end();
  balanceCache.set(accountId, balance);
  root.setAttribute("cache.hit", false);
  send(res, 200, balance);
}

async function postTransaction(req, res, root, accountId) {
  const parse = tracer.startSpan("request.parse", root);
  let tx;
  try {
    tx = JSON.parse(await readBody(req));
  } catch {
    parse.setAttribute("error", true).end();
    return send(res, 400, { error: "invalid JSON" });
  }
  parse.end();
  if (!Number.isInteger(tx.amountCents)) return send(res, 422, { error: "amountCents required" });

  const write = tracer.startSpan("ledger.record", root);
  record(accountId, tx.amountCents, String(tx.memo ?? ""));
  balanceCache.invalidate(accountId);
  write.end();
  send(res, 201, { account: accountId, recorded: tx.amountCents });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/debug/spans") {
    return send(res, 200, { ...tracer.stats(), stuck: tracer.stuck(30_000) });
  }

  const root = tracer.startSpan(`${req.method} ${url.pathname.replace(/ACC-[\w-]+/, ":id")}`);
  res.on("finish", () => root.setAttribute("status", res.statusCode).end());

  const balance = /^\/accounts\/([\w-]+)\/balance$/.exec(url.pathname);
  if (req.method === "GET" && balance) return getBalance(res, root, balance[1]);
  const txs = /^\/accounts\/([\w-]+)\/transactions$/.exec(url.pathname);
  if (req.method === "POST" && txs) {
    return postTransaction(req, res, root, txs[1]).catch((e) =>
      send(res, 500, { error: e.message })
    );
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`ledger api on 127.0.0.1:${port}`));
