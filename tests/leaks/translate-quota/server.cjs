"use strict";

const http = require("node:http");
const { consume, usageOf, quotaStats } = require("./quota.cjs");
const { translate, LANGUAGES } = require("./translate.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

let translated = 0;

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
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

// The auth proxy in front of us has checked the API key and tells us whose it is.
function tenantOf(req) {
  return { tenant: req.headers["x-tenant"], plan: req.headers["x-plan"] ?? "free" };
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/stats") return sendJson(res, 200, { translated, ...quotaStats() });
  if (url.pathname === "/v2/languages") return sendJson(res, 200, { languages: LANGUAGES });

  const { tenant, plan } = tenantOf(req);
  if (!tenant) return sendJson(res, 401, { error: "no tenant" });

  if (url.pathname === "/v2/usage" && req.method === "GET") {
    return sendJson(res, 200, { tenant, ...usageOf(tenant) });
  }
  if (url.pathname === "/v2/translate" && req.method === "POST") {
    let input;
    try {
      input = JSON.parse(await readBody(req));
    } catch {
      return sendJson(res, 400, { error: "invalid json" });
    }
    if (typeof input.text !== "string" || typeof input.to !== "string") {
      return sendJson(res, 400, { error: "text and to are required" });
    }
    const decision = consume(tenant, plan, input.text.length);
    const headers = { "x-quota-remaining": String(decision.remaining) };
    if (!decision.allowed) {
      const retry = Math.max(1, Math.ceil((decision.resetAt - Date.now()) / 1000));
      return sendJson(res, 429, { error: "quota exceeded" }, {
        ...headers,
        "retry-after": String(retry),
      });
    }
    const text = translate(input.text, input.to);
    if (text === null) {
      return sendJson(res, 422, { error: `unsupported language ${input.to}` }, headers);
    }
    translated++;
    return sendJson(res, 200, { text, to: input.to, characters: input.text.length }, headers);
  }
  return sendJson(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => sendJson(res, 500, { error: String(err) }));
}).listen(port, "127.0.0.1", () => console.log(`translate gateway on 127.0.0.1:${port}`));
