"use strict";

const http = require("node:http");
const { PaymentError, refund, sale } = require("./payments.cjs");
const { receiptFor, recentReceipts } = require("./receipts.cjs");
const { allTerminals, findTerminal, terminalEvents } = require("./terminals.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4172;

const COMMAND = /^\/terminals\/([A-Z0-9-]{3,20})\/(sale|refund)$/;
const TERMINAL = /^\/terminals\/([A-Z0-9-]{3,20})$/;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw || "{}");
  } catch {
    throw new PaymentError(400, "invalid JSON");
  }
}

function terminalOf(id) {
  const terminal = findTerminal(id);
  if (!terminal) throw new PaymentError(404, `no terminal ${id}`);
  return terminal;
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  let m;
  if (req.method === "POST" && (m = COMMAND.exec(url.pathname))) {
    const terminal = terminalOf(m[1]);
    const body = await readJson(req);
    const reference = String(body.reference ?? "").slice(0, 40) || null;
    const result = m[2] === "sale" ? await sale(terminal, body) : await refund(terminal, body);
    if (result.outcome !== "approved") {
      return send(res, 402, { outcome: result.outcome, prompts: result.prompts });
    }
    const receipt = receiptFor(terminal, result, reference);
    return send(res, 200, {
      outcome: result.outcome,
      authCode: result.authCode,
      brand: result.brand,
      entryMode: result.entryMode,
      prompts: result.prompts,
      receipt: receipt.text,
    });
  }
  if (req.method === "GET" && (m = TERMINAL.exec(url.pathname))) {
    const { id, location, model, status, lastSeen, transactions } = terminalOf(m[1]);
    return send(res, 200, {
      id,
      location,
      model,
      status,
      lastSeen: new Date(lastSeen).toISOString(),
      transactions,
    });
  }
  if (req.method === "GET" && url.pathname === "/terminals") {
    return send(
      res,
      200,
      allTerminals().map(({ id, location, status }) => ({ id, location, status })),
    );
  }
  if (req.method === "GET" && url.pathname === "/receipts/recent") {
    return send(res, 200, recentReceipts(Number(url.searchParams.get("limit")) || 10));
  }
  if (req.method === "GET" && url.pathname === "/debug/feed") {
    return send(res, 200, { published: terminalEvents.published });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://pos.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof PaymentError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`card terminals on 127.0.0.1:${port}`));
