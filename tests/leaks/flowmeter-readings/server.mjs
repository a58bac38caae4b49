import http from "node:http";
import { MeterError, MeterRegistry } from "./meters.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const meters = new MeterRegistry();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new MeterError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, meters.stats());
  if (url.pathname === "/meters" && req.method === "POST") {
    const meter = meters.install(await readJson(req));
    return send(res, 201, { id: meter.id });
  }
  if (parts[0] !== "meters" || !parts[1]) return send(res, 404, { error: "not found" });
  const id = decodeURIComponent(parts[1]);
  if (parts.length === 2 && req.method === "GET") {
    return send(res, 200, meters.view(id, url.searchParams.get("units")));
  }
  if (parts[2] === "readings" && req.method === "POST") {
    return send(res, 202, meters.reading(id, await readJson(req)));
  }
  if (parts[2] === "remove" && req.method === "POST") {
    meters.remove(id);
    return send(res, 200, { id, removed: true });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof MeterError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`flow meters on :${port}`));
