"use strict";

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const { breadcrumb, remember, requestId, runWithContext } = require("./context.cjs");
const { CouponError, hold, release, validate } = require("./coupons.cjs");
const { RuleError, compile } = require("./rules.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "x-request-id": requestId() });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  req.setEncoding("utf8");
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > 16_384) throw new CouponError(413, "body too large");
  }
  try {
    return JSON.parse(raw);
  } catch {
    breadcrumb("body is not JSON", { bytes: raw.length });
    return null;
  }
}

const HOLD = /^\/baskets\/([a-z0-9-]{3,40})\/coupons(?:\/([A-Za-z0-9]+))?$/;

async function route(req, res, url) {
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/coupons/validate" && req.method === "POST") {
    return sendJson(res, 200, validate(await readJson(req)));
  }
  if (url.pathname === "/campaigns/preview" && req.method === "POST") {
    const body = await readJson(req);
    if (typeof body?.rule !== "string") throw new RuleError("rule is required");
    const eligible = compile(body.rule);
    const samples = [10, 40, 80].map((total) => eligible({ total, items: 2, country: "NL" }));
    return sendJson(res, 200, { rule: body.rule, samples });
  }
  if (url.pathname === "/__debug/recent") {
    return sendJson(res, 200, { recent: globalThis.__couponRecent.slice(-10) });
  }
  const match = HOLD.exec(url.pathname);
  if (match && req.method === "POST" && !match[2]) {
    const body = await readJson(req);
    return sendJson(res, 201, { coupons: hold(match[1], String(body?.code ?? "")) });
  }
  if (match && req.method === "POST" && match[2]) {
    await readJson(req);
    return sendJson(res, 200, { coupons: release(match[1], match[2]) });
  }
  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const started = performance.now();
  runWithContext(req.headers["x-request-id"] ?? randomUUID(), async () => {
    const url = new URL(req.url, "http://localhost");
    breadcrumb("request", { method: req.method, path: url.pathname });
    try {
      await route(req, res, url);
    } catch (err) {
      if (err instanceof CouponError || err instanceof RuleError) {
        sendJson(res, err.status, { error: err.message });
      } else {
        console.error(err);
        sendJson(res, 500, { error: "internal error" });
      }
    }
    remember({ path: url.pathname, status: res.statusCode, ms: performance.now() - started });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`coupon engine on 127.0.0.1:${port}`));
