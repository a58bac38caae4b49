import http from "node:http";
import { RolloutError, Rollouts } from "./rollouts.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const rollouts = new Rollouts();

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
    throw new RolloutError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, rollouts.stats());
  if (url.pathname === "/rollouts" && req.method === "POST") {
    return send(res, 201, rollouts.start(await readJson(req)));
  }
  if (parts[0] === "rollouts" && parts[1] && req.method === "GET") {
    return send(res, 200, rollouts.status(parts[1]));
  }
  // POST /devices/:id/firmware — the device agent's progress report
  if (parts[0] === "devices" && parts[2] === "firmware" && req.method === "POST") {
    return send(res, 200, rollouts.report(parts[1], await readJson(req)));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof RolloutError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`firmware rollouts on :${port}`));
