"use strict";

const http = require("node:http");
const { bankStats, mirrorInBackground } = require("./bank.cjs");
const { PayoutError, earningsOf, settleTrip } = require("./earnings.cjs");
const { flushWaiting, runLater, schedulerStats } = require("./scheduler.cjs");
const { startSpan, tracingStats } = require("./tracing.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4154;

const notified = new Map();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new PayoutError(400, "invalid JSON");
  }
}

const SETTLE = /^\/trips\/([\w-]{2,40})\/settle$/;
const EARNINGS = /^\/couriers\/([\w-]{2,20})\/earnings$/;

async function route(req, res, url, root) {
  if (req.method === "GET" && url.pathname === "/debug/payouts") {
    return send(res, 200, {
      bank: bankStats(),
      scheduler: schedulerStats(),
      tracing: tracingStats(),
    });
  }
  let m;
  if (req.method === "POST" && (m = SETTLE.exec(url.pathname))) {
    const input = await readJson(req);
    const span = startSpan("settle", root);
    const settlement = settleTrip(m[1], input, span);
    const review = startSpan("payout.review", span);
    if (settlement.tip === 0) review.set("tip", "none"); // left open: the root closes it
    else review.finish();
    span.finish();
    mirrorInBackground(settlement);
    // the courier app is told a moment later, batched with any adjustments
    runLater(25, "courier notification", () => {
      notified.set(settlement.courierId, { tripId: settlement.tripId, net: settlement.net });
    });
    return send(res, 201, settlement);
  }
  if (req.method === "GET" && (m = EARNINGS.exec(url.pathname))) {
    return send(res, 200, { ...earningsOf(m[1]), lastNotified: notified.get(m[1]) ?? null });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://payouts.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const root = startSpan(`${req.method} ${url.pathname.replace(/\/[\w-]*\d[\w-]*/g, "/:id")}`);
  try {
    await route(req, res, url, root);
  } catch (err) {
    root.set("error", err.message);
    if (err instanceof PayoutError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  } finally {
    root.finish();
  }
});

server.listen(port, "127.0.0.1", () => console.log(`driver payouts on 127.0.0.1:${port}`));

process.on("SIGTERM", async () => {
  const flushed = await flushWaiting();
  console.log(`flushed ${flushed} delayed jobs`);
  server.close(() => process.exit(0));
});
