import http from "node:http";
import { buyShares, close, getMember, join, redeem, ShareError, stats } from "./accounts.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new ShareError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [root, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (url.pathname === "/members" && req.method === "POST") {
    return send(res, 201, join(await readJson(req)));
  }
  if (root === "members" && id) {
    if (!action && req.method === "GET") {
      const m = getMember(id);
      return send(res, 200, {
        id: m.id,
        name: m.name,
        shares: m.shares,
        postings: m.ledger.length,
      });
    }
    if (action === "purchases" && req.method === "POST") {
      return send(res, 201, await buyShares(id, await readJson(req)));
    }
    if (action === "redemptions" && req.method === "POST") {
      return send(res, 201, await redeem(id, await readJson(req)));
    }
    if (action === "close" && req.method === "POST") return send(res, 200, await close(id));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof ShareError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`co-op shares on :${port}`));
