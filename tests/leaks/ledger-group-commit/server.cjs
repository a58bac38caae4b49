"use strict";
const http = require("node:http");
const { JournalFile, GroupCommitter } = require("./journal.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const ACCOUNTS = new Map([
  ["AC-1", { id: "AC-1", owner: "Acme BV", balance: 1_000_000 }],
  ["AC-2", { id: "AC-2", owner: "Globex GmbH", balance: 250_000 }],
  ["AC-3", { id: "AC-3", owner: "Initech Ltd", balance: 0 }],
]);
const IDEMPOTENCY_WINDOW = 256;

const journal = new JournalFile();
const committer = new GroupCommitter(journal, { maxBatch: 32, maxDelayMs: 15 });
// Transaction ids seen recently, oldest first, so a client's retry is not posted twice.
const recentTransactions = new Map();

function remember(txId, result) {
  recentTransactions.set(txId, result);
  if (recentTransactions.size > IDEMPOTENCY_WINDOW) {
    recentTransactions.delete(recentTransactions.keys().next().value);
  }
}

function send(res, code, body) {
  res.writeHead(code, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        err.status = 400;
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function post(req, res, accountId) {
  const account = ACCOUNTS.get(accountId);
  if (!account) return send(res, 404, { error: "no such account" });
  const body = await readJson(req);
  if (typeof body.id !== "string" || !Number.isInteger(body.amount)) {
    return send(res, 400, { error: "id and integer amount are required" });
  }
  const seen = recentTransactions.get(body.id);
  if (seen) return send(res, 200, { ...seen, replayed: true });
  if (account.balance + body.amount < 0) return send(res, 422, { error: "insufficient funds" });

  account.balance += body.amount; // reserved now, so concurrent postings see it
  try {
    const record = await committer.commit({
      tx: body.id,
      account: accountId,
      amount: body.amount,
      memo: String(body.memo ?? "").slice(0, 140),
      at: Date.now(),
    });
    const result = { tx: record.tx, lsn: record.lsn, balance: account.balance };
    remember(body.id, result);
    return send(res, 201, result);
  } catch (err) {
    account.balance -= body.amount;
    throw err;
  }
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    const m = /^\/accounts\/([\w-]+)\/postings$/.exec(url.pathname);
    if (m && req.method === "POST") return await post(req, res, m[1]);
    const a = /^\/accounts\/([\w-]+)$/.exec(url.pathname);
    if (a && req.method === "GET") {
      const account = ACCOUNTS.get(a[1]);
      return account ? send(res, 200, account) : send(res, 404, { error: "not found" });
    }
    if (url.pathname === "/journal" && req.method === "GET") {
      const n = Math.min(Number(url.searchParams.get("n")) || 10, 50);
      return send(res, 200, {
        lsn: journal.lsn,
        batches: committer.batches,
        recent: journal.recent(n),
      });
    }
    return send(res, 404, { error: "not found" });
  } catch (err) {
    return send(res, err.status ?? 500, { error: err.message });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`wallet ledger on 127.0.0.1:${port}`));
