"use strict";

const http = require("node:http");
const { AlarmBook } = require("./alarms.cjs");
const { sent } = require("./pager.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const alarms = new AlarmBook();
const SEVERITIES = new Set(["warning", "critical", "clear"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(Object.assign(new Error(`bad JSON: ${err.message}`), { status: 400 }));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/events" && req.method === "POST") {
    const event = await readJson(req);
    if (!event.site || !event.source || !event.rule || !SEVERITIES.has(event.severity)) {
      return send(res, 400, { error: "site, source, rule and a known severity are required" });
    }
    return send(res, 202, alarms.ingest(event));
  }
  if (url.pathname === "/alarms" && req.method === "GET") {
    return send(res, 200, alarms.firing(url.searchParams.get("site")));
  }
  if (url.pathname === "/stats") {
    return send(res, 200, { ...alarms.stats(), pages: sent.slice(0, 5) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`hvac alarms on :${port}`));
