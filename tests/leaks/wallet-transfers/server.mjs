import http from "node:http";
import { auditTail, auditWriter } from "./audit.mjs";
import { createContext, log, recentLog, runWithContext } from "./context.mjs";
import { findWallet, transfer, updateSettings, view, WalletError } from "./wallets.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4173;

const WALLET = /^\/wallets\/(wal-[a-z0-9]{2,20})$/;

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
    throw new WalletError(400, "invalid JSON");
  }
}

function userOf(req) {
  const user = req.headers["x-user"];
  if (!user) throw new WalletError(401, "x-user is required");
  return String(user);
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "POST" && url.pathname === "/transfers") {
    const user = userOf(req);
    const body = await readJson(req);
    const receipt = await transfer(body, user, req.headers["idempotency-key"]);
    return send(res, receipt.replayed ? 200 : 201, receipt);
  }
  let m;
  if ((m = WALLET.exec(url.pathname))) {
    const wallet = findWallet(m[1], userOf(req));
    if (req.method === "GET") return send(res, 200, view(wallet));
    if (req.method === "PATCH") {
      return send(res, 200, view(updateSettings(wallet, await readJson(req))));
    }
    return send(res, 405, { error: "method not allowed" });
  }
  if (req.method === "GET" && url.pathname === "/debug/audit") {
    return send(res, 200, { batches: auditWriter.batches, tail: auditTail() });
  }
  if (req.method === "GET" && url.pathname === "/debug/log") return send(res, 200, recentLog());
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://wallets.local");
  const context = createContext("request", {
    requestId: req.headers["x-request-id"] ?? `req-${Date.now().toString(36)}`,
    method: req.method,
    path: url.pathname,
    user: req.headers["x-user"] ?? null,
    ip: req.socket.remoteAddress,
    userAgent: req.headers["user-agent"] ?? null,
  });
  runWithContext(context, async () => {
    try {
      await route(req, res, url);
    } catch (err) {
      if (err instanceof WalletError) return send(res, err.status, { error: err.message });
      log("error", "unhandled", { error: String(err?.stack ?? err) });
      send(res, 500, { error: "internal error" });
    }
  });
});

server.listen(port, "127.0.0.1", () => console.log(`wallet transfers on 127.0.0.1:${port}`));
