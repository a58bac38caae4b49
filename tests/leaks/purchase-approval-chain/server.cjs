"use strict";
const http = require("node:http");
const approvals = require("./approvals.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const ROLES = new Set(["manager", "finance", "director"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function createRequest(req, res) {
  const body = await readJson(req);
  if (typeof body.ref !== "string" || !Array.isArray(body.lines) || !body.lines.length) {
    return send(res, 400, { error: "ref and lines are required" });
  }
  const lines = body.lines.map((l) => ({
    description: String(l.description ?? ""),
    quantity: Number(l.quantity ?? 1),
    unitPrice: Number(l.unitPrice ?? 0),
  }));
  const amount = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
  const request = approvals.submit({
    ref: body.ref,
    requester: String(body.requester ?? "unknown"),
    department: String(body.department ?? "general"),
    amount,
    currency: body.currency ?? "EUR",
    lines,
  });
  return send(res, 201, request.summary());
}

async function recordDecision(req, res, ref) {
  const body = await readJson(req);
  if (!ROLES.has(body.role) || !["approve", "reject"].includes(body.verdict)) {
    return send(res, 400, { error: "role and verdict (approve|reject) are required" });
  }
  const outcome = approvals.decide(ref, {
    role: body.role,
    approver: String(body.approver ?? req.headers["x-user"] ?? "unknown"),
    verdict: body.verdict,
    comment: body.comment,
  });
  if (!outcome) return send(res, 404, { error: `no pending request ${ref}` });
  if (outcome.error) return send(res, 409, outcome);
  return send(res, 200, outcome);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "POST" && url.pathname === "/purchase-requests") {
      return await createRequest(req, res);
    }
    const decision = /^\/purchase-requests\/([\w-]+)\/decisions$/.exec(url.pathname);
    if (req.method === "POST" && decision) return await recordDecision(req, res, decision[1]);
    const one = /^\/purchase-requests\/([\w-]+)$/.exec(url.pathname);
    if (req.method === "GET" && one) {
      const found = approvals.find(one[1]);
      return found ? send(res, 200, found) : send(res, 404, { error: "not found" });
    }
    if (req.method === "GET" && url.pathname === "/admin/stats") {
      return send(res, 200, approvals.stats());
    }
    return send(res, 404, { error: "not found" });
  } catch (err) {
    return send(res, 400, { error: err.message });
  }
});

server.listen(port, "127.0.0.1");
