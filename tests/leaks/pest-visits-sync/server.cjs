"use strict";

const http = require("node:http");
const { ack, deviceStats, pull } = require("./devices.cjs");
const { JobError, completeJob, createJob, jobStats, updateJob } = require("./jobs.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

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
    throw new JobError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { ...jobStats(), devices: deviceStats() });
  }
  if (url.pathname === "/jobs" && req.method === "POST") {
    const job = createJob(await readJson(req));
    return send(res, 201, { id: job.id, rev: job.rev });
  }
  if (parts[0] === "jobs" && parts[1]) {
    if (parts.length === 2 && req.method === "PATCH") {
      const job = updateJob(parts[1], await readJson(req));
      return send(res, 200, { id: job.id, rev: job.rev });
    }
    if (parts[2] === "complete" && req.method === "POST") {
      return send(res, 200, completeJob(parts[1], await readJson(req)));
    }
  }
  // the tablets' sync API
  if (parts[0] === "devices" && parts[1]) {
    if (parts[2] === "updates" && req.method === "GET") {
      return send(res, 200, { updates: pull(parts[1]) });
    }
    // POST /devices/:device/acks/:job/:rev
    if (parts[2] === "acks" && parts[3] && parts[4] && req.method === "POST") {
      return send(res, 200, ack(parts[1], parts[3], parts[4]));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err instanceof JobError || err.status ? err.status : 500;
    if (status === 500) console.error(err);
    send(res, status, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`pest control sync on :${port}`));
