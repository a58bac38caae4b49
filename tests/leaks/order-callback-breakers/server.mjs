import http from "node:http";
import { BreakerOpenError, createBreakerRegistry } from "./breakers.mjs";
import { PARTNERS, postJson } from "./partners.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4930;

const callbackBreakers = createBreakerRegistry({ failureThreshold: 3, openMs: 5_000 });
const outcomes = { delivered: 0, failed: 0, shortCircuited: 0 };
const STATUSES = new Set(["accepted", "packed", "shipped", "delivered", "cancelled"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

/** Tells the partner that sold the order about its new status. */
async function notifyPartner(partnerId, orderId, status) {
  const partner = PARTNERS[partnerId];
  const target = new URL(`orders/${encodeURIComponent(orderId)}/status`, partner.callbackBase).href;
  try {
    await callbackBreakers.call(
      target,
      () => postJson(target, { orderId, status, at: Date.now() }),
    );
    outcomes.delivered++;
    return "delivered";
  } catch (err) {
    if (err instanceof BreakerOpenError) {
      outcomes.shortCircuited++;
      return "deferred";
    }
    outcomes.failed++;
    return "failed";
  }
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/breakers") {
    return send(res, 200, { ...callbackBreakers.snapshot(), ...outcomes });
  }

  const reset = /^\/breakers\/([\w.-]+)\/reset$/.exec(url.pathname);
  if (reset && req.method === "POST") {
    return send(res, 200, { host: reset[1], reset: callbackBreakers.reset(reset[1]) });
  }

  const m = /^\/orders\/([\w-]+)\/status$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const body = await readJson(req);
    if (!STATUSES.has(body.status)) return send(res, 400, { error: "unknown status" });
    if (!(body.partner in PARTNERS)) return send(res, 400, { error: "unknown partner" });
    const callback = await notifyPartner(body.partner, m[1], body.status);
    return send(res, 200, { order: m[1], status: body.status, callback });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => send(res, 500, { error: String(err) }));
}).listen(port, "127.0.0.1", () => console.log(`order callbacks on 127.0.0.1:${port}`));
