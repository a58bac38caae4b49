import http from "node:http";
import { quoteRate, settle, SettlementError } from "./settlement.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4131;

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
    throw new SettlementError(400, "invalid JSON");
  }
}

const SETTLE = /^\/orders\/([\w-]+)\/settlement$/;
const RATE = /^\/categories\/([\w-]+)\/commission$/;

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url, "http://commission.local");
  try {
    if (req.method === "GET" && pathname === "/healthz") return send(res, 200, { ok: true });
    let m;
    if (req.method === "POST" && (m = SETTLE.exec(pathname))) {
      return send(res, 200, await settle(m[1], await readJson(req)));
    }
    if (req.method === "GET" && (m = RATE.exec(pathname))) {
      return send(res, 200, await quoteRate(m[1]));
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    if (err instanceof SettlementError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`commission calc on 127.0.0.1:${port}`));
