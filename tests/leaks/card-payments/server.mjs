import http from "node:http";
import { randomUUID } from "node:crypto";
import { breadcrumb, errorReport, runWithContext } from "./context.mjs";
import { capture, createIntent, dashboard, PaymentError } from "./payments.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function fail(res, err) {
  if (err instanceof PaymentError) return sendJson(res, err.status, { error: err.message });
  console.error(JSON.stringify(errorReport(err)));
  sendJson(res, 500, { error: "internal error" });
}

/** Reads a JSON body (max 16 KB) and calls back with it, or with null when it is not JSON. */
function readJson(req, res, callback) {
  let raw = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => {
    raw += chunk;
    if (raw.length > 16_384) req.destroy();
  });
  req.on("end", () => {
    let body = null;
    try {
      body = JSON.parse(raw);
    } catch {
      breadcrumb("body is not JSON", { bytes: raw.length });
    }
    try {
      callback(body);
    } catch (err) {
      fail(res, err);
    }
  });
}

const CAPTURE = /^\/intents\/([a-z0-9-]+)\/capture$/;

function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  breadcrumb("request", { method: req.method, path: url.pathname });

  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/dashboard") return sendJson(res, 200, dashboard());

  if (url.pathname === "/intents" && req.method === "POST") {
    return readJson(req, res, (body) => sendJson(res, 201, createIntent(body)));
  }

  const match = CAPTURE.exec(url.pathname);
  if (match && req.method === "POST") {
    return readJson(req, res, () => sendJson(res, 200, capture(match[1])));
  }

  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const requestId = req.headers["x-request-id"] ?? randomUUID();
  res.setHeader("x-request-id", requestId);
  runWithContext(requestId, () => {
    try {
      route(req, res);
    } catch (err) {
      fail(res, err);
    }
  });
});

server.listen(port, "127.0.0.1", () => console.log(`card payments on 127.0.0.1:${port}`));
