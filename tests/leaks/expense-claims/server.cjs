"use strict";

const http = require("node:http");
const { current, runWithRequest } = require("./context.cjs");
const { ClaimError, exportPayroll, submitClaim, summary } = require("./claims.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body) {
  res.writeHead(status, {
    "content-type": "application/json",
    "x-request-id": current()?.requestId ?? "",
  });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 32_768) throw new ClaimError(413, "body too large");
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new ClaimError(400, "body is not JSON");
  }
}

const SUMMARY = /^\/employees\/([a-z0-9-]{1,20})\/summary$/;

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://claims.local");
  if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (pathname === "/claims" && req.method === "POST") {
    return sendJson(res, 201, await submitClaim(await readJson(req)));
  }
  if (pathname === "/payroll/export" && req.method === "POST") {
    return sendJson(res, 200, await exportPayroll());
  }
  const match = SUMMARY.exec(pathname);
  if (match && req.method === "GET") return sendJson(res, 200, summary(match[1]));
  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  runWithRequest(req, res, async () => {
    try {
      await route(req, res);
    } catch (err) {
      if (err instanceof ClaimError) return sendJson(res, err.status, { error: err.message });
      console.error(err);
      sendJson(res, 500, { error: "internal error" });
    }
  });
});

server.listen(port, "127.0.0.1", () => console.log(`expense claims on 127.0.0.1:${port}`));
