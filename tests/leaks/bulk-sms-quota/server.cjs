"use strict";

const http = require("node:http");
const { QuotaError } = require("./quota.cjs");
const { accountStatus, ledger, quoteCampaign, sendQuoted } = require("./campaigns.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

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
        reject(new QuotaError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/ledger") return send(res, 200, ledger.stats());
  // /accounts/:id/...
  if (parts[0] !== "accounts" || !parts[1]) return send(res, 404, { error: "not found" });
  const account = parts[1];
  if (parts.length === 2) return send(res, 200, accountStatus(account));
  if (parts[2] === "quotes" && parts.length === 3 && req.method === "POST") {
    return send(res, 201, quoteCampaign(account, await readJson(req)));
  }
  if (parts[2] === "quotes" && parts[3] && parts[4] === "send" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 200, await sendQuoted(account, parts[3], body.sender));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof QuotaError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`bulk sms on :${port}`));
