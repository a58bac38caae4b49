import http from "node:http";
import { stats } from "./curtailment.mjs";
import { nextCurtailment } from "./alerts.mjs";
import { FleetError, fleetView, ingest, inverterOf, inverterView } from "./fleet.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const INVERTER = /^\/inverters\/([A-Z0-9-]+)(\/telemetry|\/curtailments\/next)?$/;

function reply(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json" });
  res.end(text);
}

async function body(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

async function handle(req, res) {
  const { pathname, searchParams } = new URL(req.url, "http://x");
  if (pathname === "/healthz") return reply(res, 200, { ok: true });
  if (pathname === "/fleet" && req.method === "GET") {
    return reply(res, 200, { sites: fleetView(), dno: stats });
  }
  const m = INVERTER.exec(pathname);
  if (!m) return reply(res, 404, { error: "not found" });
  if (m[2] === "/telemetry" && req.method === "POST") {
    return reply(res, 202, await ingest(m[1], await body(req)));
  }
  if (m[2] === "/curtailments/next" && req.method === "GET") {
    inverterOf(m[1]);
    const wait = Math.min(Number(searchParams.get("wait") ?? 25_000), 25_000);
    const breach = await nextCurtailment(m[1], wait);
    if (!breach) {
      res.writeHead(204);
      return res.end();
    }
    return reply(res, 200, breach);
  }
  if (!m[2] && req.method === "GET") return reply(res, 200, inverterView(m[1]));
  reply(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (err instanceof FleetError) return reply(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return reply(res, 400, { error: "invalid JSON" });
    console.error(err);
    reply(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`inverter telemetry on ${port}`));
