"use strict";

const http = require("node:http");
const { BankError, banks, emptied, recordReading, trend } = require("./banks.cjs");
const { announce, nextJob, waitingTablets } = require("./dispatch.cjs");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const BANK = /^\/banks\/(BB-\d+)\/(readings|emptied|trend)$/;
const NEXT = /^\/rounds\/(north|south)\/next$/;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/banks") {
    const list = [...banks.values()].map((b) => ({ id: b.id, fillPct: b.fillPct, job: b.job?.id }));
    return send(res, 200, { banks: list, tablets: waitingTablets() });
  }
  const next = NEXT.exec(url.pathname);
  if (req.method === "GET" && next) {
    const job = await nextJob(next[1], Number(url.searchParams.get("wait") ?? 200));
    if (!job) return res.writeHead(204).end();
    return send(res, 200, job);
  }
  const m = BANK.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, id, action] = m;
  if (req.method === "POST" && action === "readings") {
    const result = recordReading(id, await readJson(req));
    if (result.opened) announce(banks.get(id).job);
    return send(res, 202, result);
  }
  if (req.method === "POST" && action === "emptied") {
    return send(res, 200, emptied(id, await readJson(req)));
  }
  if (req.method === "GET" && action === "trend") return send(res, 200, trend(id));
  return send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  route(req, res, new URL(req.url, "http://localhost")).catch((err) => {
    if (err instanceof BankError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`bottle banks on 127.0.0.1:${port}`));
