"use strict";

const http = require("node:http");
const { ClaimError, loadClaim, recentClaims } = require("./claims.cjs");
const { findAssessment, startAssessment, submitAssessment } = require("./assessments.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3100;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new ClaimError(400, "invalid JSON");
  }
}

function adjusterOf(req) {
  const adjuster = req.headers["x-adjuster"];
  if (!adjuster) throw new ClaimError(401, "x-adjuster required");
  return String(adjuster);
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true, claimsCached: recentClaims.size });
  const parts = pathname.split("/").filter(Boolean);

  if (parts[0] === "claims" && parts.length === 2 && req.method === "GET") {
    const claim = await loadClaim(parts[1]);
    return send(res, 200, claim);
  }
  if (parts[0] === "claims" && parts[2] === "assessment" && req.method === "POST") {
    const claim = await loadClaim(parts[1]);
    const assessment = startAssessment(claim, adjusterOf(req));
    return send(res, 201, assessment);
  }
  if (parts[0] === "assessments" && parts.length === 2 && req.method === "PATCH") {
    const assessment = findAssessment(parts[1]);
    if (assessment.adjuster !== adjusterOf(req)) throw new ClaimError(403, "not your assessment");
    assessment.update(await readJson(req));
    return send(res, 200, assessment);
  }
  if (parts[0] === "assessments" && parts[2] === "submit" && req.method === "POST") {
    const assessment = await submitAssessment(parts[1], adjusterOf(req));
    return send(res, 200, { ...assessment.toJSON(), status: "submitted" });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof ClaimError)) console.error(err);
    send(res, err.status ?? 500, { error: err.status ? err.message : "internal error" });
  });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`insurance-claims listening on 127.0.0.1:${port}`);
});
