"use strict";

const http = require("node:http");
const { withLock, lockCount } = require("./mutex.cjs");
const { mailStats, queueMail } = require("./mailer.cjs");
const { PointsError, earn, memberOrThrow, memberView, redeem, summary } = require("./points.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const REWARDS = { coffee: 250, "tote-bag": 1_200, "gift-card-10": 1_000 };

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/admin/summary") {
    return sendJson(res, 200, { ...summary(), mail: mailStats(), locks: lockCount() });
  }

  const match = /^\/members\/(M-\d{4})(\/earn|\/redeem)?$/.exec(url.pathname);
  if (!match) return sendJson(res, 404, { error: "not found" });
  const [, id, action] = match;
  if (!action && req.method === "GET") return sendJson(res, 200, memberView(id));
  if (req.method !== "POST") return sendJson(res, 405, { error: "method not allowed" });

  const body = await readJson(req);
  if (action === "/earn") {
    if (!body || typeof body.orderRef !== "string" || !Number.isInteger(body.amountCents)) {
      return sendJson(res, 400, { error: "orderRef and amountCents are required" });
    }
    const result = await withLock(id, () => earn(id, body));
    if (!result.duplicate && result.earned >= 10) {
      const member = memberOrThrow(id);
      queueMail({ to: member.email, template: "points-earned", points: result.earned });
    }
    return sendJson(res, 200, result);
  }
  const cost = REWARDS[body?.reward];
  if (!cost) return sendJson(res, 400, { error: `reward is one of ${Object.keys(REWARDS)}` });
  const result = await withLock(id, () => redeem(id, { reward: body.reward, cost }));
  return sendJson(res, 200, result);
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof PointsError) return sendJson(res, err.status, { error: err.message });
    console.error(err);
    sendJson(res, 500, { error: "internal error" });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`loyalty points on 127.0.0.1:${port}`));
