"use strict";
const http = require("node:http");
const { classifyAgent } = require("./agents.cjs");
const { record, snapshot } = require("./stats.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const EVENT_TYPES = new Set(["pageview", "conversion", "click"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => {
      raw += chunk;
      if (raw.length > 16_384) reject(new Error("body too large"));
    });
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (e) {
        reject(e);
      }
    });
    req.on("error", reject);
  });
}

async function ingest(req, res) {
  const body = await readJson(req);
  if (!EVENT_TYPES.has(body.type) || typeof body.page !== "string") {
    return send(res, 400, { error: "type and page required" });
  }
  const agent = classifyAgent(String(req.headers["user-agent"] ?? ""));
  record({ type: body.type, page: body.page, at: Date.now() }, agent);
  send(res, 202, { accepted: true, device: agent.device, bot: agent.bot });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "POST" && url.pathname === "/events") {
    return ingest(req, res).catch((e) => send(res, 400, { error: String(e.message ?? e) }));
  }
  if (req.method === "GET" && url.pathname === "/stats") return send(res, 200, snapshot());
  if (req.method === "GET" && url.pathname === "/whoami") {
    return send(res, 200, classifyAgent(String(req.headers["user-agent"] ?? "")));
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`agent-analytics on http://127.0.0.1:${port}`));
