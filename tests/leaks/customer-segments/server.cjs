"use strict";

const http = require("node:http");
const { RuleError, compile, compiledCount } = require("./rules.cjs");
const { matching } = require("./customers.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const MAX_SEGMENTS = 50;
/** Saved segments by name (the campaign tool reads them); a hard limit keeps the UI usable. */
const segments = new Map();

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(JSON.parse(raw));
      } catch {
        resolve(null);
      }
    });
  });
}

function ruleOf(body) {
  if (!body || typeof body.rule !== "string") throw new RuleError("rule is required");
  const rule = body.rule.trim();
  if (rule.length > 500) throw new RuleError("rule is too long");
  return rule;
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") {
    return sendJson(res, 200, { ok: true, compiled: compiledCount() });
  }

  if (url.pathname === "/segments/preview" && req.method === "POST") {
    const rule = ruleOf(await readJson(req));
    const result = matching(compile(rule), 10);
    return sendJson(res, 200, { rule, ...result });
  }

  if (url.pathname === "/segments" && req.method === "POST") {
    const body = await readJson(req);
    const rule = ruleOf(body);
    const name = typeof body.name === "string" ? body.name.trim() : "";
    if (!/^[a-z0-9-]{3,40}$/.test(name)) return sendJson(res, 400, { error: "name is a slug" });
    if (!segments.has(name) && segments.size >= MAX_SEGMENTS) {
      return sendJson(res, 409, { error: `at most ${MAX_SEGMENTS} saved segments` });
    }
    const { count } = matching(compile(rule), 0);
    segments.set(name, { name, rule, count, savedAt: new Date().toISOString() });
    return sendJson(res, 201, segments.get(name));
  }

  if (url.pathname === "/segments" && req.method === "GET") {
    return sendJson(res, 200, { segments: [...segments.values()] });
  }

  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof RuleError) return sendJson(res, err.status, { error: err.message });
    console.error(err);
    sendJson(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`customer segments on 127.0.0.1:${port}`));
