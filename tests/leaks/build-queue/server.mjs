import http from "node:http";
import { appendLog, claim, complete, enqueue, lookup, overview, QueueError } from "./queue.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  if (body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
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
    throw new QueueError(400, `bad JSON: ${err.message}`);
  }
}

const FINAL = new Set(["succeeded", "failed", "cancelled"]);

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/queue") return send(res, 200, overview());

  if (url.pathname === "/jobs" && req.method === "POST") {
    const job = enqueue(await readJson(req));
    return send(res, 201, { id: job.id, status: job.status });
  }
  // POST /runners/:name/claim
  if (parts[0] === "runners" && parts[2] === "claim" && req.method === "POST") {
    const job = claim(parts[1]);
    if (!job) return send(res, 204);
    return send(res, 200, { id: job.id, commit: job.commit, ref: job.ref, steps: job.steps });
  }
  if (parts[0] === "jobs" && parts[1]) {
    const id = parts[1];
    if (parts[2] === "log" && req.method === "POST") {
      const { lines } = await readJson(req);
      if (!Array.isArray(lines)) throw new QueueError(400, "lines must be an array");
      return send(res, 202, { lines: appendLog(id, lines) });
    }
    if (parts.length === 2 && req.method === "PATCH") {
      const { status } = await readJson(req);
      if (!FINAL.has(status)) throw new QueueError(400, `bad status ${status}`);
      return send(res, 200, complete(id, status));
    }
    if (parts.length === 2 && req.method === "GET") {
      const job = lookup(id);
      return job ? send(res, 200, job) : send(res, 404, { error: `no job ${id}` });
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof QueueError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`build queue on :${port}`));
