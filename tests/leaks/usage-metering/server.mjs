import http from "node:http";
import { meterFor, stopAll } from "./meter.mjs";
import { sentSoFar } from "./billing.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const METRICS = new Set(["api_calls", "storage_gb_hours", "seats", "emails_sent"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/internal/billing") return send(res, 200, sentSoFar());

  const m = /^\/tenants\/([\w.-]{2,40})\/usage$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const body = await readJson(req).catch(() => null);
    if (!body || !METRICS.has(body.metric) || !(body.quantity > 0)) {
      return send(res, 400, { error: "metric and a positive quantity are required" });
    }
    const meter = meterFor(m[1]);
    meter.record(body.metric, body.quantity, body.meta ?? null);
    return send(res, 202, { tenant: meter.tenant, totals: meter.totals() });
  }
  send(res, 404, { error: "not found" });
});

server.listen(
  port,
  "127.0.0.1",
  () => console.log(`usage metering listening on 127.0.0.1:${port}`),
);
process.on("SIGTERM", () => {
  stopAll();
  process.exit(0);
});
