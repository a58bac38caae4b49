import { createServer } from "node:http";
import { createPayout, findPayout, PayoutError, stats } from "./payouts.mjs";
import { receive } from "./webhooks.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

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

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });

  if (pathname === "/payouts" && req.method === "POST") {
    let body;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      throw new PayoutError(400, "invalid JSON");
    }
    return send(res, 201, createPayout(body));
  }
  const m = /^\/payouts\/([\w-]+)$/.exec(pathname);
  if (m && req.method === "GET") {
    const payout = findPayout(m[1]);
    return payout ? send(res, 200, payout) : send(res, 404, { error: "no such payout" });
  }
  if (pathname === "/payouts" && req.method === "GET") return send(res, 200, stats());

  if (pathname === "/webhooks/provider" && req.method === "POST") {
    const status = receive(await readBody(req), req.headers["provider-signature"]);
    return send(res, status, { received: status === 200 });
  }
  return send(res, 404, { error: "not found" });
}

createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof PayoutError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`payouts on :${port}`));
