// A Node service whose worker starts the queued jobs once requests pause for 250 ms, and keeps
// every started job (the leak); a request only queues its job.
// Usage: node --inspect=… queued_worker_target.mjs --port=N
import http from "node:http";

const waiting = [];
const started = new Map();
let idle;

function startWaiting() {
  while (waiting.length > 0) {
    const job = waiting.shift();
    job.startedAt = Date.now();
    started.set(job.id, job);
  }
}

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
http.createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (url.pathname === "/healthz") return res.writeHead(200).end("ok");
  if (url.pathname === "/jobs") {
    waiting.push({ id: url.searchParams.get("id"), kind: "thumbnail", queuedAt: Date.now() });
    clearTimeout(idle);
    idle = setTimeout(startWaiting, 250);
    return res.writeHead(202).end("queued");
  }
  res.writeHead(404).end("not found");
}).listen(Number(portArg?.slice("--port=".length) ?? 0), "127.0.0.1");
