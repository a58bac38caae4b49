"use strict";

const http = require("node:http");
const { createJob, findByEpisode, queueView } = require("./jobs.cjs");
const { startTranscoder } = require("./transcoder.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
  } catch {
    const err = new Error("body must be JSON");
    err.status = 400;
    throw err;
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/queue") return send(res, 200, queueView());

  if (parts[0] === "episodes" && parts[1]) {
    if (parts[2] === "transcode" && req.method === "POST") {
      const job = createJob(parts[1], await readJson(req));
      return send(res, 202, { job: job.id, status: job.status, renditions: job.renditions });
    }
    if (parts[2] === "status" && req.method === "GET") {
      const job = findByEpisode(parts[1]);
      if (!job) return send(res, 404, { error: "no transcode for that episode" });
      return send(res, 200, {
        job: job.id,
        status: job.status,
        attempts: job.attempts,
        outputs: job.outputs,
      });
    }
  }
  return send(res, 404, { error: "not found" });
}

startTranscoder();

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`podcast renditions on :${port}`));
