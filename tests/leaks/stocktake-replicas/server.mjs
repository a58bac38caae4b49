import http from "node:http";
import { applyCount, CountError, countStats } from "./counts.mjs";
import { ReplicationError, ReplicationLog } from "./replication.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const log = new ReplicationLog();
// head office reporting reads every change; it stays attached
log.attach("hq-reporting", "latest");

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
    throw new CountError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { ...countStats(), log: log.stats() });
  if (url.pathname === "/counts" && req.method === "POST") {
    const result = applyCount(await readJson(req), log);
    return send(res, result.duplicate ? 200 : 201, result);
  }
  if (parts[0] === "replicas" && parts[1] && parts.length === 3) {
    const id = parts[1];
    if (parts[2] === "attach" && req.method === "POST") {
      const body = await readJson(req);
      return send(res, 201, log.attach(id, body.from ?? "latest"));
    }
    if (parts[2] === "pull" && req.method === "GET") return send(res, 200, log.pull(id));
    if (parts[2] === "detach" && req.method === "POST") return send(res, 200, log.detach(id));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const known = err instanceof CountError || err instanceof ReplicationError;
    if (!known) console.error(err);
    send(res, known ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`stocktake primary on :${port}`));
