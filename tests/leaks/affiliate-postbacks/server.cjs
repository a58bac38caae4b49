"use strict";

const http = require("node:http");
const { DedupWindow } = require("./dedup.cjs");
const clicks = require("./clicks.cjs");
const ledger = require("./ledger.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

// Advertisers' platforms retry a postback straight away when we are slow to answer, so the
// same transaction often turns up twice within a few hundred ms.
const dedup = new DedupWindow({ windowMs: 250 });

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
        reject(new clicks.ClickError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

/** GET /postback?adv=…&txn_id=…&click_id=…&amount=…: how advertisers' platforms call us. */
function postback(params, res) {
  const txn = params.get("txn_id");
  const clickId = params.get("click_id");
  if (!txn || !clickId) return send(res, 400, { error: "txn_id and click_id are required" });
  const key = `${params.get("adv") ?? "unknown"}:${txn}`;
  const earlier = dedup.get(key);
  if (earlier) {
    return send(res, 200, { status: "duplicate", txn, firstSeen: earlier.receivedAt });
  }
  const click = clicks.take(clickId);
  if (!click) return send(res, 404, { status: "rejected", reason: "unknown or used click" });
  const amount = Number(params.get("amount") ?? "0");
  if (!Number.isFinite(amount) || amount < 0) return send(res, 400, { error: "bad amount" });
  const conversion = {
    key,
    txn,
    clickId,
    campaign: click.campaign,
    publisher: click.publisher,
    amount,
    currency: params.get("currency") ?? "EUR",
    params: Object.fromEntries(params),
    receivedAt: new Date().toISOString(),
  };
  dedup.remember(key, conversion);
  const payout = ledger.credit(conversion);
  return send(res, 200, { status: "accepted", txn, payout });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/postback" && req.method === "GET") return postback(url.searchParams, res);
  if (url.pathname === "/clicks" && req.method === "POST") {
    const click = clicks.record(await readJson(req), req.headers["user-agent"]);
    return send(res, 201, { clickId: click.id, device: click.device });
  }
  if (parts[0] === "campaigns" && parts[2] === "stats") {
    const stats = ledger.campaignStats(parts[1]);
    return stats ? send(res, 200, stats) : send(res, 404, { error: "no such campaign" });
  }
  if (parts[0] === "publishers" && parts[2] === "earnings") {
    return send(res, 200, { publisher: parts[1], earnings: ledger.publisherEarnings(parts[1]) });
  }
  if (url.pathname === "/status") {
    return send(res, 200, { dedup: dedup.stats(), clicks: clicks.stats() });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof clicks.ClickError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`postbacks on :${port}`));
