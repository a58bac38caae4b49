"use strict";

const http = require("node:http");
const { carrierStats, notify, track } = require("./carriers.cjs");
const recorder = require("./recorder.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4896;
const CARRIERS = new Set(["postnl", "dhl", "dpd", "ups"]);

async function readBody(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw;
}

async function route(req, raw, url) {
  const t = /^\/track\/([A-Z0-9]{8,30})$/.exec(url.pathname);
  if (t && req.method === "GET") {
    const carrier = url.searchParams.get("carrier") ?? "postnl";
    if (!CARRIERS.has(carrier)) return [422, { error: "unknown carrier" }];
    return [200, await track(carrier, t[1])];
  }
  if (url.pathname === "/carrier-updates" && req.method === "POST") {
    const b = JSON.parse(raw || "{}");
    if (!b.barcode || !b.status) return [422, { error: "barcode and status" }];
    notify({ barcode: String(b.barcode), status: String(b.status), at: Date.now() });
    return [202, { accepted: true }];
  }
  if (url.pathname === "/debug/tape") {
    return [200, recorder.since(Number(url.searchParams.get("since")) || 0)];
  }
  if (url.pathname === "/status") {
    return [200, { carriers: carrierStats(), recorded: recorder.tapeLength() }];
  }
  return [404, { error: "not found" }];
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return res.end('{"ok":true}');
  const startedAt = Date.now();
  let raw = "";
  let status = 500;
  let body;
  try {
    raw = await readBody(req);
    [status, body] = await route(req, raw, url);
  } catch (err) {
    [status, body] = [400, { error: String(err?.message ?? err) }];
  }
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json" });
  res.end(json);
  recorder.record(req, raw, status, json, startedAt);
}).listen(port, "127.0.0.1", () => console.log(`tracking-gateway on 127.0.0.1:${port}`));
