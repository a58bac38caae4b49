import http from "node:http";
import { randomUUID } from "node:crypto";
import { LineCapture, Logger, StreamTransport } from "./lib/logger.mjs";
import { accept, find, openCount, receive, ReferralError } from "./referrals.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4963;

const rootLogger = new Logger({
  bindings: { service: "referral-inbox" },
  transports: [new StreamTransport(process.stdout, "warn")],
});
const errorReports = [];

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url, log) {
  if (url.pathname === "/referrals" && req.method === "POST") {
    const referral = receive(await readJson(req), log);
    return send(res, 201, { id: referral.id, urgency: referral.urgency });
  }
  const m = /^\/referrals\/(\d+)(\/accept)?$/.exec(url.pathname);
  if (m && m[2] && req.method === "POST") {
    const b = await readJson(req);
    return send(res, 200, accept(m[1], String(b.clinician ?? "on-call"), log));
  }
  if (m && req.method === "GET") {
    const referral = find(m[1]);
    return referral ? send(res, 200, referral) : send(res, 404, { error: "not found" });
  }
  if (url.pathname === "/status") {
    return send(res, 200, { open: openCount(), errors: errorReports.slice(-5) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const reqId = String(req.headers["x-request-id"] ?? randomUUID());
  const log = rootLogger.child({ reqId, method: req.method, path: url.pathname });
  const capture = new LineCapture({ reqId, url: req.url, userAgent: req.headers["user-agent"] });
  log.addTransport(capture);
  try {
    await route(req, res, url, log);
  } catch (err) {
    const status = err instanceof ReferralError ? err.status : 400;
    if (status >= 500 || !(err instanceof ReferralError)) {
      log.error("request failed", { error: String(err.message) });
      errorReports.push({ ...capture.meta, lines: capture.lines });
      if (errorReports.length > 20) errorReports.shift();
    }
    send(res, status, { error: String(err.message), reqId });
  }
}).listen(port, "127.0.0.1", () => console.log(`referral-inbox on 127.0.0.1:${port}`));
